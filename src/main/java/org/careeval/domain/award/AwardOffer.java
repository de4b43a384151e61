package org.careeval.domain.award;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One offer of the contract: the n-th in the project's award history, to which bid and
 * organization, its rank in the finalized result, the amount (the bid's price, or the final quote
 * of 磋商), the buyer named in the notice, who offered it and when, and how it ended.
 */
public record AwardOffer(
    int seq,
    long bidId,
    String organization,
    long organizationId,
    int rank,
    BigDecimal amount,
    String buyer,
    String offeredBy,
    Instant offeredAt,
    AwardOutcome outcome,
    String reason) {

  public boolean open() {
    return outcome == AwardOutcome.OFFERED;
  }
}
