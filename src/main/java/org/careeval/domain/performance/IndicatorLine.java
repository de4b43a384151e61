package org.careeval.domain.performance;

import java.math.BigDecimal;
import java.util.Optional;
import org.careeval.domain.delivery.IndicatorKind;
import org.careeval.domain.delivery.QualitativeBand;

/**
 * One indicator of an evaluation as the 绩效指标 sheet carries it: levels 1–3, scoring type, unit,
 * weight (分值), target and actual (quantitative), band and the evaluator's score (qualitative), and
 * the note (说明). {@code seq} numbers the line: the sheet's row, or the plan's sequence.
 */
public record IndicatorLine(
    int seq,
    String level1,
    String level2,
    String level3,
    IndicatorKind kind,
    String unit,
    BigDecimal weight,
    Optional<BigDecimal> target,
    Optional<BigDecimal> actual,
    Optional<QualitativeBand> band,
    Optional<BigDecimal> given,
    String note) {

  /** The same indicator with another actual. */
  public IndicatorLine withActual(BigDecimal newActual) {
    return new IndicatorLine(
        seq,
        level1,
        level2,
        level3,
        kind,
        unit,
        weight,
        target,
        Optional.of(newActual),
        band,
        given,
        note);
  }

  /** The same indicator numbered otherwise (a sheet's row becomes the plan's sequence). */
  public IndicatorLine withSeq(int newSeq) {
    return new IndicatorLine(
        newSeq, level1, level2, level3, kind, unit, weight, target, actual, band, given, note);
  }

  /** The same qualitative indicator judged otherwise: a band and the score given. */
  public IndicatorLine withJudgement(QualitativeBand newBand, BigDecimal newGiven) {
    return new IndicatorLine(
        seq,
        level1,
        level2,
        level3,
        kind,
        unit,
        weight,
        target,
        actual,
        Optional.of(newBand),
        Optional.of(newGiven),
        note);
  }
}
