package org.careeval.domain.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careeval.domain.delivery.QualitativeBand;

/**
 * Several evaluators of one evaluation (issue 16), combined as the scoring panel of step 7 is: each
 * member scores the qualitative indicators; the evaluation takes the mean of their scores (two
 * decimals half-up) and the band that mean falls in; a member's score further from the members'
 * median than the county's share of the indicator's weight ({@code scoring.medianDeviationPercent})
 * is listed for the evaluator to look at. Quantitative values come from the delivery data, not from
 * members.
 */
public final class PanelScores {

  /** A member's score far from the members' median on one indicator. */
  public record Disagreement(
      int seq, String indicator, String member, BigDecimal given, BigDecimal median) {}

  /** The evaluation's lines with the members' qualitative scores combined, and the outliers. */
  public record Aggregate(List<IndicatorLine> lines, List<Disagreement> disagreements) {}

  private PanelScores() {}

  public static Aggregate of(
      List<IndicatorLine> own, Map<String, List<IndicatorLine>> members, int deviationPercent) {
    List<IndicatorLine> lines = new ArrayList<>();
    List<Disagreement> disagreements = new ArrayList<>();
    for (IndicatorLine l : own) {
      Map<String, BigDecimal> given = new java.util.TreeMap<>();
      members.forEach(
          (member, theirs) ->
              theirs.stream()
                  .filter(m -> m.seq() == l.seq())
                  .findFirst()
                  .flatMap(IndicatorLine::given)
                  .ifPresent(g -> given.put(member, g)));
      if (l.kind().quantitative() || given.isEmpty()) {
        lines.add(l);
        continue;
      }
      BigDecimal mean =
          given.values().stream()
              .reduce(BigDecimal.ZERO, BigDecimal::add)
              .divide(BigDecimal.valueOf(given.size()), 2, RoundingMode.HALF_UP);
      BigDecimal median = median(new ArrayList<>(given.values()));
      BigDecimal allowed =
          l.weight().multiply(BigDecimal.valueOf(deviationPercent)).divide(new BigDecimal("100"));
      given.forEach(
          (member, g) -> {
            if (g.subtract(median).abs().compareTo(allowed) > 0) {
              disagreements.add(new Disagreement(l.seq(), l.level3(), member, g, median));
            }
          });
      lines.add(l.withJudgement(bandOf(mean, l.weight()), mean));
    }
    return new Aggregate(lines, disagreements);
  }

  /** The band whose interval holds a score (达成 from 80 %, 部分达成 from 60 % of the weight). */
  public static QualitativeBand bandOf(BigDecimal score, BigDecimal weight) {
    if (score.compareTo(weight.multiply(new BigDecimal("0.8"))) >= 0) {
      return QualitativeBand.ACHIEVED;
    }
    return score.compareTo(weight.multiply(new BigDecimal("0.6"))) >= 0
        ? QualitativeBand.PARTLY
        : QualitativeBand.NOT_ACHIEVED;
  }

  private static BigDecimal median(List<BigDecimal> values) {
    values.sort(null);
    int n = values.size();
    return n % 2 == 1
        ? values.get(n / 2)
        : values.get(n / 2 - 1).add(values.get(n / 2)).divide(new BigDecimal("2"));
  }
}
