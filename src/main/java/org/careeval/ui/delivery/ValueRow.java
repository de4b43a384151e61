package org.careeval.ui.delivery;

import java.math.BigDecimal;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.Decimals;
import org.careeval.domain.delivery.ContractIndicator;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.delivery.QualitativeBand;
import org.careeval.domain.delivery.ReportValue;

/**
 * One indicator of a period report as the table edits it: the actual (quantitative) or the band
 * (qualitative) and the note, as typed.
 */
public final class ValueRow {

  private final ContractIndicator indicator;
  private final String target;
  private final StringProperty actual = new SimpleStringProperty("");
  private final StringProperty band = new SimpleStringProperty("");
  private final StringProperty note = new SimpleStringProperty("");

  ValueRow(ContractIndicator indicator, Period period, Optional<ReportValue> value) {
    this.indicator = indicator;
    this.target = indicator.target(period).map(BigDecimal::toPlainString).orElse("");
    value.ifPresent(
        v -> {
          actual.set(v.actual().map(BigDecimal::toPlainString).orElse(""));
          band.set(v.band().map(QualitativeBand::chinese).orElse(""));
          note.set(v.note());
        });
  }

  public ContractIndicator indicator() {
    return indicator;
  }

  public String target() {
    return target;
  }

  public boolean quantitative() {
    return indicator.indicator().kind().quantitative();
  }

  /** The value as typed; refused when the actual is not a number. */
  ReportValue value() {
    String typed = actual.get().strip();
    Optional<BigDecimal> number = typed.isEmpty() ? Optional.empty() : Decimals.parse(typed);
    if (!typed.isEmpty() && number.isEmpty()) {
      throw new CareEvalException("error.rubric.number", typed);
    }
    return new ReportValue(
        indicator.seq(),
        quantitative() ? number : Optional.empty(),
        quantitative() ? Optional.empty() : QualitativeBand.fromChinese(band.get()),
        note.get().strip());
  }

  public StringProperty actualProperty() {
    return actual;
  }

  public StringProperty bandProperty() {
    return band;
  }

  public StringProperty noteProperty() {
    return note;
  }
}
