package org.careeval.domain.rubric;

import java.math.BigDecimal;
import org.careeval.domain.procurement.ProcurementMethod;

/**
 * The evaluation settings stored with a rubric: the method (which fixes the price-point limits and
 * the tie-break chain, domain rules 2.4 and 2.7), the price factor's points, how members' scores
 * are combined, the decimals totals are rounded to (half up, 2.6), the small/micro-enterprise price
 * deduction (enterprises only, 2.9), the finance department's approval of an unusual price weight,
 * the low-price alert threshold (2.9) and, for tenders, whether a tie on total and price is broken
 * by the higher non-price score before it stands as 并列.
 */
public record RubricSettings(
    ProcurementMethod method,
    BigDecimal pricePoints,
    Aggregation aggregation,
    int decimals,
    BigDecimal smeDeductionPercent,
    String approvalReference,
    BigDecimal lowPriceAlertPercent,
    boolean technicalTieBreak) {

  public static final String METHOD = "method";
  public static final String PRICE_POINTS = ProcurementMethod.PRICE_POINTS;
  public static final String AGGREGATION = "aggregation";
  public static final String DECIMALS = "decimals";
  public static final String SME_DEDUCTION = "smeDeduction";
  public static final String APPROVAL_REFERENCE = "approvalReference";
  public static final String LOW_PRICE_ALERT = "lowPriceAlert";
  public static final String TIE_BREAK = "technicalTieBreak";

  public static final int DEFAULT_DECIMALS = 2;
  public static final int MAX_DECIMALS = 4;
  public static final BigDecimal DEFAULT_LOW_PRICE_ALERT = new BigDecimal("80");

  public RubricSettings {
    pricePoints = Points.normalize(pricePoints);
    smeDeductionPercent = Points.normalize(smeDeductionPercent);
    lowPriceAlertPercent = Points.normalize(lowPriceAlertPercent);
    approvalReference = approvalReference == null ? "" : approvalReference;
  }

  /** Defaults for a new rubric of a method: price 10 points for tenders, 20 for the rest. */
  public static RubricSettings defaults(ProcurementMethod method) {
    return new RubricSettings(
        method,
        method.tender() ? BigDecimal.TEN : new BigDecimal("20"),
        Aggregation.MEAN,
        DEFAULT_DECIMALS,
        BigDecimal.ZERO,
        "",
        DEFAULT_LOW_PRICE_ALERT,
        false);
  }

  /** The same settings with the workbook's values, keeping those the workbook does not hold. */
  public RubricSettings withWorkbookValues(
      ProcurementMethod method,
      BigDecimal pricePoints,
      Aggregation aggregation,
      int decimals,
      BigDecimal smeDeductionPercent,
      String approvalReference) {
    return new RubricSettings(
        method,
        pricePoints,
        aggregation,
        decimals,
        smeDeductionPercent,
        approvalReference,
        lowPriceAlertPercent,
        technicalTieBreak && method.tender());
  }
}
