package org.careeval.domain.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.careeval.domain.procurement.ProcurementMethod;
import org.junit.jupiter.api.Test;

/** Every refusal issue 11 lists, at its boundary, and a sound rubric that passes. */
class RubricRulesTest {

  private static final List<CheckItem> QUALIFICATION =
      List.of(
          new CheckItem("Q1", "具有独立承担民事责任的能力，提供登记证书", "政府采购法第二十二条"),
          new CheckItem("Q2", "依法缴纳税收和社会保障资金的良好记录", ""));

  private static final List<CheckItem> CONFORMITY =
      List.of(new CheckItem("C1", "★服务期限为 12 个月", "采购需求"));

  private static Band band(String name, String low, String high) {
    return new Band(name, new BigDecimal(low), new BigDecimal(high), name + "的说明");
  }

  private static Criterion plan(String points, List<Band> bands) {
    return new Criterion(
        "A1", "服务方案", "服务内容与实施计划", new BigDecimal(points), CriterionKind.SUBJECTIVE, bands);
  }

  private static Criterion workers(String content) {
    return new Criterion(
        "A2", "服务团队", content, new BigDecimal("40"), CriterionKind.OBJECTIVE, List.of());
  }

  private static final List<Band> PLAN_BANDS =
      List.of(band("优", "34", "40"), band("良", "26", "33.5"), band("差", "0", "25.5"));

  private static RubricSettings settings(ProcurementMethod method, String price) {
    return RubricSettings.defaults(method)
        .withWorkbookValues(
            method, new BigDecimal(price), Aggregation.MEAN, 2, BigDecimal.ZERO, "");
  }

  private static Rubric tender(List<Criterion> criteria) {
    return new Rubric(
        settings(ProcurementMethod.OPEN_TENDER, "20"), QUALIFICATION, CONFORMITY, criteria);
  }

  private static Rubric sound() {
    return tender(List.of(plan("40", PLAN_BANDS), workers("持证社会工作者每人得 8 分，最高 40 分")));
  }

  private static List<String> problemKeys(Rubric rubric) {
    return RubricRules.check(rubric).problems().stream().map(f -> f.reason().key()).toList();
  }

  private static List<String> warningKeys(Rubric rubric) {
    return RubricRules.check(rubric).warnings().stream().map(f -> f.reason().key()).toList();
  }

  @Test
  void soundRubricPassesWithoutWarnings() {
    RubricRules.Findings findings = RubricRules.check(sound());
    assertThat(findings.problems()).isEmpty();
    assertThat(findings.warnings()).isEmpty();
  }

  @Test
  void pointsNotMakingOneHundredAreRefusedWithTheSum() {
    Rubric rubric = tender(List.of(plan("40", PLAN_BANDS), workers("持证社工每人得分")).subList(0, 1));
    List<RubricFinding> problems = RubricRules.check(rubric).problems();
    assertThat(problems).hasSize(1);
    RubricFinding total = problems.get(0);
    assertThat(total.reason().key()).isEqualTo("error.rubric.total");
    assertThat(total.reason().arguments()).containsExactly("40", "20", "60");
    assertThat(total.index()).isEqualTo(RubricFinding.WHOLE_SECTION);
    assertThat(total.section()).isEqualTo(RubricSection.SCORING);
  }

  @Test
  void decimalPointsAddUpExactly() {
    Criterion a = plan("39.99", List.of(band("优", "30", "39.99")));
    Criterion b =
        new Criterion(
            "A2", "服务团队", "持证社工", new BigDecimal("40.01"), CriterionKind.OBJECTIVE, List.of());
    assertThat(problemKeys(tender(List.of(a, b)))).isEmpty();
  }

  @Test
  void priceLimitsFollowTheMethod() {
    Rubric tenderNine =
        new Rubric(
            settings(ProcurementMethod.OPEN_TENDER, "9"),
            QUALIFICATION,
            CONFORMITY,
            List.of(plan("51", List.of(band("优", "40", "51"))), workers("持证社工")));
    assertThat(problemKeys(tenderNine)).containsExactly("error.pricePoints.tenderMinimum");

    Rubric tenderTen = withPrice(ProcurementMethod.OPEN_TENDER, "10", "");
    assertThat(problemKeys(tenderTen)).isEmpty();
    Rubric tenderThirtyFive = withPrice(ProcurementMethod.OPEN_TENDER, "35", "");
    assertThat(problemKeys(tenderThirtyFive)).isEmpty();
    assertThat(warningKeys(tenderThirtyFive)).containsExactly("warning.pricePoints.unusual");

    assertThat(problemKeys(withPrice(ProcurementMethod.COMPETITIVE_CONSULTATION, "30", "")))
        .isEmpty();
    assertThat(problemKeys(withPrice(ProcurementMethod.COMPETITIVE_CONSULTATION, "31", "")))
        .containsExactly("error.pricePoints.consultationRange");
    assertThat(
            problemKeys(
                withPrice(ProcurementMethod.COMPETITIVE_CONSULTATION, "31", "X财采〔2026〕12号")))
        .isEmpty();
  }

