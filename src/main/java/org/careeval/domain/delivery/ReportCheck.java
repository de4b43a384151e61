package org.careeval.domain.delivery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careeval.domain.LocalizedText;

/**
 * The checks a period report passes before it can be submitted, each problem at its indicator and
 * field: every planned indicator answered (a number, or a band for a qualitative one); numbers not
 * negative, whole where the unit counts people or times; an actual of 130 % of the target or more
 * explained in a note (财预〔2020〕10号: a target set too low); the children served no more than the
 * children of the villages covered, when the contract states them.
 */
public final class ReportCheck {

  /** A problem with one indicator's value ({@code field}: actual, band or note). */
  public record ValueProblem(int seq, String field, LocalizedText reason) {}

  /** Units whose values are counts of people or times: whole numbers. */
  public static final Set<String> COUNT_UNITS =
      Set.of("人", "名", "人次", "次", "户", "个", "场", "份", "期", "节", "课时", "件", "例", "村", "所");

  private static final BigDecimal NOTE_RATIO = new BigDecimal("1.3");

  private ReportCheck() {}

  public static List<ValueProblem> problems(
      List<ContractIndicator> plan,
      Period period,
      List<ReportValue> values,
      Optional<Integer> childrenCovered) {
    Map<Integer, ReportValue> bySeq =
        values.stream().collect(Collectors.toMap(ReportValue::seq, Function.identity()));
    List<ValueProblem> problems = new ArrayList<>();
    for (ContractIndicator ci : plan) {
      Indicator i = ci.indicator();
      ReportValue v = bySeq.get(i.seq());
      if (i.kind().quantitative()) {
        quantitative(ci, period, v, childrenCovered, problems);
      } else if (v == null || v.band().isEmpty()) {
        problems.add(
            new ValueProblem(
                i.seq(), "band", new LocalizedText("error.report.bandMissing", i.level3())));
      }
    }
    return problems;
  }

  private static void quantitative(
      ContractIndicator ci,
      Period period,
      ReportValue v,
      Optional<Integer> childrenCovered,
      List<ValueProblem> problems) {
    Indicator i = ci.indicator();
    if (v == null || v.actual().isEmpty()) {
      problems.add(
          new ValueProblem(
              i.seq(), "actual", new LocalizedText("error.report.actualMissing", i.level3())));
      return;
    }
    BigDecimal actual = v.actual().get();
    if (actual.signum() < 0) {
      problems.add(
          new ValueProblem(
              i.seq(),
              "actual",
              new LocalizedText("error.report.negative", i.level3(), actual.toPlainString())));
      return;
    }
    if (COUNT_UNITS.contains(i.unit()) && actual.stripTrailingZeros().scale() > 0) {
      problems.add(
          new ValueProblem(
              i.seq(),
              "actual",
              new LocalizedText(
                  "error.report.wholeNumber", i.level3(), actual.toPlainString(), i.unit())));
    }
    Optional<BigDecimal> target = ci.target(period);
    if (target.isPresent()
        && target.get().signum() > 0
        && actual.compareTo(target.get().multiply(NOTE_RATIO)) >= 0
        && v.note().isBlank()) {
      problems.add(
          new ValueProblem(
              i.seq(),
              "note",
              new LocalizedText(
                  "error.report.noteRequired",
                  i.level3(),
                  actual.toPlainString(),
                  target.get().toPlainString())));
    }
    if (i.measure() == Measure.CHILDREN_SERVED
        && childrenCovered.isPresent()
        && actual.compareTo(BigDecimal.valueOf(childrenCovered.get())) > 0) {
      problems.add(
          new ValueProblem(
              i.seq(),
              "actual",
              new LocalizedText(
                  "error.report.moreChildrenThanCovered",
                  actual.toPlainString(),
                  childrenCovered.get())));
    }
  }
}
