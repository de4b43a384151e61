package org.careeval.domain.expert;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.organization.OrganizationNames;

/**
 * Conflict of interest as a mechanism (issue 13): an expert's employer and declared ties matched
 * against every bidder — by code when both have one, else by the register's name rules (the same
 * key and "very similar" test that warns of duplicate registrations).
 */
public final class Conflicts {

  /** A bidder as the check sees it. */
  public record Bidder(String name, String uscc) {}

  /** A match: which bidder, through which tie (the employer counts as a tie of kind EMPLOYER). */
  public record Conflict(Bidder bidder, ExpertTie tie, boolean byCode) {}

  private Conflicts() {}

  public static List<Conflict> of(Expert expert, List<Bidder> bidders) {
    List<ExpertTie> ties = new ArrayList<>(expert.ties());
    if (!expert.draft().employer().isEmpty() || expert.draft().employerUscc().isPresent()) {
      ties.add(
          new ExpertTie(
              ExpertTie.Kind.EMPLOYER, expert.draft().employer(), expert.draft().employerUscc()));
    }
    List<Conflict> conflicts = new ArrayList<>();
    for (Bidder bidder : bidders) {
      for (ExpertTie tie : ties) {
        match(bidder, tie).ifPresent(conflicts::add);
      }
    }
    return conflicts;
  }

  private static Optional<Conflict> match(Bidder bidder, ExpertTie tie) {
    if (tie.uscc().isPresent() && tie.uscc().get().equals(bidder.uscc())) {
      return Optional.of(new Conflict(bidder, tie, true));
    }
    if (tie.organization().isEmpty()) {
      return Optional.empty();
    }
    String a = OrganizationNames.key(tie.organization());
    String b = OrganizationNames.key(bidder.name());
    return a.equals(b) || OrganizationNames.verySimilar(a, b)
        ? Optional.of(new Conflict(bidder, tie, false))
        : Optional.empty();
  }
}