  /** A rubric whose criteria make 100 with the given price points. */
  private static Rubric withPrice(ProcurementMethod method, String price, String approval) {
    BigDecimal rest = new BigDecimal("60").subtract(new BigDecimal(price));
    Criterion first = plan(rest.toPlainString(), List.of(band("优", "0", rest.toPlainString())));
    RubricSettings settings =
        RubricSettings.defaults(method)
            .withWorkbookValues(
                method, new BigDecimal(price), Aggregation.MEAN, 2, BigDecimal.ZERO, approval);
    return new Rubric(settings, QUALIFICATION, CONFORMITY, List.of(first, workers("持证社工")));
  }

  @Test
  void qualificationRepeatedAsFactorIsRefusedNamingBoth() {
    Rubric rubric = tender(List.of(plan("40", PLAN_BANDS), workers("依法缴纳税收和社会保障资金的良好记录得 40 分")));
    List<RubricFinding> problems = RubricRules.check(rubric).problems();
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).reason().key()).isEqualTo("error.rubric.qualificationAsFactor");
    assertThat(problems.get(0).reason().arguments()).startsWith("A2", "Q2");
    assertThat(problems.get(0).index()).isEqualTo(1);
    assertThat(problems.get(0).field()).isEqualTo(Criterion.CONTENT);
  }

  @Test
  void repetitionIgnoresSpacesPunctuationAndFullWidth() {
    assertThat(RubricRules.comparable("依法 缴纳税收，和社会保障资金")).isEqualTo("依法缴纳税收和社会保障资金");
    assertThat(RubricRules.comparable("ＡＢＣ１")).isEqualTo("abc1");
  }

  @Test
  void scaleConditionsAreRefusedAsQualificationAndAsFactor() {
    List<CheckItem> qualification = new ArrayList<>(QUALIFICATION);
    qualification.add(new CheckItem("Q3", "注册资本不少于 100 万元", ""));
    Rubric rubric =
        new Rubric(
            settings(ProcurementMethod.OPEN_TENDER, "20"),
            qualification,
            CONFORMITY,
            List.of(plan("40", PLAN_BANDS), workers("上年度营业收入 500 万元以上得 40 分")));
    List<RubricFinding> problems = RubricRules.check(rubric).problems();
    assertThat(problems)
        .extracting(f -> f.section() + ":" + f.index() + ":" + f.reason().arguments().get(1))
        .containsExactlyInAnyOrder("QUALIFICATION:2:注册资本", "SCORING:1:营业收入");
  }

  @Test
  void certifiedSocialWorkersOnTheTeamAreNotAScaleCondition() {
    assertThat(problemKeys(tender(List.of(plan("40", PLAN_BANDS), workers("项目团队持证社会工作者人数")))))
        .isEmpty();
  }

  @Test
  void ratingAsGateIsAllowedWithAWarning() {
    List<CheckItem> qualification = new ArrayList<>(QUALIFICATION);
    qualification.add(new CheckItem("Q3", "社会组织评估等级 3A 及以上", ""));
    Rubric rubric =
        new Rubric(
            settings(ProcurementMethod.OPEN_TENDER, "20"),
            qualification,
            CONFORMITY,
            sound().criteria());
    RubricRules.Findings findings = RubricRules.check(rubric);
    assertThat(findings.problems()).isEmpty();
    assertThat(findings.warnings())
        .extracting(f -> f.reason().key())
        .containsExactly("warning.rubric.ratingGate");
    assertThat(findings.warnings().get(0).index()).isEqualTo(2);
  }

  @Test
  void bandsMustStayWithinThePointsAndNotOverlap() {
    assertThat(
            problemKeys(
                tender(List.of(plan("40", List.of(band("优", "34", "40.5"))), workers("持证社工")))))
        .containsExactly("error.rubric.bandOutside");
    assertThat(
            problemKeys(
                tender(List.of(plan("40", List.of(band("优", "-1", "4"))), workers("持证社工")))))
        .containsExactly("error.rubric.bandOutside");
    // sharing the single point 33 is an overlap; 33.5 to 34 is not
    assertThat(
            problemKeys(
                tender(
                    List.of(
                        plan("40", List.of(band("优", "33", "40"), band("良", "20", "33"))),
                        workers("持证社工")))))
        .containsExactly("error.rubric.bandOverlap");
    assertThat(
            problemKeys(
                tender(
                    List.of(
                        plan("40", List.of(band("优", "34", "40"), band("良", "20", "33.5"))),
                        workers("持证社工")))))
        .isEmpty();
    assertThat(
            problemKeys(
                tender(List.of(plan("40", List.of(band("优", "40", "34"))), workers("持证社工")))))
        .containsExactly("error.rubric.bandReversed");
  }

  @Test
  void subjectiveCriterionNeedsBands() {
    assertThat(problemKeys(tender(List.of(plan("40", List.of()), workers("持证社工")))))
        .containsExactly("error.rubric.bandsRequired");
  }

  @Test
  void codesMustBeGivenAndUnique() {
    Criterion second =
        new Criterion(
            "ａ１", "服务团队", "持证社工", new BigDecimal("40"), CriterionKind.OBJECTIVE, List.of());
    assertThat(problemKeys(tender(List.of(plan("40", PLAN_BANDS), second))))
        .containsExactly("error.rubric.codeDuplicate");
    Criterion blank =
        new Criterion("", "服务团队", "持证社工", new BigDecimal("40"), CriterionKind.OBJECTIVE, List.of());
    assertThat(problemKeys(tender(List.of(plan("40", PLAN_BANDS), blank))))
        .containsExactly("error.text.required");
  }

  @Test
  void pointsNeedAtMostTwoDecimalsAndMustBePositive() {
    Criterion zero =
        new Criterion("A2", "服务团队", "持证社工", BigDecimal.ZERO, CriterionKind.OBJECTIVE, List.of());
    assertThat(problemKeys(tender(List.of(plan("40", PLAN_BANDS), zero))))
        .contains("error.rubric.maxPoints");
    Criterion fine =
        new Criterion(
            "A2", "服务团队", "持证社工", new BigDecimal("39.995"), CriterionKind.OBJECTIVE, List.of());
    assertThat(problemKeys(tender(List.of(plan("40.005", List.of(band("优", "0", "40"))), fine))))
        .contains("error.rubric.maxPoints");
  }

  @Test
  void methodsWithoutScoringTakeNoCriteria() {
    Rubric negotiation =
        new Rubric(
            settings(ProcurementMethod.COMPETITIVE_NEGOTIATION, "0"),
            QUALIFICATION,
            CONFORMITY,
            sound().criteria());
    assertThat(problemKeys(negotiation)).containsExactly("error.rubric.notScored");
    Rubric lowestPrice =
        new Rubric(
            settings(ProcurementMethod.REQUEST_FOR_QUOTATION, "0"),
            QUALIFICATION,
            CONFORMITY,
            List.of());
    assertThat(problemKeys(lowestPrice)).isEmpty();
    Rubric noCriteria =
        new Rubric(
            settings(ProcurementMethod.OPEN_TENDER, "20"), QUALIFICATION, CONFORMITY, List.of());
    assertThat(problemKeys(noCriteria)).containsExactly("error.rubric.noCriteria");
  }

  @Test
  void settingsOutsideTheirRangesAreRefused() {
    Rubric base = sound();
    RubricSettings s = base.settings();
    assertThat(
            problemKeys(
                with(
                    base,
                    s.withWorkbookValues(
                        s.method(), s.pricePoints(), s.aggregation(), 5, BigDecimal.ZERO, ""))))
        .containsExactly("error.rubric.decimals");
    assertThat(
            problemKeys(
                with(
                    base,
                    s.withWorkbookValues(
                        s.method(),
                        s.pricePoints(),
                        s.aggregation(),
                        2,
                        new BigDecimal("20.01"),
                        ""))))
        .containsExactly("error.rubric.smeDeduction");
    RubricSettings low =
        s.withWorkbookValues(
            s.method(), s.pricePoints(), s.aggregation(), 2, new BigDecimal("6"), "");
    assertThat(problemKeys(with(base, low))).isEmpty();
    assertThat(warningKeys(with(base, low))).containsExactly("warning.rubric.smeDeductionLow");
    assertThat(
            problemKeys(
                with(
                    base,
                    s.withWorkbookValues(
                        s.method(),
                        s.pricePoints(),
                        s.aggregation(),
                        2,
                        new BigDecimal("20"),
                        ""))))
        .isEmpty();
  }

  private static Rubric with(Rubric rubric, RubricSettings settings) {
    return new Rubric(settings, rubric.qualification(), rubric.conformity(), rubric.criteria());
  }

  @Test
  void bandLinesAreReadWithFullWidthBarsAndBadLinesNamed() {
    BandLines.Parsed parsed = BandLines.parse("优|18|20|方案完整\n\n良｜14｜17.5｜基本可行\n差-0-13");
    assertThat(parsed.bands())
        .containsExactly(
            new Band("优", new BigDecimal("18"), new BigDecimal("20"), "方案完整"),
            new Band("良", new BigDecimal("14"), new BigDecimal("17.5"), "基本可行"));
    assertThat(parsed.problems()).hasSize(1);
    assertThat(parsed.problems().get(0).arguments()).containsExactly(4, "差-0-13");
  }

  @Test
  void pointsAreComparedWithoutTrailingZeros() {
    assertThat(new Band("优", new BigDecimal("18.00"), new BigDecimal("20.0"), ""))
        .isEqualTo(new Band("优", new BigDecimal("18"), new BigDecimal("20"), ""));
    assertThat(Points.parse("１８．５")).contains(new BigDecimal("18.5"));
    assertThat(Points.parse("18,5")).isEmpty();
  }
}
