package org.careeval.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.rubric.Aggregation;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.rubric.RubricSettings;

/**
 * The sensitivity check before finalizing (product anchors §5): the ranking under the other
 * aggregation rule and without each member in turn, beside the ranking as computed, with a warning
 * where the first place would change. It changes nothing; it shows how much the result rests on one
 * rule or one person.
 */
public final class Sensitivity {

  /** What a scenario is: the result as computed, the other rule, or one member left out. */
  public enum Kind {
    AS_COMPUTED,
    OTHER_AGGREGATION,
    WITHOUT_MEMBER
  }

  /**
   * One scenario: {@code member} is the index of the member left out (for {@link
   * Kind#WITHOUT_MEMBER}); {@code firstPlaceChanges} when its first place (all bids ranked 1) is
   * not the computed one's.
   */
  public record Scenario(
      Kind kind,
      Optional<Integer> member,
      Optional<Aggregation> aggregation,
      Ranking.Result result,
      boolean firstPlaceChanges) {}

  private final RubricSettings settings;
  private final List<Criterion> criteria;

  public Sensitivity(RubricSettings settings, List<Criterion> criteria) {
    this.settings = settings;
    this.criteria = List.copyOf(criteria);
  }

  /**
   * @param scores as for {@link Ranking#rank}: per bid index, each member's scores in panel order
   */
  public List<Scenario> run(List<Bid> bids, Map<Integer, List<Map<String, BigDecimal>>> scores) {
    Ranking.Result computed = new Ranking(settings, criteria).rank(bids, scores);
    List<String> first = first(computed);
    List<Scenario> scenarios = new ArrayList<>();
    scenarios.add(
        new Scenario(
            Kind.AS_COMPUTED,
            Optional.empty(),
            Optional.of(settings.aggregation()),
            computed,
            false));
    Aggregation other =
        settings.aggregation() == Aggregation.MEAN
            ? Aggregation.DROP_HIGHEST_AND_LOWEST
            : Aggregation.MEAN;
    Ranking.Result otherRule = new Ranking(with(other), criteria).rank(bids, scores);
    scenarios.add(
        new Scenario(
            Kind.OTHER_AGGREGATION,
            Optional.empty(),
            Optional.of(other),
            otherRule,
            !first(otherRule).equals(first)));
    int members = scores.values().stream().mapToInt(List::size).max().orElse(0);
    if (members > 1) {
      for (int m = 0; m < members; m++) {
        Ranking.Result without = new Ranking(settings, criteria).rank(bids, leaveOut(scores, m));
        scenarios.add(
            new Scenario(
                Kind.WITHOUT_MEMBER,
                Optional.of(m),
                Optional.of(settings.aggregation()),
                without,
                !first(without).equals(first)));
      }
    }
    return scenarios;
  }

  private RubricSettings with(Aggregation aggregation) {
    return new RubricSettings(
        settings.method(),
        settings.pricePoints(),
        aggregation,
        settings.decimals(),
        settings.smeDeductionPercent(),
        settings.approvalReference(),
        settings.lowPriceAlertPercent(),
        settings.technicalTieBreak());
  }

  private static Map<Integer, List<Map<String, BigDecimal>>> leaveOut(
      Map<Integer, List<Map<String, BigDecimal>>> scores, int member) {
    Map<Integer, List<Map<String, BigDecimal>>> without = new HashMap<>();
    scores.forEach(
        (bid, members) -> {
          List<Map<String, BigDecimal>> kept = new ArrayList<>(members);
          if (member < kept.size()) {
            kept.remove(member);
          }
          without.put(bid, kept);
        });
    return without;
  }

  /** The codes of the bids ranked first (several when they are 并列). */
  private static List<String> first(Ranking.Result result) {
    return result.ranked().stream()
        .filter(r -> r.rank() == 1)
        .map(r -> r.bid().uscc())
        .sorted()
        .toList();
  }
}
