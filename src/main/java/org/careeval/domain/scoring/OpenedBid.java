package org.careeval.domain.scoring;

import java.util.Optional;

/**
 * A bid as recorded for a project: its id, the offer with its overall outcome, each review's
 * outcome, and the register's organization it came from, if any.
 */
public record OpenedBid(
    long id, Bid bid, boolean qualified, boolean conforming, Optional<Long> organizationId) {}
