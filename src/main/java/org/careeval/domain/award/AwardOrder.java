package org.careeval.domain.award;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.CareEvalException;

/**
 * The recommended order of the award (实施条例 Art 43, 49): the contract goes to the best-ranked
 * candidate who has not refused; when it refuses to sign, to the next one, or the project is
 * procured again. Candidates tied at the rank to be offered are not ordered by the rules (87号令 Art
 * 57 ends with 并列): the buyer names which one, by the tender document's tie-break.
 */
public final class AwardOrder {

  /** A ranked bid that may be offered the contract. */
  public record Candidate(
      long bidId,
      String organization,
      String uscc,
      Optional<Long> organizationId,
      int rank,
      BigDecimal amount) {}

  private AwardOrder() {}

  /**
   * The candidate to offer now.
   *
   * @param candidates in ranking order (excluded bids left out)
   * @param passedOver the bids already offered (refused)
   * @param chosen the bid the buyer names among candidates tied at the rank offered, if any
   * @return empty when no candidate is left: the project must be procured again
   */
  public static Optional<Candidate> next(
      List<Candidate> candidates, Set<Long> passedOver, Optional<Long> chosen) {
    List<Candidate> left =
        candidates.stream().filter(c -> !passedOver.contains(c.bidId())).toList();
    if (left.isEmpty()) {
      return Optional.empty();
    }
    int rank = left.get(0).rank();
    List<Candidate> tied = left.stream().filter(c -> c.rank() == rank).toList();
    if (chosen.isPresent()) {
      return Optional.of(
          tied.stream()
              .filter(c -> c.bidId() == chosen.get())
              .findFirst()
              .orElseThrow(
                  () ->
                      new CareEvalException(
                          "error.award.notNext", names(tied), Integer.toString(rank))));
    }
    if (tied.size() > 1) {
      throw new CareEvalException("error.award.tied", names(tied));
    }
    return Optional.of(tied.get(0));
  }

  private static String names(List<Candidate> tied) {
    return String.join("、", tied.stream().map(Candidate::organization).toList());
  }
}
