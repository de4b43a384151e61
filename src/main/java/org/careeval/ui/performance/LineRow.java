package org.careeval.ui.performance;

import java.math.BigDecimal;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.Decimals;
import org.careeval.domain.delivery.QualitativeBand;
import org.careeval.domain.performance.IndicatorLine;
import org.careeval.domain.performance.IndicatorScoring;

/**
 * An indicator of an evaluation as the scoring table edits it: target and actual for a quantitative
 * one, band and score for a qualitative one, the note; its score as last saved and whether it is
 * flagged (130 % of the target without a note).
 */
public final class LineRow {
  private final IndicatorLine line;
  private final StringProperty target = new SimpleStringProperty("");
  private final StringProperty actual = new SimpleStringProperty("");
  private final StringProperty band = new SimpleStringProperty("");
  private final StringProperty given = new SimpleStringProperty("");
  private final StringProperty note = new SimpleStringProperty("");
  private final StringProperty score = new SimpleStringProperty("");
  private final BooleanProperty flagged = new SimpleBooleanProperty(false);

  LineRow(IndicatorScoring.Scored scored) {
    this.line = scored.line();
    target.set(line.target().map(BigDecimal::toPlainString).orElse(""));
    actual.set(line.actual().map(BigDecimal::toPlainString).orElse(""));
    band.set(line.band().map(QualitativeBand::chinese).orElse(""));
    given.set(line.given().map(BigDecimal::toPlainString).orElse(""));
    note.set(line.note());
    score.set(scored.score().toPlainString());
    flagged.set(!scored.flags().isEmpty());
  }

  public IndicatorLine line() {
    return line;
  }

  public boolean quantitative() {
    return line.kind().quantitative();
  }

  /** The line as entered; a number that is not one is refused with the indicator's name. */
  IndicatorLine entered() {
    return new IndicatorLine(
        line.seq(),
        line.level1(),
        line.level2(),
        line.level3(),
        line.kind(),
        line.unit(),
        line.weight(),
        number(target.get()),
        number(actual.get()),
        QualitativeBand.fromChinese(band.get()),
        number(given.get()),
        note.get().strip());
  }

  private Optional<BigDecimal> number(String text) {
    String plain = text.strip().replaceAll("[%％]$", "");
    if (plain.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Decimals.parse(plain)
            .orElseThrow(
                () -> new CareEvalException("error.performance.lineNumber", line.level3(), text)));
  }

  public StringProperty targetProperty() {
    return target;
  }

  public StringProperty actualProperty() {
    return actual;
  }

  public StringProperty bandProperty() {
    return band;
  }

  public StringProperty givenProperty() {
    return given;
  }

  public StringProperty noteProperty() {
    return note;
  }

  public StringProperty scoreProperty() {
    return score;
  }

  public BooleanProperty flaggedProperty() {
    return flagged;
  }
}
