package org.careeval.domain.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.delivery.IndicatorKind;
import org.careeval.domain.delivery.QualitativeBand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked example 6.5 of the domain rules and the boundaries around each rule of 3.1. */
class IndicatorScoringTest {

  static IndicatorLine quantity(
      int seq,
      String level1,
      String name,
      IndicatorKind kind,
      String weight,
      String target,
      String actual) {
    return new IndicatorLine(
        seq,
        level1,
        level1,
        name,
        kind,
        "",
        new BigDecimal(weight),
        Optional.of(new BigDecimal(target)),
        Optional.of(new BigDecimal(actual)),
        Optional.empty(),
        Optional.empty(),
        "");
  }

  static IndicatorLine judged(
      int seq, String name, String weight, QualitativeBand band, String given) {
    return new IndicatorLine(
        seq,
        "效益",
        "效益",
        name,
        IndicatorKind.QUALITATIVE,
        "",
        new BigDecimal(weight),
        Optional.empty(),
        Optional.empty(),
        Optional.of(band),
        Optional.of(new BigDecimal(given)),
        "");
  }

  /** Example 6.5: the final evaluation with the self-evaluation weights 50/30/10/10. */
  static List<IndicatorLine> example() {
    return new ArrayList<>(
        List.of(
            quantity(1, "产出", "建档服务人数", IndicatorKind.POSITIVE, "15", "200", "180"),
            quantity(2, "产出", "入户走访次数", IndicatorKind.POSITIVE, "10", "800", "860"),
            quantity(3, "产出", "个案结案率", IndicatorKind.POSITIVE, "10", "90", "81"),
            quantity(4, "产出", "季度报告按时报送", IndicatorKind.POSITIVE, "5", "100", "75"),
            quantity(5, "产出", "人均服务成本", IndicatorKind.REVERSE, "10", "1500", "1650"),
            judged(6, "社会效益", "20", QualitativeBand.PARTLY, "14"),
            judged(7, "可持续影响", "10", QualitativeBand.ACHIEVED, "9"),
            quantity(8, "满意度", "服务对象满意度", IndicatorKind.POSITIVE, "10", "90", "93"),
            quantity(9, "过程", "预算执行率", IndicatorKind.POSITIVE, "10", "100", "95")));
  }

  @Test
  void theWorkedExampleScores87point75() {
    IndicatorScoring.Result result = IndicatorScoring.score(example());

    assertThat(result.problems()).isEmpty();
    assertThat(result.lines())
        .extracting(s -> s.score().toPlainString())
        .containsExactly(
            "13.50", "10.00", "9.00", "3.75", "9.00", "14.00", "9.00", "10.00", "9.50");
    assertThat(result.total()).isEqualByComparingTo("87.75");
    assertThat(result.total().toPlainString()).isEqualTo("87.75");
    assertThat(GradeBands.standard().grade(result.total())).isEqualTo("良");
    // 107.5 % of the target: capped, no note needed
    assertThat(result.lines().get(1).flags()).isEmpty();
    assertThat(LevelWeights.problems(EvaluatorKind.SELF, example(), LevelWeights.DEFAULT_SELF))
        .isEmpty();
  }

  @Test
  void aQualitativeScoreOutsideItsBandIsRefusedWithTheInterval() {
    List<IndicatorLine> lines = example();
    lines.set(5, judged(6, "社会效益", "20", QualitativeBand.PARTLY, "16"));

    IndicatorScoring.Result result = IndicatorScoring.score(lines);

    assertThat(result.accepted()).isFalse();
    assertThat(result.problems()).hasSize(1);
    assertThat(result.problems().get(0).seq()).isEqualTo(6);
    assertThat(result.problems().get(0).field()).isEqualTo("given");
    assertThat(result.problems().get(0).reason().arguments())
        .containsExactly("社会效益", "16", "部分达成", "[12.00, 16.00)");
  }

  @ParameterizedTest
  @CsvSource({
    "ACHIEVED, 8, true",
    "ACHIEVED, 10, true",
    "ACHIEVED, 7.99, false",
    "ACHIEVED, 10.01, false",
    "PARTLY, 6, true",
    "PARTLY, 7.99, true",
    "PARTLY, 8, false",
    "PARTLY, 5.99, false",
    "NOT_ACHIEVED, 0, true",
    "NOT_ACHIEVED, 5.99, true",
    "NOT_ACHIEVED, 6, false",
    "NOT_ACHIEVED, -1, false"
  })
  void bandsAreHalfOpenButAchievedIncludesTheWeight(
      QualitativeBand band, String given, boolean in) {
    IndicatorLine line = judged(1, "定性", "10", band, given);
    assertThat(IndicatorScoring.problems(line)).hasSize(in ? 0 : 1);
  }

  @ParameterizedTest
  @CsvSource({
    "1500, 10.00",
    "1000, 10.00",
    "1650, 9.00",
    "2999, 0.01",
    "3000, 0.00",
    "4000, 0.00",
    "1501, 9.99"
  })
  void reverseIndicatorsLoseTheirWeightByTwiceTheTarget(String actual, String score) {
    IndicatorLine line = quantity(1, "产出", "人均服务成本", IndicatorKind.REVERSE, "10", "1500", actual);
    assertThat(IndicatorScoring.score(line).toPlainString()).isEqualTo(score);
  }

