package org.careeval.domain.scoring;

import java.math.BigDecimal;

/** A member's score of one criterion for one bid, with the comment they gave. */
public record GivenScore(BigDecimal points, String note) {}
