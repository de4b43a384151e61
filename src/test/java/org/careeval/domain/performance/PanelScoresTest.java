package org.careeval.domain.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.careeval.domain.delivery.QualitativeBand;
import org.junit.jupiter.api.Test;

/** Three members score the qualitative indicators: the mean, its band, the outlier. */
class PanelScoresTest {

  @Test
  void theMeanOfTheMembersWithItsBandAndTheScoreFarFromTheMedian() {
    IndicatorLine own = IndicatorScoringTest.judged(6, "社会效益", "20", QualitativeBand.PARTLY, "0");
    IndicatorLine counted =
        IndicatorScoringTest.quantity(
            1,
            "产出",
            "建档服务人数",
            org.careeval.domain.delivery.IndicatorKind.POSITIVE,
            "80",
            "200",
            "180");
    Map<String, List<IndicatorLine>> members =
        Map.of(
            "王",
                List.of(
                    IndicatorScoringTest.judged(6, "社会效益", "20", QualitativeBand.ACHIEVED, "17")),
            "李",
                List.of(IndicatorScoringTest.judged(6, "社会效益", "20", QualitativeBand.PARTLY, "15")),
            "赵",
                List.of(
                    IndicatorScoringTest.judged(
                        6, "社会效益", "20", QualitativeBand.NOT_ACHIEVED, "8")));

    PanelScores.Aggregate a = PanelScores.of(List.of(counted, own), members, 30);

    // (17 + 15 + 8) / 3 = 13.33, inside 部分达成 [12, 16); the median is 15 and 30 % of 20 is 6:
    // 赵's 8 is 7 away
    assertThat(a.lines().get(0)).isEqualTo(counted);
    assertThat(a.lines().get(1).given()).contains(new BigDecimal("13.33"));
    assertThat(a.lines().get(1).band()).contains(QualitativeBand.PARTLY);
    assertThat(a.disagreements())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.member()).isEqualTo("赵");
              assertThat(d.median()).isEqualByComparingTo("15");
            });
    assertThat(IndicatorScoring.problems(a.lines().get(1))).isEmpty();
  }

  @Test
  void bandsOfAScore() {
    assertThat(PanelScores.bandOf(new BigDecimal("16"), new BigDecimal("20")))
        .isEqualTo(QualitativeBand.ACHIEVED);
    assertThat(PanelScores.bandOf(new BigDecimal("15.99"), new BigDecimal("20")))
        .isEqualTo(QualitativeBand.PARTLY);
    assertThat(PanelScores.bandOf(new BigDecimal("11.99"), new BigDecimal("20")))
        .isEqualTo(QualitativeBand.NOT_ACHIEVED);
  }
}
