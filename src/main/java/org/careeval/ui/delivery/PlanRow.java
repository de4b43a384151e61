package org.careeval.ui.delivery;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.Decimals;
import org.careeval.domain.delivery.ContractIndicator;
import org.careeval.domain.delivery.Period;

/** One indicator of a contract's plan as the table edits it: baseline and a target per period. */
public final class PlanRow {

  private final ContractIndicator indicator;
  private final StringProperty baseline = new SimpleStringProperty("");
  private final Map<Period, StringProperty> targets = new LinkedHashMap<>();

  PlanRow(ContractIndicator indicator, List<Period> periods) {
    this.indicator = indicator;
    baseline.set(indicator.baseline().map(BigDecimal::toPlainString).orElse(""));
    for (Period p : periods) {
      targets.put(
          p,
          new SimpleStringProperty(indicator.target(p).map(BigDecimal::toPlainString).orElse("")));
    }
  }

  public ContractIndicator indicator() {
    return indicator;
  }

  public StringProperty baselineProperty() {
    return baseline;
  }

  public StringProperty targetProperty(Period period) {
    return targets.get(period);
  }

  /** The row as typed; refused at the first cell that is not a number. */
  ContractIndicator planned() {
    Map<Period, BigDecimal> typed = new LinkedHashMap<>();
    targets.forEach((p, text) -> number(text.get()).ifPresent(n -> typed.put(p, n)));
    return new ContractIndicator(indicator.indicator(), number(baseline.get()), typed);
  }

  private static Optional<BigDecimal> number(String text) {
    String typed = text == null ? "" : text.strip();
    if (typed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Decimals.parse(typed)
            .orElseThrow(() -> new CareEvalException("error.rubric.number", typed)));
  }
}
