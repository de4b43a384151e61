package org.careeval.domain.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One scored bid: the evaluated price (final quote for 磋商, after any SME deduction), the price
 * score and the non-price score at full precision, each criterion's combined score, the total
 * rounded by the rubric's policy, the rank (tied bids share it: 1, 2, 2, 4) and flags.
 */
public record RankedBid(
    Bid bid,
    BigDecimal evaluatedPrice,
    BigDecimal priceScore,
    BigDecimal nonPriceScore,
    Map<String, BigDecimal> criterionScores,
    BigDecimal total,
    int rank,
    boolean tie,
    List<Flag> flags) {

  /** What the committee must look at (domain rules 2.9, 2.7). */
  public enum Flag {
    /** Far below the other conforming bids: a written explanation and a recorded decision. */
    LOW_PRICE("low-price", "ranking.flag.lowPrice"),
    /** Tied under 磋商 after the final quote: the committee records the order (技术指标优劣). */
    COMMITTEE_ORDER("committee-order", "ranking.flag.committeeOrder"),
    /** The small/micro-enterprise price deduction was applied. */
    SME_DEDUCTION("sme-deduction", "ranking.flag.smeDeduction");

    private final String code;
    private final String labelKey;

    Flag(String code, String labelKey) {
      this.code = code;
      this.labelKey = labelKey;
    }

    /** In words, for the window and the workbooks. */
    public String labelKey() {
      return labelKey;
    }

    /** As scripts read it (`careeval project rank`). */
    public String code() {
      return code;
    }
  }

  public RankedBid {
    criterionScores = Map.copyOf(criterionScores);
    flags = List.copyOf(flags);
  }
}
