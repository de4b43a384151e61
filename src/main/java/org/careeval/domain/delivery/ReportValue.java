package org.careeval.domain.delivery;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a period report says of one indicator: the actual value (quantitative) or the band
 * (qualitative), and a note — required where the actual is far above the target.
 */
public record ReportValue(
    int seq, Optional<BigDecimal> actual, Optional<QualitativeBand> band, String note) {}
