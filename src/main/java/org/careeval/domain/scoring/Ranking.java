package org.careeval.domain.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.procurement.PriceScore;
import org.careeval.domain.procurement.ProcurementMethod;
import org.careeval.domain.rubric.Aggregation;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.rubric.RubricSettings;

/**
 * From reviewed bids and the members' scores to a ranking, exactly per domain rules 2.3–2.9: the
 * evaluated price (final quote for 磋商/谈判; the SME deduction only for an enterprise with a
 * declaration), the base price from the bids that passed both reviews only, the price score, each
 * criterion combined by the rubric's rule, totals at full precision rounded once by the rubric's
 * policy (half up), ranked on the rounded totals with the method's tie-break chain.
 */
public final class Ranking {

  /**
   * The ranking and the bids not scored; {@code tooFewBids} when fewer bids passed both reviews
   * than the method allows to go on — the procedure stops and the path is 废标 (rules 2.8).
   */
  public record Result(
      Optional<BigDecimal> basePrice,
      List<RankedBid> ranked,
      List<Bid> excluded,
      boolean tooFewBids) {}

  private static final MathContext PRECISION = MathContext.DECIMAL128;
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private final RubricSettings settings;
  private final List<Criterion> criteria;

  public Ranking(RubricSettings settings, List<Criterion> criteria) {
    this.settings = settings;
    this.criteria = List.copyOf(criteria);
  }

  /**
   * @param scores for each bid (by its position in {@code bids}), each member's score of each
   *     criterion by code; bids that failed a review need none
   */
  public Result rank(List<Bid> bids, Map<Integer, List<Map<String, BigDecimal>>> scores) {
    List<Integer> scored = new ArrayList<>();
    List<Bid> excluded = new ArrayList<>();
    for (int i = 0; i < bids.size(); i++) {
      if (bids.get(i).passedReviews()) {
        scored.add(i);
      } else {
        excluded.add(bids.get(i));
      }
    }
    if (scored.isEmpty()) {
      return new Result(Optional.empty(), List.of(), excluded, true);
    }
    Map<Integer, BigDecimal> prices = new LinkedHashMap<>();
    scored.forEach(i -> prices.put(i, evaluatedPrice(bids.get(i))));
    BigDecimal base = PriceScore.basePrice(prices.values());
    List<RankedBid> unranked = new ArrayList<>();
    for (int i : scored) {
      unranked.add(
          score(bids.get(i), prices.get(i), base, scores.getOrDefault(i, List.of()), prices));
    }
    boolean tooFew = scored.size() < settings.method().minimumQualifiedBids();
    return new Result(Optional.of(base), ranked(unranked), excluded, tooFew);
  }

  /** The price that is scored: final quote where the method has one, less any SME deduction. */
  public BigDecimal evaluatedPrice(Bid bid) {
    BigDecimal price = bid.quotedPrice();
    if (settings.method().hasFinalQuote()) {
      price =
          bid.finalQuote()
              .orElseThrow(
                  () ->
                      new CareEvalException("error.ranking.finalQuoteMissing", bid.organization()));
    }
    if (smeDeducted(bid)) {
      BigDecimal kept = HUNDRED.subtract(settings.smeDeductionPercent());
      price = price.multiply(kept).divide(HUNDRED, PRECISION);
    }
    return price;
  }

  private boolean smeDeducted(Bid bid) {
    return bid.smeDeclared() && bid.enterprise() && settings.smeDeductionPercent().signum() > 0;
  }

