package org.careeval.domain.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.project.ServiceCategory;
import org.junit.jupiter.api.Test;

/**
 * The balance computed by hand: 100 service times, 30 of them material help, 10 caring; one of
 * three covered villages not reached; shares of the times in percent, two decimals half-up.
 */
class BalanceTest {

  private static final Period Q1 = new Period(2026, 1);
  private static final Map<Long, ServiceCategory> CATALOGUE =
      Map.of(
          1L, new ServiceCategory(1, "物质帮扶", true, ServiceCategory.Purpose.PROTECTIVE, true, 0),
          2L, new ServiceCategory(2, "亲情关爱", false, ServiceCategory.Purpose.CARING, true, 0),
          3L, new ServiceCategory(3, "安全教育", false, ServiceCategory.Purpose.PROTECTIVE, true, 0),
          4L,
              new ServiceCategory(
                  4, "成长小组", false, ServiceCategory.Purpose.DEVELOPMENTAL, true, 0));

  private static ServiceRecord record(
      long village, long type, Beneficiary group, AgeBand age, int children, int times) {
    return new ServiceRecord(9, Q1, village, type, group, age, children, times);
  }

  @Test
  void sharesOfTheTimesByNaturePurposeGroupAndAgeAndTheVillagesLeftOut() {
    List<ServiceRecord> records =
        List.of(
            record(11, 1, Beneficiary.BOTH_PARENTS_AWAY, AgeBand.FROM_6_TO_13, 15, 30),
            record(11, 3, Beneficiary.BOTH_PARENTS_AWAY, AgeBand.UNDER_6, 20, 40),
            record(12, 2, Beneficiary.MOTHER_AWAY, AgeBand.FROM_6_TO_13, 5, 10),
            record(12, 4, Beneficiary.IN_DIFFICULTY, AgeBand.FROM_14_TO_15, 7, 20));
    Balance b = Balance.of(records, CATALOGUE, Set.of(11L, 12L, 13L));
    assertThat(b.total()).isEqualTo(new Balance.Count(47, 100, new BigDecimal("100.00")));
    assertThat(b.nature().get(Balance.MATERIAL)).isEqualTo(count(15, 30, "30.00"));
    assertThat(b.nature().get(Balance.SERVICE)).isEqualTo(count(32, 70, "70.00"));
    assertThat(b.purpose().get(ServiceCategory.Purpose.PROTECTIVE))
        .isEqualTo(count(35, 70, "70.00"));
    assertThat(b.purpose().get(ServiceCategory.Purpose.CARING)).isEqualTo(count(5, 10, "10.00"));
    assertThat(b.purpose().get(ServiceCategory.Purpose.DEVELOPMENTAL))
        .isEqualTo(count(7, 20, "20.00"));
    assertThat(b.groups().get(Beneficiary.FATHER_AWAY)).isEqualTo(count(0, 0, "0.00"));
    assertThat(b.groups().get(Beneficiary.MOTHER_AWAY)).isEqualTo(count(5, 10, "10.00"));
    assertThat(b.ages().get(AgeBand.UNDER_6)).isEqualTo(count(20, 40, "40.00"));
    assertThat(b.reached()).containsExactly(11L, 12L);
    assertThat(b.notReached()).containsExactly(13L);
  }

  @Test
  void aThirdIsRoundedHalfUpAndNoRecordsGiveZeroShares() {
    List<ServiceRecord> thirds =
        List.of(
            record(11, 1, Beneficiary.OTHER, AgeBand.UNDER_6, 1, 1),
            record(11, 2, Beneficiary.OTHER, AgeBand.UNDER_6, 2, 2));
    Balance b = Balance.of(thirds, CATALOGUE, Set.of(11L));
    assertThat(b.nature().get(Balance.MATERIAL).share()).isEqualTo("33.33");
    assertThat(b.nature().get(Balance.SERVICE).share()).isEqualTo("66.67");
    Balance none = Balance.of(List.of(), CATALOGUE, Set.of(11L));
    assertThat(none.total()).isEqualTo(count(0, 0, "0.00"));
    assertThat(none.notReached()).containsExactly(11L);
  }

  @Test
  void everyChildIsServedAtLeastOnceAndCountsAreNotNegative() {
    assertThat(ServiceRecord.countProblems(5, 5)).isEmpty();
    assertThat(ServiceRecord.countProblems(0, 3)).isEmpty();
    assertThat(ServiceRecord.countProblems(5, 4))
        .extracting(p -> p.key())
        .containsExactly("error.records.fewerTimes");
    assertThat(ServiceRecord.countProblems(-1, 4))
        .extracting(p -> p.key())
        .containsExactly("error.records.negative");
  }

  private static Balance.Count count(long children, long times, String share) {
    return new Balance.Count(children, times, new BigDecimal(share));
  }
}
