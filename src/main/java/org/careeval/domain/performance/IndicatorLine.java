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
    String note) {}
