package org.careeval.domain.procurement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import org.careeval.domain.CareEvalException;

/**
 * The price score by 低价优先法 (87号令 Art 55, domain rules 2.3): the lowest price among the bids that
 * passed qualification and conformity review is the base and gets the full price points; every
 * other bid gets base / bid × points. Computed at full precision: rounding happens only where the
 * project's rounding policy says (rules 2.6), never here.
 */
public final class PriceScore {

  /** Far more digits than any published score needs, so only the policy's rounding shows. */
  private static final MathContext PRECISION = MathContext.DECIMAL128;

  private PriceScore() {}

  /**
   * The base price: the lowest of the conforming bids' prices (for 磋商 their final quotes; after any
   * SME deduction, the deducted prices). Never the price of a rejected bid.
   */
  public static BigDecimal basePrice(Collection<BigDecimal> conformingPrices) {
    conformingPrices.forEach(PriceScore::refuseNonPositive);
    return conformingPrices.stream()
        .min(BigDecimal::compareTo)
        .orElseThrow(() -> new CareEvalException("error.price.noConformingBid"));
  }

  /** base / price × points, at full precision. */
  public static BigDecimal of(BigDecimal base, BigDecimal price, BigDecimal points) {
    refuseNonPositive(base);
    refuseNonPositive(price);
    return base.multiply(points).divide(price, PRECISION);
  }

  private static void refuseNonPositive(BigDecimal price) {
    if (price.signum() <= 0) {
      throw new CareEvalException("error.price.notPositive", price.toPlainString());
    }
  }
}