  @ParameterizedTest
  @CsvSource({"200, 15.00", "260, 15.00", "0, 0.00", "1, 0.08", "199, 14.93"})
  void positiveIndicatorsAreCappedAtTheirWeight(String actual, String score) {
    IndicatorLine line = quantity(1, "产出", "建档服务人数", IndicatorKind.POSITIVE, "15", "200", actual);
    assertThat(IndicatorScoring.score(line).toPlainString()).isEqualTo(score);
  }

  @ParameterizedTest
  @CsvSource({"259.99, false", "260, true", "400, true"})
  void anActualOf130PercentOfTheTargetNeedsANote(String actual, boolean flagged) {
    IndicatorLine line = quantity(1, "产出", "建档服务人数", IndicatorKind.POSITIVE, "15", "200", actual);
    assertThat(IndicatorScoring.flags(line).contains(Flag.NOTE_REQUIRED)).isEqualTo(flagged);
    IndicatorLine explained =
        new IndicatorLine(
            1,
            "产出",
            "产出",
            "建档服务人数",
            IndicatorKind.POSITIVE,
            "",
            new BigDecimal("15"),
            line.target(),
            line.actual(),
            Optional.empty(),
            Optional.empty(),
            "目标按上年数设定，偏低");
    assertThat(IndicatorScoring.flags(explained)).isEmpty();
  }

  @Test
  void weightsNotSummingTo100AreRefused() {
    List<IndicatorLine> lines = example();
    lines.remove(8);

    IndicatorScoring.Result result = IndicatorScoring.score(lines);

    assertThat(result.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason().key()).isEqualTo("error.indicator.weightSum"));
    assertThat(result.lines()).isEmpty();
  }

  @Test
  void aQuantitativeLineNeedsAPositiveTargetAndAnActual() {
    IndicatorLine noTarget =
        new IndicatorLine(
            1,
            "产出",
            "产出",
            "走访",
            IndicatorKind.POSITIVE,
            "次",
            new BigDecimal("10"),
            Optional.of(BigDecimal.ZERO),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "");
    assertThat(IndicatorScoring.problems(noTarget))
        .extracting(p -> p.field())
        .containsExactly("target", "actual");
  }

  @ParameterizedTest
  @CsvSource({
    "90.00, 优",
    "100, 优",
    "89.99, 良",
    "80.00, 良",
    "79.99, 中",
    "60.00, 中",
    "59.99, 差",
    "0, 差"
  })
  void gradesAreHalfOpenIntervals(String total, String grade) {
    assertThat(GradeBands.standard().grade(new BigDecimal(total))).isEqualTo(grade);
  }

  @Test
  void aCountyMayNameItsOwnGrades() {
    GradeBands shenzhen = GradeBands.parse("优秀:90，良好:80，合格:60，不合格:0");
    assertThat(shenzhen.grade(new BigDecimal("79.99"))).isEqualTo("合格");
    assertThat(shenzhen.grade(new BigDecimal("59.99"))).isEqualTo("不合格");
  }

  @Test
  void gradeSettingsWithoutABandFromZeroAreRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> GradeBands.parse("优:90,良:80"))
        .isInstanceOf(org.careeval.domain.CareEvalException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> GradeBands.parse("优:90,良:x,差:0"))
        .isInstanceOf(org.careeval.domain.CareEvalException.class);
  }

  @Test
  void aDepartmentNeedsOutputAndBenefitOfAtLeast60() {
    List<IndicatorLine> lines =
        List.of(
            quantity(1, "决策", "立项", IndicatorKind.POSITIVE, "20", "1", "1"),
            quantity(2, "过程", "执行", IndicatorKind.POSITIVE, "21", "1", "1"),
            quantity(3, "产出", "数量", IndicatorKind.POSITIVE, "40", "1", "1"),
            quantity(4, "效益", "效益", IndicatorKind.POSITIVE, "19", "1", "1"));
    assertThat(LevelWeights.problems(EvaluatorKind.DEPARTMENT, lines, LevelWeights.DEFAULT_SELF))
        .singleElement()
        .satisfies(p -> assertThat(p.arguments()).containsExactly("59"));
    assertThat(LevelWeights.problems(EvaluatorKind.SELF, lines, LevelWeights.DEFAULT_SELF))
        .hasSize(1);
  }

  @Test
  void satisfactionCountsValidAnswersOnly() {
    Satisfaction s =
        new Satisfaction(Satisfaction.Respondents.GUARDIANS, "随机抽样", 30, 63, 5, 2, 0, 4);
    assertThat(s.valid()).isEqualTo(100);
    assertThat(s.rate().toPlainString()).isEqualTo("93.00");
    assertThat(
            new Satisfaction(Satisfaction.Respondents.CHILDREN, "整群", 1, 1, 1, 0, 0, 0)
                .rate()
                .toPlainString())
        .isEqualTo("66.67");
  }
}
