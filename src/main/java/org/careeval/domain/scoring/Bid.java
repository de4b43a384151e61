package org.careeval.domain.scoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An offer as the ranking sees it: who, the quoted price, the final quote of 磋商/谈判, whether a
 * small/micro-enterprise declaration came with it, and the outcome of both reviews (only a bid that
 * passed both is scored and can set the base price, domain rules 2.2) with the reason of a fail.
 */
public record Bid(
    String organization,
    String uscc,
    BigDecimal quotedPrice,
    Optional<BigDecimal> finalQuote,
    boolean smeDeclared,
    boolean passedReviews,
    String failReason) {

  /** True for an enterprise (USCC category 9x): only enterprises may claim the SME deduction. */
  public boolean enterprise() {
    return uscc.startsWith("9");
  }
}