  private RankedBid score(
      Bid bid,
      BigDecimal price,
      BigDecimal base,
      List<Map<String, BigDecimal>> memberScores,
      Map<Integer, BigDecimal> allPrices) {
    Map<String, BigDecimal> combined = new LinkedHashMap<>();
    BigDecimal nonPrice = BigDecimal.ZERO;
    for (Criterion criterion : criteria) {
      List<BigDecimal> given =
          memberScores.stream().map(m -> m.get(criterion.code())).filter(s -> s != null).toList();
      if (given.size() != memberScores.size() || given.isEmpty()) {
        throw new CareEvalException(
            "error.ranking.scoreMissing", bid.organization(), criterion.code());
      }
      BigDecimal value = combine(given);
      combined.put(criterion.code(), value);
      nonPrice = nonPrice.add(value);
    }
    BigDecimal priceScore = PriceScore.of(base, price, settings.pricePoints());
    BigDecimal total = nonPrice.add(priceScore).setScale(settings.decimals(), RoundingMode.HALF_UP);
    EnumSet<RankedBid.Flag> flags = EnumSet.noneOf(RankedBid.Flag.class);
    if (smeDeducted(bid)) {
      flags.add(RankedBid.Flag.SME_DEDUCTION);
    }
    if (lowPrice(price, allPrices)) {
      flags.add(RankedBid.Flag.LOW_PRICE);
    }
    return new RankedBid(
        bid, price, priceScore, nonPrice, combined, total, 0, false, List.copyOf(flags));
  }

  /** The members' scores of one criterion combined by the rubric's rule (domain rules 2.5). */
  BigDecimal combine(List<BigDecimal> given) {
    List<BigDecimal> counted = new ArrayList<>(given);
    if (settings.aggregation() == Aggregation.DROP_HIGHEST_AND_LOWEST
        && given.size() >= Aggregation.MIN_MEMBERS_TO_DROP) {
      counted.sort(Comparator.naturalOrder());
      counted = counted.subList(1, counted.size() - 1);
    }
    BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(counted.size()), PRECISION);
  }

  /** Below the alert share of the mean of the other conforming bids' prices (rules 2.9). */
  private boolean lowPrice(BigDecimal price, Map<Integer, BigDecimal> allPrices) {
    List<BigDecimal> others = new ArrayList<>(allPrices.values());
    others.remove(price);
    if (others.isEmpty()) {
      return false;
    }
    BigDecimal mean =
        others.stream()
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(BigDecimal.valueOf(others.size()), PRECISION);
    BigDecimal threshold =
        mean.multiply(settings.lowPriceAlertPercent()).divide(HUNDRED, PRECISION);
    return price.compareTo(threshold) < 0;
  }

  /** Sorted by the method's chain (rules 2.7); equal bids share a rank and are marked 并列. */
  private List<RankedBid> ranked(List<RankedBid> bids) {
    Comparator<RankedBid> order = chain();
    List<RankedBid> sorted = new ArrayList<>(bids);
    sorted.sort(order);
    List<RankedBid> ranked = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      RankedBid b = sorted.get(i);
      boolean tiedAbove = i > 0 && order.compare(sorted.get(i - 1), b) == 0;
      boolean tiedBelow = i + 1 < sorted.size() && order.compare(b, sorted.get(i + 1)) == 0;
      int rank = tiedAbove ? ranked.get(i - 1).rank() : i + 1;
      List<RankedBid.Flag> flags = new ArrayList<>(b.flags());
      boolean tie = tiedAbove || tiedBelow;
      if (tie && settings.method() == ProcurementMethod.COMPETITIVE_CONSULTATION) {
        flags.add(RankedBid.Flag.COMMITTEE_ORDER);
      }
      ranked.add(
          new RankedBid(
              b.bid(),
              b.evaluatedPrice(),
              b.priceScore(),
              b.nonPriceScore(),
              b.criterionScores(),
              b.total(),
              rank,
              tie,
              flags));
    }
    return ranked;
  }

  /**
   * Tenders (87号令 Art 57): total high to low, then the price low to high, then — where the tender
   * documents add it — the non-price score high to low. 磋商 (214号 Art 25): total, then the final
   * quote low to high, then the technical (non-price) score. What is still equal is 并列.
   */
  private Comparator<RankedBid> chain() {
    Comparator<RankedBid> order =
        Comparator.comparing(RankedBid::total, Comparator.reverseOrder())
            .thenComparing(RankedBid::evaluatedPrice);
    boolean technical =
        settings.method() == ProcurementMethod.COMPETITIVE_CONSULTATION
            || settings.method().tender() && settings.technicalTieBreak();
    return technical
        ? order.thenComparing(RankedBid::nonPriceScore, Comparator.reverseOrder())
        : order;
  }
}
