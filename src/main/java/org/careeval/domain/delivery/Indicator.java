package org.careeval.domain.delivery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careeval.domain.LocalizedText;

/**
 * One line of the county's indicator template, and of each contract's plan: levels 1–3 (level 1 one
 * of 决策, 过程, 产出, 效益, 满意度), scoring type, unit, weight (the template's weights sum to 100) and the
 * service output it counts, if any.
 */
public record Indicator(
    int seq,
    String level1,
    String level2,
    String level3,
    IndicatorKind kind,
    String unit,
    BigDecimal weight,
    Measure measure) {

  public static final List<String> LEVEL1 = List.of("决策", "过程", "产出", "效益", "满意度");
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  /** A problem of one line (its seq) or of the whole list (seq 0). */
  public record LineProblem(int seq, String field, LocalizedText reason) {}

  /** What is wrong with a list of indicators: each line's fields, then the weights' sum. */
  public static List<LineProblem> problems(List<Indicator> indicators) {
    List<LineProblem> problems = new ArrayList<>();
    Set<String> names = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (Indicator i : indicators) {
      if (!LEVEL1.contains(i.level1())) {
        problems.add(
            new LineProblem(
                i.seq(),
                "level1",
                new LocalizedText("error.indicator.level1", i.level1(), String.join("、", LEVEL1))));
      }
      if (i.level2().isBlank()) {
        problems.add(
            new LineProblem(i.seq(), "level2", new LocalizedText("error.indicator.level2")));
      }
      if (i.level3().isBlank()) {
        problems.add(
            new LineProblem(i.seq(), "level3", new LocalizedText("error.indicator.level3")));
      } else if (!names.add(i.level3())) {
        problems.add(
            new LineProblem(
                i.seq(), "level3", new LocalizedText("error.indicator.duplicate", i.level3())));
      }
      if (i.weight().signum() <= 0 || i.weight().scale() > 2) {
        problems.add(
            new LineProblem(
                i.seq(),
                "weight",
                new LocalizedText("error.indicator.weight", i.weight().toPlainString())));
      }
      sum = sum.add(i.weight());
    }
    if (indicators.isEmpty()) {
      problems.add(new LineProblem(0, "", new LocalizedText("error.indicator.none")));
    } else if (sum.compareTo(HUNDRED) != 0) {
      problems.add(
          new LineProblem(
              0,
              "weight",
              new LocalizedText(
                  "error.indicator.weightSum", sum.stripTrailingZeros().toPlainString())));
    }
    return problems;
  }
}
