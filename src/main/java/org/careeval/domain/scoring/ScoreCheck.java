package org.careeval.domain.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.rubric.CriterionKind;

/**
 * The score check before signing (87号令 Art 64, domain rules 2.5): the four reasons a result may
 * change — a summing error, a score outside the criterion's range (or missing), members disagreeing
 * on an objective criterion, a score abnormally far from the panel's median. Members and bids are
 * named by their ids; scores are by member, by bid, by criterion code.
 */
public final class ScoreCheck {

  /** Why an item is listed; all but {@link #FAR_FROM_MEDIAN} must be corrected before signing. */
  public enum Kind {
    SUM_ERROR("scoreCheck.kind.sumError", true),
    OUT_OF_RANGE("scoreCheck.kind.outOfRange", true),
    MISSING("scoreCheck.kind.missing", true),
    OBJECTIVE_UNEQUAL("scoreCheck.kind.objectiveUnequal", true),
    FAR_FROM_MEDIAN("scoreCheck.kind.farFromMedian", false);

    private final String labelKey;
    private final boolean mustCorrect;

    Kind(String labelKey, boolean mustCorrect) {
      this.labelKey = labelKey;
      this.mustCorrect = mustCorrect;
    }

    public String labelKey() {
      return labelKey;
    }

    /** True when only a corrected score clears it; false when the member may confirm instead. */
    public boolean mustCorrect() {
      return mustCorrect;
    }
  }

  /**
   * One listed item. {@code criterion} is empty for a summing error; {@code reference} is what the
   * score is held against: the computed sum, the maximum, the most common objective score (when
   * there is one) or the median.
   */
  public record Finding(
      Kind kind,
      long member,
      long bid,
      String criterion,
      Optional<BigDecimal> given,
      Optional<BigDecimal> reference) {}

  /** Scores are compared with the median only from this many members (with two, both are far). */
  public static final int MIN_MEMBERS_FOR_MEDIAN = 3;

  private static final BigDecimal HUNDRED = new BigDecimal("100");
  private static final BigDecimal TWO = new BigDecimal("2");

  private final List<Criterion> criteria;
  private final BigDecimal deviationPercent;

  /**
   * @param deviationPercent how far from the median, as a share of the criterion's maximum, a score
   *     is listed as abnormal (a county setting; no legal value exists)
   */
  public ScoreCheck(List<Criterion> criteria, BigDecimal deviationPercent) {
    this.criteria = List.copyOf(criteria);
    this.deviationPercent = deviationPercent;
  }

  /**
   * @param members the panel's member ids in order
   * @param bids the ids of the bids that are scored (passed both reviews)
   * @param scores by member, by bid, by criterion code
   * @param statedTotals totals members wrote on offline sheets, by member, by bid
   */
  public List<Finding> run(
      List<Long> members,
      List<Long> bids,
      Map<Long, Map<Long, Map<String, BigDecimal>>> scores,
      Map<Long, Map<Long, BigDecimal>> statedTotals) {
    List<Finding> findings = new ArrayList<>();
    for (long bid : bids) {
      for (long member : members) {
        Map<String, BigDecimal> given = of(scores, member, bid);
        rangeAndPresence(findings, member, bid, given);
        Optional.ofNullable(statedTotals.getOrDefault(member, Map.of()).get(bid))
            .ifPresent(stated -> sum(findings, member, bid, given, stated));
      }
      for (Criterion criterion : criteria) {
        Map<Long, BigDecimal> byMember = new HashMap<>();
        for (long member : members) {
          BigDecimal value = of(scores, member, bid).get(criterion.code());
          if (value != null) {
            byMember.put(member, value);
          }
        }
        if (criterion.kind() == CriterionKind.OBJECTIVE) {
          objective(findings, members, bid, criterion, byMember);
        } else if (byMember.size() >= MIN_MEMBERS_FOR_MEDIAN) {
          median(findings, members, bid, criterion, byMember);
        }
      }
    }
    return findings;
  }

  private static Map<String, BigDecimal> of(
      Map<Long, Map<Long, Map<String, BigDecimal>>> scores, long member, long bid) {
    return scores.getOrDefault(member, Map.of()).getOrDefault(bid, Map.of());
  }

  private void rangeAndPresence(
      List<Finding> findings, long member, long bid, Map<String, BigDecimal> given) {
    for (Criterion criterion : criteria) {
      BigDecimal value = given.get(criterion.code());
      if (value == null) {
        findings.add(
            new Finding(
                Kind.MISSING, member, bid, criterion.code(), Optional.empty(), Optional.empty()));
      } else if (value.signum() < 0 || value.compareTo(criterion.maxPoints()) > 0) {
        findings.add(
            new Finding(
                Kind.OUT_OF_RANGE,
                member,
                bid,
                criterion.code(),
                Optional.of(value),
                Optional.of(criterion.maxPoints())));
      }
    }
  }

  private void sum(
      List<Finding> findings,
      long member,
      long bid,
      Map<String, BigDecimal> given,
      BigDecimal stated) {
    BigDecimal computed =
        criteria.stream()
            .map(c -> given.getOrDefault(c.code(), BigDecimal.ZERO))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (computed.compareTo(stated) != 0) {
      findings.add(
          new Finding(Kind.SUM_ERROR, member, bid, "", Optional.of(stated), Optional.of(computed)));
    }
  }

  /** Every member whose objective score is not the panel's most common one is listed. */
  private static void objective(
      List<Finding> findings,
      List<Long> members,
      long bid,
      Criterion criterion,
      Map<Long, BigDecimal> byMember) {
    if (byMember.values().stream().map(BigDecimal::stripTrailingZeros).distinct().count() < 2) {
      return;
    }
    Optional<BigDecimal> agreed = mostCommon(byMember.values());
    for (long member : members) {
      BigDecimal value = byMember.get(member);
      if (value != null && (agreed.isEmpty() || value.compareTo(agreed.get()) != 0)) {
        findings.add(
            new Finding(
                Kind.OBJECTIVE_UNEQUAL, member, bid, criterion.code(), Optional.of(value), agreed));
      }
    }
  }

  /** The one value given most often, or empty when two values share the highest count. */
  static Optional<BigDecimal> mostCommon(java.util.Collection<BigDecimal> values) {
    Map<BigDecimal, Integer> counts = new HashMap<>();
    values.forEach(v -> counts.merge(v.stripTrailingZeros(), 1, Integer::sum));
    int top = counts.values().stream().max(Integer::compare).orElse(0);
    List<BigDecimal> leaders =
        counts.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
    return leaders.size() == 1 ? Optional.of(leaders.get(0)) : Optional.empty();
  }

  private void median(
      List<Finding> findings,
      List<Long> members,
      long bid,
      Criterion criterion,
      Map<Long, BigDecimal> byMember) {
    BigDecimal median = median(byMember.values());
    BigDecimal allowed =
        criterion.maxPoints().multiply(deviationPercent).divide(HUNDRED, MathContext.DECIMAL128);
    for (long member : members) {
      BigDecimal value = byMember.get(member);
      if (value != null && value.subtract(median).abs().compareTo(allowed) > 0) {
        findings.add(
            new Finding(
                Kind.FAR_FROM_MEDIAN,
                member,
                bid,
                criterion.code(),
                Optional.of(value),
                Optional.of(median)));
      }
    }
  }

  static BigDecimal median(java.util.Collection<BigDecimal> values) {
    List<BigDecimal> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1
        ? sorted.get(n / 2)
        : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(TWO, MathContext.DECIMAL128);
  }
}
