package org.careeval.domain.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.delivery.ContractIndicator;
import org.careeval.domain.delivery.Indicator;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.delivery.PeriodReport;
import org.careeval.domain.delivery.QualitativeBand;
import org.careeval.domain.delivery.ReportCheck;
import org.careeval.domain.delivery.ReportState;
import org.careeval.domain.delivery.ReportValue;

/**
 * The lines an evaluation starts from: the contract's indicators with target and actual taken from
 * its accepted quarterly reports (no re-typing) over the quarters the evaluation covers. Counts (人,
 * 次 …) add up over the quarters, targets as well; rates and amounts are the latest accepted
 * quarter's; a qualitative indicator takes the latest band reported, its score left to the
 * evaluator; 预算执行率 is the contract's budget execution against 100 %.
 */
public final class EvaluationValues {

  public static final String BUDGET_EXECUTION = "预算执行率";
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private EvaluationValues() {}

  /** The quarters an evaluation covers: its own, those ended by mid-term, or the whole term. */
  public static List<Period> quarters(
      EvaluationKind kind, String stage, java.time.LocalDate dueOn, List<Period> term) {
    return switch (kind) {
      case QUARTERLY -> term.stream().filter(p -> p.code().equals(stage)).toList();
      case MID_TERM -> {
        List<Period> ended = term.stream().filter(p -> !p.end().isAfter(dueOn)).toList();
        yield ended.isEmpty() ? term.subList(0, Math.min(1, term.size())) : ended;
      }
      case FINAL, SPOT_CHECK_FOLLOW_UP -> term;
    };
  }

  public static List<IndicatorLine> lines(
      List<ContractIndicator> plan,
      List<PeriodReport> reports,
      List<Period> quarters,
      BigDecimal execution) {
    List<PeriodReport> accepted =
        reports.stream()
            .filter(r -> r.state() == ReportState.ACCEPTED && quarters.contains(r.period()))
            .sorted(Comparator.comparing(PeriodReport::period))
            .toList();
    List<IndicatorLine> lines = new ArrayList<>();
    for (ContractIndicator ci : plan) {
      lines.add(line(ci, accepted, quarters, execution));
    }
    return lines;
  }

  private static IndicatorLine line(
      ContractIndicator ci,
      List<PeriodReport> accepted,
      List<Period> quarters,
      BigDecimal execution) {
    Indicator i = ci.indicator();
    Optional<BigDecimal> target = Optional.empty();
    Optional<BigDecimal> actual = Optional.empty();
    Optional<QualitativeBand> band = Optional.empty();
    if (!i.kind().quantitative()) {
      band = latest(accepted, i.seq()).flatMap(ReportValue::band);
    } else if (i.level3().equals(BUDGET_EXECUTION)) {
      target = Optional.of(HUNDRED);
      actual = Optional.of(execution);
    } else if (ReportCheck.COUNT_UNITS.contains(i.unit())) {
      target = sum(quarters.stream().map(ci::target).toList());
      actual =
          sum(accepted.stream().map(r -> r.value(i.seq()).flatMap(ReportValue::actual)).toList());
    } else {
      Optional<PeriodReport> last =
          accepted.stream()
              .filter(r -> r.value(i.seq()).flatMap(ReportValue::actual).isPresent())
              .reduce((a, b) -> b);
      actual = last.flatMap(r -> r.value(i.seq())).flatMap(ReportValue::actual);
      target =
          last.map(PeriodReport::period)
              .or(
                  () ->
                      quarters.isEmpty()
                          ? Optional.empty()
                          : Optional.of(quarters.get(quarters.size() - 1)))
              .flatMap(ci::target);
    }
    return new IndicatorLine(
        i.seq(),
        i.level1(),
        i.level2(),
        i.level3(),
        i.kind(),
        i.unit(),
        i.weight(),
        target,
        actual,
        band,
        Optional.empty(),
        "");
  }

  private static Optional<ReportValue> latest(List<PeriodReport> accepted, int seq) {
    return accepted.stream()
        .map(r -> r.value(seq))
        .flatMap(Optional::stream)
        .filter(v -> v.band().isPresent())
        .reduce((a, b) -> b);
  }

  private static Optional<BigDecimal> sum(List<Optional<BigDecimal>> values) {
    List<BigDecimal> present = values.stream().flatMap(Optional::stream).toList();
    return present.isEmpty()
        ? Optional.empty()
        : Optional.of(present.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }
}
