package org.careeval.domain.performance;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.LocalizedText;

/**
 * The weights of the level-1 groups an evaluator may use (财预〔2020〕10号): a self-evaluation gives 产出
 * 50, 效益 30, 满意度 10 and the rest — budget execution — 10 unless the county set another split; a
 * department or third party weighs by importance with 产出 + 效益 at least 60. The sheet does not say
 * who evaluates, so this is checked where the evaluation is known, in the app.
 */
public final class LevelWeights {

  public static final String DEFAULT_SELF = "产出:50,效益:30,满意度:10";
  static final String REST = "其他";
  private static final BigDecimal OUTPUT_AND_BENEFIT = new BigDecimal("60");

  private LevelWeights() {}

  /** What is wrong with the level-1 weights for this evaluator; empty when they fit. */
  public static List<LocalizedText> problems(
      EvaluatorKind evaluator, List<IndicatorLine> lines, String selfSplit) {
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    for (IndicatorLine l : lines) {
      sums.merge(l.level1(), l.weight(), BigDecimal::add);
    }
    BigDecimal outputAndBenefit = sum(sums, "产出").add(sum(sums, "效益"));
    if (evaluator != EvaluatorKind.SELF) {
      return outputAndBenefit.compareTo(OUTPUT_AND_BENEFIT) >= 0
          ? List.of()
          : List.of(
              new LocalizedText(
                  "error.performance.outputAndBenefit",
                  outputAndBenefit.stripTrailingZeros().toPlainString()));
    }
    Map<String, BigDecimal> expected = split(selfSplit);
    BigDecimal named = BigDecimal.ZERO;
    StringBuilder found = new StringBuilder();
    boolean fits = true;
    for (Map.Entry<String, BigDecimal> e : expected.entrySet()) {
      BigDecimal actual = sum(sums, e.getKey());
      named = named.add(actual);
      fits &= actual.compareTo(e.getValue()) == 0;
      found
          .append(e.getKey())
          .append(' ')
          .append(actual.stripTrailingZeros().toPlainString())
          .append('，');
    }
    BigDecimal rest =
        sums.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).subtract(named);
    BigDecimal restExpected =
        IndicatorScoring.HUNDRED.subtract(
            expected.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    fits &= rest.compareTo(restExpected) == 0;
    found.append(REST).append(' ').append(rest.stripTrailingZeros().toPlainString());
    return fits
        ? List.of()
        : List.of(new LocalizedText("error.performance.selfWeights", selfSplit, found.toString()));
  }

  /** A setting text checked and written plainly: {@code 产出:50,效益:30,满意度:10}. */
  public static String setting(String text) {
    return split(text).entrySet().stream()
        .map(e -> e.getKey() + ":" + e.getValue().stripTrailingZeros().toPlainString())
        .collect(java.util.stream.Collectors.joining(","));
  }

  /** The named level-1 weights of a setting text ({@code 产出:50,效益:30,满意度:10}). */
  public static Map<String, BigDecimal> split(String text) {
    Map<String, BigDecimal> split = new LinkedHashMap<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (String part : text.split("[,，]")) {
      String[] kv = part.strip().split("[:：]");
      var weight =
          kv.length == 2
              ? org.careeval.domain.Decimals.parse(kv[1])
              : java.util.Optional.<BigDecimal>empty();
      if (weight.isEmpty() || kv[0].isBlank() || weight.get().signum() < 0) {
        throw new CareEvalException("error.performance.selfSplit", text);
      }
      split.put(kv[0].strip(), weight.get());
      sum = sum.add(weight.get());
    }
    if (sum.compareTo(IndicatorScoring.HUNDRED) > 0) {
      throw new CareEvalException("error.performance.selfSplit", text);
    }
    return split;
  }

  private static BigDecimal sum(Map<String, BigDecimal> sums, String level1) {
    return sums.getOrDefault(level1, BigDecimal.ZERO);
  }
}
