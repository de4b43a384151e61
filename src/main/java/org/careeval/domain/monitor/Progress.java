package org.careeval.domain.monitor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.delivery.ContractIndicator;
import org.careeval.domain.delivery.IndicatorKind;
import org.careeval.domain.delivery.PeriodReport;
import org.careeval.domain.delivery.ReportState;
import org.careeval.domain.delivery.ReportValue;

/**
 * A contract's 序时进度: the share of its term elapsed, the share of its output targets reached (the
 * positive quantitative 产出 indicators: actuals of submitted and accepted reports over the targets
 * of every quarter of the term) and the share of its amount paid — percent, two decimals half-up.
 * Output is empty when the plan sets no output target.
 */
public record Progress(BigDecimal elapsed, Optional<BigDecimal> delivered, BigDecimal paid) {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  public static Progress of(
      LocalDate start,
      LocalDate end,
      LocalDate today,
      List<ContractIndicator> plan,
      List<PeriodReport> reports,
      BigDecimal paid,
      BigDecimal amount) {
    long term = ChronoUnit.DAYS.between(start, end) + 1;
    long done = Math.max(0, Math.min(term, ChronoUnit.DAYS.between(start, today) + 1));
    BigDecimal elapsed = percent(BigDecimal.valueOf(done), BigDecimal.valueOf(term));
    BigDecimal sum = BigDecimal.ZERO;
    int counted = 0;
    for (ContractIndicator ci : plan) {
      BigDecimal target = ci.targets().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      if (!ci.indicator().level1().equals("产出")
          || ci.indicator().kind() != IndicatorKind.POSITIVE
          || target.signum() == 0) {
        continue;
      }
      BigDecimal actual = BigDecimal.ZERO;
      for (PeriodReport r : reports) {
        if (r.state() == ReportState.SUBMITTED || r.state() == ReportState.ACCEPTED) {
          actual =
              actual.add(r.value(ci.seq()).flatMap(ReportValue::actual).orElse(BigDecimal.ZERO));
        }
      }
      // one indicator over its target does not make up for another behind it
      sum = sum.add(percent(actual, target).min(HUNDRED));
      counted++;
    }
    Optional<BigDecimal> delivered =
        counted == 0
            ? Optional.empty()
            : Optional.of(sum.divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP));
    return new Progress(elapsed, delivered, percent(paid, amount));
  }

  private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0
        ? BigDecimal.ZERO.setScale(2)
        : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
  }
}
