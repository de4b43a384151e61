package org.careeval.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * The rules of delivery: quarters, the template checks, a report's checks between values (the 130 %
 * note, whole counts, children served against the villages covered), the due/late boundary and the
 * snapshot hash.
 */
class DeliveryRulesTest {

  private static final Period Q1 = new Period(2026, 1);

  private static Indicator indicator(
      int seq, String level3, IndicatorKind kind, String unit, String weight, Measure m) {
    return new Indicator(seq, "产出", "产出数量", level3, kind, unit, new BigDecimal(weight), m);
  }

  private static ContractIndicator planned(Indicator i, String target) {
    return new ContractIndicator(
        i, Optional.empty(), target == null ? Map.of() : Map.of(Q1, new BigDecimal(target)));
  }

  private static ReportValue actual(int seq, String value, String note) {
    return new ReportValue(seq, Optional.of(new BigDecimal(value)), Optional.empty(), note);
  }

  @Test
  void quartersParsePrintAndCoverATerm() {
    assertThat(Period.parse("2026Q1")).contains(Q1);
    assertThat(Period.parse("2026q4")).contains(new Period(2026, 4));
    assertThat(Period.parse("2026Q5")).isEmpty();
    assertThat(Period.parse("26Q1")).isEmpty();
    assertThat(Q1.start()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(Q1.end()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(new Period(2026, 4).next()).isEqualTo(new Period(2027, 1));
    assertThat(Q1.previous()).isEqualTo(new Period(2025, 4));
    assertThat(Q1.chinese()).isEqualTo("2026年第1季度");
    assertThat(Period.covering(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28)))
        .extracting(Period::code)
        .containsExactly("2026Q1", "2026Q2", "2026Q3", "2026Q4", "2027Q1");
    assertThat(Period.of(LocalDate.of(2026, 9, 30))).isEqualTo(new Period(2026, 3));
  }

  @Test
  void aTemplateWithAWrongLevelADuplicateAndWeightsOff100IsRefusedLineByLine() {
    List<Indicator> bad =
        List.of(
            new Indicator(
                1,
                "投入",
                "产出数量",
                "入户走访",
                IndicatorKind.POSITIVE,
                "次",
                new BigDecimal("60"),
                Measure.HOME_VISITS),
            indicator(2, "入户走访", IndicatorKind.POSITIVE, "次", "39.99", Measure.NONE),
            indicator(3, "", IndicatorKind.QUALITATIVE, "", "0", Measure.NONE));
    assertThat(Indicator.problems(bad))
        .extracting(p -> p.seq() + ":" + p.field() + ":" + p.reason().key())
        .containsExactly(
            "1:level1:error.indicator.level1",
            "2:level3:error.indicator.duplicate",
            "3:level3:error.indicator.level3",
            "3:weight:error.indicator.weight",
            "0:weight:error.indicator.weightSum");
    assertThat(Indicator.problems(bad).get(4).reason().arguments()).containsExactly("99.99");
  }

  @Test
  void anActualOf130PercentOfTheTargetNeedsANoteJustBelowItDoesNot() {
    Indicator visits =
        indicator(1, "入户走访", IndicatorKind.POSITIVE, "次", "100", Measure.HOME_VISITS);
    List<ContractIndicator> plan = List.of(planned(visits, "20"));
    // 130 % of 20 is 26: 26 needs a note, 25.99 is not a whole count but below the line
    assertThat(ReportCheck.problems(plan, Q1, List.of(actual(1, "26", "")), Optional.empty()))
        .extracting(p -> p.field() + ":" + p.reason().key())
        .containsExactly("note:error.report.noteRequired");
    assertThat(ReportCheck.problems(plan, Q1, List.of(actual(1, "26", "暑期加开")), Optional.empty()))
        .isEmpty();
    assertThat(ReportCheck.problems(plan, Q1, List.of(actual(1, "25", "")), Optional.empty()))
        .isEmpty();
    assertThat(ReportCheck.problems(plan, Q1, List.of(actual(1, "25.5", "")), Optional.empty()))
        .extracting(p -> p.reason().key())
        .containsExactly("error.report.wholeNumber");
  }

  @Test
  void percentagesMayHaveDecimalsNegativesAndMissingValuesAreRefused() {
    Indicator rate = indicator(1, "预算执行率", IndicatorKind.POSITIVE, "%", "50", Measure.NONE);
    Indicator effect =
        indicator(2, "儿童心理需求得到回应", IndicatorKind.QUALITATIVE, "", "50", Measure.NONE);
    List<ContractIndicator> plan = List.of(planned(rate, "90"), planned(effect, null));
    assertThat(ReportCheck.problems(plan, Q1, List.of(actual(1, "87.5", "")), Optional.empty()))
        .extracting(p -> p.seq() + ":" + p.reason().key())
        .containsExactly("2:error.report.bandMissing");
    assertThat(
            ReportCheck.problems(
                plan,
                Q1,
                List.of(
                    actual(1, "-1", ""),
                    new ReportValue(2, Optional.empty(), Optional.of(QualitativeBand.PARTLY), "")),
                Optional.empty()))
        .extracting(p -> p.seq() + ":" + p.reason().key())
        .containsExactly("1:error.report.negative");
    assertThat(ReportCheck.problems(plan, Q1, List.of(), Optional.empty()))
        .extracting(p -> p.reason().key())
        .containsExactly("error.report.actualMissing", "error.report.bandMissing");
  }

  @Test
  void childrenServedCannotExceedTheChildrenOfTheVillagesCovered() {
    Indicator served =
        indicator(1, "服务儿童数", IndicatorKind.POSITIVE, "人", "100", Measure.CHILDREN_SERVED);
    List<ContractIndicator> plan = List.of(planned(served, "250"));
    assertThat(ReportCheck.problems(plan, Q1, List.of(actual(1, "260", "")), Optional.of(260)))
        .isEmpty();
    assertThat(ReportCheck.problems(plan, Q1, List.of(actual(1, "261", "")), Optional.of(260)))
        .extracting(p -> p.reason().key())
        .containsExactly("error.report.moreChildrenThanCovered");
    assertThat(ReportCheck.problems(plan, Q1, List.of(actual(1, "261", "")), Optional.empty()))
        .isEmpty();
  }

  @Test
  void aReportIsDueUntilTheDeadlineLateTheDayAfterAndNotListedWhileItsQuarterRuns() {
    // Q1 ends 2026-03-31; with 10 days the deadline is 2026-04-10
    assertThat(DeliveryStatus.of(Q1, Optional.empty(), LocalDate.of(2026, 3, 31), 10)).isEmpty();
    assertThat(DeliveryStatus.of(Q1, Optional.empty(), LocalDate.of(2026, 4, 1), 10))
        .contains(new DeliveryStatus(DeliveryStatus.State.DUE, 0));
    assertThat(DeliveryStatus.of(Q1, Optional.empty(), LocalDate.of(2026, 4, 10), 10))
        .contains(new DeliveryStatus(DeliveryStatus.State.DUE, 0));
    assertThat(DeliveryStatus.of(Q1, Optional.empty(), LocalDate.of(2026, 4, 11), 10))
        .contains(new DeliveryStatus(DeliveryStatus.State.LATE, 1));
    PeriodReport submitted = report(ReportState.SUBMITTED, LocalDate.of(2026, 4, 13));
    assertThat(DeliveryStatus.of(Q1, Optional.of(submitted), LocalDate.of(2026, 6, 1), 10))
        .contains(new DeliveryStatus(DeliveryStatus.State.SUBMITTED, 3));
    PeriodReport returned = report(ReportState.RETURNED, LocalDate.of(2026, 4, 8));
    assertThat(DeliveryStatus.of(Q1, Optional.of(returned), LocalDate.of(2026, 4, 20), 10))
        .contains(new DeliveryStatus(DeliveryStatus.State.RETURNED, 10));
    PeriodReport accepted = report(ReportState.ACCEPTED, LocalDate.of(2026, 4, 2));
    assertThat(DeliveryStatus.of(Q1, Optional.of(accepted), LocalDate.of(2026, 12, 1), 10))
        .contains(new DeliveryStatus(DeliveryStatus.State.ACCEPTED, 0));
    // a draft started early but not submitted counts as not in
    PeriodReport draft = report(ReportState.DRAFT, LocalDate.of(2026, 4, 2));
    assertThat(DeliveryStatus.of(Q1, Optional.of(draft), LocalDate.of(2026, 4, 12), 10))
        .contains(new DeliveryStatus(DeliveryStatus.State.LATE, 2));
  }

  @Test
  void theSnapshotHashChangesWithAValueOrAnEvidenceFileAndIsStableOtherwise() {
    Indicator visits =
        indicator(1, "入户走访", IndicatorKind.POSITIVE, "次", "100", Measure.HOME_VISITS);
    List<ContractIndicator> plan = List.of(planned(visits, "20"));
    EvidenceFile sheet = new EvidenceFile("a".repeat(64), "签到表.csv", 10, "officer", Instant.EPOCH);
    String text =
        ReportSnapshot.text("QL-1", Q1, plan, List.of(actual(1, "21", "")), "说明", List.of(sheet));
    assertThat(text)
        .contains("period\t2026Q1\n")
        .contains("indicator\t1\t产出/产出数量/入户走访\tPOSITIVE\t次\t100\t20\t21\t\t\n")
        .contains("evidence\t" + "a".repeat(64) + "\t10\t签到表.csv\n");
    String hash = ReportSnapshot.sha256(text);
    assertThat(hash).hasSize(64);
    assertThat(
            ReportSnapshot.sha256(
                ReportSnapshot.text(
                    "QL-1", Q1, plan, List.of(actual(1, "21", "")), "说明", List.of(sheet))))
        .isEqualTo(hash);
    assertThat(
            ReportSnapshot.sha256(
                ReportSnapshot.text(
                    "QL-1", Q1, plan, List.of(actual(1, "22", "")), "说明", List.of(sheet))))
        .isNotEqualTo(hash);
    EvidenceFile other = new EvidenceFile("b".repeat(64), "签到表.csv", 10, "officer", Instant.EPOCH);
    assertThat(
            ReportSnapshot.sha256(
                ReportSnapshot.text(
                    "QL-1", Q1, plan, List.of(actual(1, "21", "")), "说明", List.of(other))))
        .isNotEqualTo(hash);
  }

  @Test
  void anAcceptanceNeedsServiceRecipientsAnOpinionAndAPastDay() {
    LocalDate today = LocalDate.of(2026, 6, 1);
    Map<RecipientGroup, Integer> schoolOnly = new EnumMap<>(RecipientGroup.class);
    schoolOnly.put(RecipientGroup.SCHOOL, 3);
    schoolOnly.put(RecipientGroup.CHILDREN, 0);
    assertThat(
            new AcceptanceStage.Record(today.plusDays(1), true, "", schoolOnly, "").problems(today))
        .extracting(LocalizedText::key)
        .containsExactly(
            "error.acceptance.future", "error.acceptance.opinion", "error.acceptance.noRecipients");
    Map<RecipientGroup, Integer> director = Map.of(RecipientGroup.CHILD_DIRECTOR, 1);
    assertThat(new AcceptanceStage.Record(today, false, "未达标", director, "").problems(today))
        .isEmpty();
  }

  private static PeriodReport report(ReportState state, LocalDate submittedOn) {
    return new PeriodReport(
        1,
        1,
        Q1,
        state,
        "",
        List.of(),
        List.of(),
        Optional.of("officer"),
        Optional.of(submittedOn),
        Optional.empty(),
        Optional.empty(),
        "",
        "",
        Instant.EPOCH,
        0);
  }
}
