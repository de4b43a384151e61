package org.careeval.domain.award;

import java.math.BigDecimal;
import java.util.Optional;
import org.careeval.domain.project.ProjectStatus;

/**
 * A project an organization bid on, as its register page lists it: the project, the price offered
 * (the final quote of 磋商), whether the bid passed both reviews, its rank in the finalized result
 * (none before finalizing) and how the last offer of the contract to it ended, if one was made.
 */
public record BidRecord(
    long projectId,
    int fiscalYear,
    String project,
    ProjectStatus status,
    BigDecimal price,
    boolean passedReviews,
    Optional<Integer> rank,
    Optional<AwardOutcome> award) {}
