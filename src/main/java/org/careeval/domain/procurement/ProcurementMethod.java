package org.careeval.domain.procurement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.Problem;

/**
 * How a project is bought (政府采购方式), with the limits on the price factor's points for services
 * (domain rules 2.4). Only tenders (综合评分法) and competitive consultation are scored against a
 * rubric; negotiation and quotation award the lowest price, single source has no competition, and
 * below-threshold purchases follow the county's own procedure.
 */
public enum ProcurementMethod {
  OPEN_TENDER("procurement.method.openTender", Scoring.TENDER, "公开招标", "Open tender"),
  INVITED_TENDER("procurement.method.invitedTender", Scoring.TENDER, "邀请招标", "Invited tender"),
  COMPETITIVE_CONSULTATION(
      "procurement.method.consultation", Scoring.CONSULTATION, "竞争性磋商", "Competitive consultation"),
  COMPETITIVE_NEGOTIATION(
      "procurement.method.negotiation", Scoring.NONE, "竞争性谈判", "Competitive negotiation"),
  REQUEST_FOR_QUOTATION(
      "procurement.method.quotation", Scoring.NONE, "询价", "Request for quotation"),
  SINGLE_SOURCE("procurement.method.singleSource", Scoring.NONE, "单一来源", "Single source"),
  BELOW_THRESHOLD(
      "procurement.method.belowThreshold", Scoring.NONE, "分散采购/自行采购", "Below threshold");

  /** The field key problems about the price factor's points carry. */
  public static final String PRICE_POINTS = "pricePoints";

  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal THIRTY = new BigDecimal("30");
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private enum Scoring {
    TENDER,
    CONSULTATION,
    NONE
  }

  private final String labelKey;
  private final Scoring scoring;
  private final String label;
  private final String englishLabel;

  ProcurementMethod(String labelKey, Scoring scoring, String label, String englishLabel) {
    this.labelKey = labelKey;
    this.scoring = scoring;
    this.label = label;
    this.englishLabel = englishLabel;
  }

  public String labelKey() {
    return labelKey;
  }

  /** The method's name in workbooks and on the command line (the rubric's 设置 sheet). */
  public String label() {
    return label;
  }

  /**
   * The method a cell names: its Chinese or English name; for below-threshold purchases either half
   * of 分散采购/自行采购 too.
   */
  public static Optional<ProcurementMethod> ofLabel(String text) {
    String wanted = text.strip();
    return java.util.Arrays.stream(values())
        .filter(
            m ->
                m.label.equals(wanted)
                    || m.englishLabel.equalsIgnoreCase(wanted)
                    || List.of(m.label.split("/")).contains(wanted))
        .findFirst();
  }

  /**
   * The fewest bids that must pass both reviews for the evaluation to go on (domain rules 2.1,
   * 2.8): three for tenders (政府采购法 Art 36), two for 磋商 of purchased services (财库〔2015〕124号);
   * methods not scored against a rubric have no such floor here (1).
   */
  public int minimumQualifiedBids() {
    return switch (scoring) {
      case TENDER -> 3;
      case CONSULTATION -> 2;
      case NONE -> 1;
    };
  }

  /** True for open and invited tenders (87号令), where an extra tie-break may be added. */
  public boolean tender() {
    return scoring == Scoring.TENDER;
  }

  /** True for 磋商 and 谈判, where the final quote (最后报价) is the price that is scored. */
  public boolean hasFinalQuote() {
    return this == COMPETITIVE_CONSULTATION || this == COMPETITIVE_NEGOTIATION;
  }

  /** True when bids are scored against a rubric with a price factor (综合评分). */
  public boolean scored() {
    return scoring != Scoring.NONE;
  }

  /**
   * What is wrong with the price factor's points for a services project: tenders need at least 10
   * (87号令 Art 55); consultation 10–30 (214号 Art 24) unless the finance department's approval is
   * recorded. Points are never below 0 or above the whole scale of 100.
   */
  public List<Problem> checkPricePoints(BigDecimal points, Optional<String> approvalReference) {
    if (points.signum() < 0 || points.compareTo(HUNDRED) > 0) {
      return refusal("error.pricePoints.range", points);
    }
    boolean approved = approvalReference.filter(text -> !text.isBlank()).isPresent();
    return switch (scoring) {
      case TENDER ->
          points.compareTo(TEN) < 0
              ? refusal("error.pricePoints.tenderMinimum", points)
              : List.of();
      case CONSULTATION ->
          approved || (points.compareTo(TEN) >= 0 && points.compareTo(THIRTY) <= 0)
              ? List.of()
              : refusal("error.pricePoints.consultationRange", points);
      case NONE -> List.of();
    };
  }

  /** Allowed but worth a second look: a tender weighting price above 30 points. */
  public Optional<LocalizedText> pricePointsWarning(BigDecimal points) {
    return scoring == Scoring.TENDER && points.compareTo(THIRTY) > 0
        ? Optional.of(
            new LocalizedText("warning.pricePoints.unusual", List.of(points.toPlainString())))
        : Optional.empty();
  }

  private static List<Problem> refusal(String key, BigDecimal points) {
    return List.of(
        new Problem(PRICE_POINTS, new LocalizedText(key, List.of(points.toPlainString()))));
  }
}
