package org.careeval.domain.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.delivery.Indicator;
import org.careeval.domain.delivery.QualitativeBand;

/**
 * Scores indicators exactly per 财预〔2020〕10号 (domain rules 3.1), in {@code BigDecimal} with two
 * decimals rounded half-up once at the end:
 *
 * <ul>
 *   <li>positive: the weight when the actual reaches the target, else actual ÷ target × weight;
 *   <li>reverse (lower is better): the weight when the actual stays within the target, zero at
 *       twice the target or more, else (1 − (actual − target) ÷ target) × weight;
 *   <li>qualitative: the evaluator's score, which must lie in the chosen band's interval — 达成 [80
 *       %, 100 %], 部分达成 [60 %, 80 %), 未达成 [0, 60 %) of the weight.
 * </ul>
 *
 * Budget execution is a positive indicator with target 100 %: min(rate, 100 %) × weight. An actual
 * of 130 % of the target or more without a note is flagged. The weights must sum to 100.
 */
public final class IndicatorScoring {

  /** One indicator's score and what is flagged about it. */
  public record Scored(IndicatorLine line, BigDecimal score, Set<Flag> flags) {}

  /** Every line scored and the total — or the problems that stop the scoring (then no scores). */
  public record Result(List<Scored> lines, BigDecimal total, List<Indicator.LineProblem> problems) {
    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  static final BigDecimal HUNDRED = new BigDecimal("100");
  private static final BigDecimal NOTE_RATIO = new BigDecimal("1.3");
  private static final BigDecimal TWO = new BigDecimal("2");

  private IndicatorScoring() {}

  public static Result score(List<IndicatorLine> lines) {
    List<Indicator.LineProblem> problems = new ArrayList<>();
    List<Scored> scored = new ArrayList<>();
    Set<String> names = new HashSet<>();
    BigDecimal weights = BigDecimal.ZERO;
    for (IndicatorLine line : lines) {
      if (!line.level3().isBlank() && !names.add(line.level3())) {
        problems.add(
            new Indicator.LineProblem(
                line.seq(),
                "level3",
                new LocalizedText("error.indicator.duplicate", line.level3())));
      }
      weights = weights.add(line.weight());
      List<Indicator.LineProblem> own = problems(line);
      problems.addAll(own);
      if (own.isEmpty()) {
        scored.add(new Scored(line, score(line), flags(line)));
      }
    }
    if (lines.isEmpty()) {
      problems.add(new Indicator.LineProblem(0, "", new LocalizedText("error.indicator.none")));
    } else if (weights.compareTo(HUNDRED) != 0) {
      problems.add(
          new Indicator.LineProblem(
              0,
              "weight",
              new LocalizedText(
                  "error.indicator.weightSum", weights.stripTrailingZeros().toPlainString())));
    }
    if (!problems.isEmpty()) {
      return new Result(List.of(), BigDecimal.ZERO.setScale(2), List.copyOf(problems));
    }
    BigDecimal total =
        scored.stream().map(Scored::score).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    return new Result(List.copyOf(scored), total, List.of());
  }

  /** What stops one line from being scored. */
  public static List<Indicator.LineProblem> problems(IndicatorLine line) {
    List<Indicator.LineProblem> problems = new ArrayList<>();
    int seq = line.seq();
    String name = line.level3();
    if (line.weight().signum() <= 0 || line.weight().scale() > 2) {
      problems.add(
          new Indicator.LineProblem(
              seq,
              "weight",
              new LocalizedText("error.indicator.weight", line.weight().toPlainString())));
      return problems;
    }
    if (line.kind().quantitative()) {
      if (line.target().isEmpty() || line.target().get().signum() <= 0) {
        problems.add(
            new Indicator.LineProblem(
                seq, "target", new LocalizedText("error.performance.target", name)));
      }
      if (line.actual().isEmpty()) {
        problems.add(
            new Indicator.LineProblem(
                seq, "actual", new LocalizedText("error.performance.actualMissing", name)));
      } else if (line.actual().get().signum() < 0) {
        problems.add(
            new Indicator.LineProblem(
                seq,
                "actual",
                new LocalizedText(
                    "error.report.negative", name, line.actual().get().toPlainString())));
      }
      return problems;
    }
    if (line.band().isEmpty()) {
      problems.add(
          new Indicator.LineProblem(
              seq, "band", new LocalizedText("error.report.bandMissing", name)));
    } else if (line.given().isEmpty()) {
      problems.add(
          new Indicator.LineProblem(
              seq, "given", new LocalizedText("error.performance.givenMissing", name)));
    } else if (line.given().get().stripTrailingZeros().scale() > 2) {
      problems.add(
          new Indicator.LineProblem(
              seq,
              "given",
              new LocalizedText(
                  "error.performance.givenDecimals", name, line.given().get().toPlainString())));
    } else if (!inBand(line.band().get(), line.weight(), line.given().get())) {
      problems.add(
          new Indicator.LineProblem(
              seq,
              "given",
              outsideBand(name, line.band().get(), line.weight(), line.given().get())));
    }
    return problems;
  }

