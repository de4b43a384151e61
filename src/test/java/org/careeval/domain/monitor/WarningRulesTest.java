package org.careeval.domain.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.delivery.ContractIndicator;
import org.careeval.domain.delivery.Indicator;
import org.careeval.domain.delivery.IndicatorKind;
import org.careeval.domain.delivery.Measure;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.delivery.PeriodReport;
import org.careeval.domain.delivery.ReportState;
import org.careeval.domain.delivery.ReportValue;
import org.careeval.domain.organization.OrganizationAlert;
import org.careeval.domain.project.ServiceCategory;
import org.careeval.domain.records.AgeBand;
import org.careeval.domain.records.Balance;
import org.careeval.domain.records.Beneficiary;
import org.careeval.domain.records.ServiceRecord;
import org.junit.jupiter.api.Test;

/**
 * 序时进度 and the warning rules, by hand: a term of 2026 (365 days), on 2026-07-01 182 days have
 * elapsed (49.86 %); two output indicators at 25 % and 100 %-capped give 62.50 %; thresholds at
 * their boundaries.
 */
class WarningRulesTest {

  private static final Period Q1 = new Period(2026, 1);
  private static final Contract CONTRACT =
      new Contract(
          7,
          3,
          "项目",
          5,
          "阳光社工",
          new BigDecimal("100000"),
          Contract.Status.SIGNED,
          "HT-7",
          Optional.of(LocalDate.of(2025, 12, 20)),
          Optional.of(LocalDate.of(2026, 1, 1)),
          Optional.of(LocalDate.of(2026, 12, 31)),
          "",
          "",
          Set.of(),
          Optional.empty(),
          0);

  private static ContractIndicator output(
      int seq, String level1, IndicatorKind kind, String target) {
    return new ContractIndicator(
        new Indicator(seq, level1, "产出数量", "指标" + seq, kind, "次", BigDecimal.TEN, Measure.NONE),
        Optional.empty(),
        Map.of(Q1, new BigDecimal(target), new Period(2026, 2), new BigDecimal(target)));
  }

  private static PeriodReport report(ReportState state, Map<Integer, String> actuals) {
    return new PeriodReport(
        1,
        7,
        Q1,
        state,
        "",
        actuals.entrySet().stream()
            .map(
                e ->
                    new ReportValue(
                        e.getKey(),
                        Optional.of(new BigDecimal(e.getValue())),
                        Optional.empty(),
                        ""))
            .toList(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "",
        "",
        Instant.EPOCH,
        0);
  }

  @Test
  void progressIsElapsedDaysAndTheMeanOfCappedOutputCompletion() {
    List<ContractIndicator> plan =
        List.of(
            output(1, "产出", IndicatorKind.POSITIVE, "20"),
            output(2, "产出", IndicatorKind.POSITIVE, "10"),
            output(3, "效益", IndicatorKind.POSITIVE, "10"),
            output(4, "产出", IndicatorKind.REVERSE, "10"));
    // indicator 1: 10 of 40 = 25 %; indicator 2: 50 of 20 = 250 %, capped at 100 %; the draft and
    // the non-output and reverse indicators do not count
    List<PeriodReport> reports =
        List.of(
            report(ReportState.ACCEPTED, Map.of(1, "10", 2, "50", 3, "99")),
            report(ReportState.DRAFT, Map.of(1, "30")));
    Progress p =
        Progress.of(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31),
            LocalDate.of(2026, 7, 1),
            plan,
            reports,
            new BigDecimal("30000"),
            new BigDecimal("100000"));
    assertThat(p.elapsed()).isEqualTo("49.86");
    assertThat(p.delivered()).contains(new BigDecimal("62.50"));
    assertThat(p.paid()).isEqualTo("30.00");
    assertThat(
            Progress.of(
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31),
                    LocalDate.of(2027, 3, 1),
                    List.of(),
                    List.of(),
                    BigDecimal.ZERO,
                    BigDecimal.TEN)
                .elapsed())
        .isEqualTo("100.00");
  }

  @Test
  void behindAndAheadAtTheirThresholds() {
    Progress behind =
        new Progress(
            new BigDecimal("70.00"), Optional.of(new BigDecimal("50.00")), new BigDecimal("69.99"));
    assertThat(WarningRules.schedule(CONTRACT, behind, 20, 20))
        .extracting(WarningFinding::rule)
        .containsExactly(WarningRule.BEHIND_SCHEDULE);
    Progress ahead =
        new Progress(
            new BigDecimal("69.99"), Optional.of(new BigDecimal("50.00")), new BigDecimal("70.00"));
    assertThat(WarningRules.schedule(CONTRACT, ahead, 20, 20))
        .extracting(WarningFinding::rule)
        .containsExactly(WarningRule.PAYMENT_AHEAD);
    assertThat(
            WarningRules.schedule(
                CONTRACT, new Progress(BigDecimal.TEN, Optional.empty(), BigDecimal.TEN), 20, 20))
        .isEmpty();
  }

  @Test
  void aQuartersImbalanceByItsShares() {
    Map<Long, ServiceCategory> catalogue =
        Map.of(
            1L, new ServiceCategory(1, "安全教育", false, ServiceCategory.Purpose.PROTECTIVE, true, 0),
            2L, new ServiceCategory(2, "亲情关爱", false, ServiceCategory.Purpose.CARING, true, 0));
    // 85 + 15 times: caring exactly 15 % (not below), mother away 15 % (not below 10)
    Balance balanced =
        Balance.of(
            List.of(
                new ServiceRecord(
                    7, Q1, 11, 1, Beneficiary.BOTH_PARENTS_AWAY, AgeBand.UNDER_6, 10, 85),
                new ServiceRecord(7, Q1, 11, 2, Beneficiary.MOTHER_AWAY, AgeBand.UNDER_6, 5, 15)),
            catalogue,
            Set.of(11L));
    assertThat(WarningRules.imbalance(CONTRACT, Q1, balanced, 15, 10)).isEmpty();
    assertThat(WarningRules.imbalance(CONTRACT, Q1, balanced, 16, 16))
        .extracting(WarningFinding::cause)
        .containsExactly("caring:7:2026Q1", "singleParent:7:2026Q1");
    // one of two covered villages without records
    Balance missing =
        Balance.of(
            List.of(
                new ServiceRecord(7, Q1, 11, 2, Beneficiary.MOTHER_AWAY, AgeBand.UNDER_6, 5, 15)),
            catalogue,
            Set.of(11L, 12L));
    assertThat(WarningRules.imbalance(CONTRACT, Q1, missing, 15, 10))
        .extracting(WarningFinding::cause)
        .containsExactly("villages:7:2026Q1");
    assertThat(
            WarningRules.imbalance(
                CONTRACT, Q1, Balance.of(List.of(), catalogue, Set.of(11L)), 15, 10))
        .isEmpty();
  }

  @Test
  void aCreditFlagOrAnExpiredRatingOnAnOrganizationUnderContract() {
    assertThat(
            WarningRules.organization(
                CONTRACT,
                List.of(
                    OrganizationAlert.CREDIT_FLAG,
                    OrganizationAlert.RATING_EXPIRED,
                    OrganizationAlert.DOCUMENT_EXPIRING)))
        .extracting(WarningFinding::cause)
        .containsExactly("credit:5:7", "rating:5:7");
    assertThat(WarningRules.quiet(CONTRACT, 46).detail()).contains("46 天");
    assertThat(WarningLevel.ofNumber(1)).isEqualTo(WarningLevel.RED);
    assertThat(WarningLevel.ofNumber(4)).isEqualTo(WarningLevel.BLUE);
  }
}
