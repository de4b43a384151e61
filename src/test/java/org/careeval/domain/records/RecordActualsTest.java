package org.careeval.domain.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.delivery.ContractIndicator;
import org.careeval.domain.delivery.Indicator;
import org.careeval.domain.delivery.IndicatorKind;
import org.careeval.domain.delivery.Measure;
import org.careeval.domain.delivery.Period;
import org.junit.jupiter.api.Test;

/**
 * Records feed the indicators that count their type: times for 次/人次, children for children with
 * files (人); nothing for sessions (场), for a type without records, or for another quarter.
 */
class RecordActualsTest {

  private static final Period Q1 = new Period(2026, 1);
  private static final Map<Long, String> TYPES =
      Map.of(1L, "入户走访", 2L, "建档与信息更新", 3L, "安全教育", 4L, "亲情关爱");

  private static ContractIndicator indicator(int seq, Measure m, String unit) {
    return new ContractIndicator(
        new Indicator(
            seq, "产出", "产出数量", m.chinese(), IndicatorKind.POSITIVE, unit, BigDecimal.TEN, m),
        Optional.empty(),
        Map.of());
  }

  private static ServiceRecord record(Period p, long type, Beneficiary b, int children, int times) {
    return new ServiceRecord(1, p, 11, type, b, AgeBand.FROM_6_TO_13, children, times);
  }

  @Test
  void timesForVisitsChildrenForFilesNothingForSessions() {
    List<ContractIndicator> plan =
        List.of(
            indicator(1, Measure.HOME_VISITS, "次"),
            indicator(2, Measure.CHILDREN_FILED, "人"),
            indicator(3, Measure.SAFETY_EDUCATION, "场"),
            indicator(4, Measure.GUARDIAN_TRAININGS, "人次"),
            indicator(5, Measure.FAMILY_CONTACT, "人次"));
    List<ServiceRecord> records =
        List.of(
            record(Q1, 1, Beneficiary.BOTH_PARENTS_AWAY, 8, 16),
            record(Q1, 1, Beneficiary.FATHER_AWAY, 1, 2),
            record(Q1, 2, Beneficiary.BOTH_PARENTS_AWAY, 30, 30),
            record(Q1, 3, Beneficiary.BOTH_PARENTS_AWAY, 12, 24),
            record(new Period(2026, 2), 4, Beneficiary.OTHER, 5, 5));
    assertThat(RecordActuals.of(plan, Q1, records, TYPES))
        .containsExactly(Map.entry(1, new BigDecimal("18")), Map.entry(2, new BigDecimal("30")));
  }
}