  /** The score of a line without problems. */
  public static BigDecimal score(IndicatorLine line) {
    BigDecimal w = line.weight();
    return switch (line.kind()) {
      case POSITIVE -> {
        BigDecimal a = line.actual().orElseThrow();
        BigDecimal t = line.target().orElseThrow();
        yield a.compareTo(t) >= 0
            ? w.setScale(2)
            : a.multiply(w).divide(t, 2, RoundingMode.HALF_UP);
      }
      case REVERSE -> {
        BigDecimal a = line.actual().orElseThrow();
        BigDecimal t = line.target().orElseThrow();
        if (a.compareTo(t) <= 0) {
          yield w.setScale(2);
        }
        if (a.compareTo(t.multiply(TWO)) >= 0) {
          yield BigDecimal.ZERO.setScale(2);
        }
        // (1 − (a − t) / t) × w = (2t − a) × w / t, divided once so only the result is rounded
        yield t.multiply(TWO).subtract(a).multiply(w).divide(t, 2, RoundingMode.HALF_UP);
      }
      case QUALITATIVE -> line.given().orElseThrow().setScale(2, RoundingMode.HALF_UP);
    };
  }

  /** What is flagged about a line without problems. */
  public static Set<Flag> flags(IndicatorLine line) {
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    if (line.kind().quantitative()
        && line.actual().orElseThrow().compareTo(line.target().orElseThrow().multiply(NOTE_RATIO))
            >= 0
        && line.note().isBlank()) {
      flags.add(Flag.NOTE_REQUIRED);
    }
    return flags;
  }

  /** The band's interval of the weight: [low, high] for 达成, [low, high) for the others. */
  public static BigDecimal[] interval(QualitativeBand band, BigDecimal weight) {
    BigDecimal[] shares =
        switch (band) {
          case ACHIEVED -> new BigDecimal[] {new BigDecimal("0.8"), BigDecimal.ONE};
          case PARTLY -> new BigDecimal[] {new BigDecimal("0.6"), new BigDecimal("0.8")};
          case NOT_ACHIEVED -> new BigDecimal[] {BigDecimal.ZERO, new BigDecimal("0.6")};
        };
    return new BigDecimal[] {
      weight.multiply(shares[0]).setScale(2, RoundingMode.HALF_UP),
      weight.multiply(shares[1]).setScale(2, RoundingMode.HALF_UP)
    };
  }

  static boolean inBand(QualitativeBand band, BigDecimal weight, BigDecimal given) {
    BigDecimal low = weight.multiply(interval(band, BigDecimal.ONE)[0]);
    BigDecimal high = weight.multiply(interval(band, BigDecimal.ONE)[1]);
    boolean closedAbove = band == QualitativeBand.ACHIEVED;
    return given.compareTo(low) >= 0
        && (closedAbove ? given.compareTo(high) <= 0 : given.compareTo(high) < 0);
  }

  private static LocalizedText outsideBand(
      String name, QualitativeBand band, BigDecimal weight, BigDecimal given) {
    BigDecimal[] range = interval(band, weight);
    String shown =
        "["
            + range[0].toPlainString()
            + ", "
            + range[1].toPlainString()
            + (band == QualitativeBand.ACHIEVED ? "]" : ")");
    return new LocalizedText(
        "error.performance.outsideBand", name, given.toPlainString(), band.chinese(), shown);
  }
}
