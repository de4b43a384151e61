package org.careeval.domain.scoring;

import java.time.Instant;
import java.util.Optional;

/**
 * A member of a project's panel: name, seat, whether they lead it (组长), the user account they score
 * with in the app (none when the panel works on paper-like sheets), and the two steps each member
 * takes — submitting their scores, then signing the checked result — and the pool's expert the seat
 * was drawn for, if it was drawn; when the member declared at sign-in that they have no tie to any
 * bidder, and a supervisor's recorded reason for keeping a member whose matched tie does not
 * disqualify.
 */
public record PanelMember(
    long id,
    String name,
    PanelRole role,
    boolean leader,
    Optional<String> username,
    Optional<Instant> submittedAt,
    Optional<Instant> signedAt,
    Optional<Long> expertId,
    Optional<Instant> declaredAt,
    String tieDecision) {

  /** A seat newly taken: nothing submitted, signed or declared yet. */
  public static PanelMember seated(long id, MemberDraft draft, Optional<Long> expertId) {
    return new PanelMember(
        id,
        draft.name(),
        draft.role(),
        draft.leader(),
        draft.username(),
        Optional.empty(),
        Optional.empty(),
        expertId,
        Optional.empty(),
        "");
  }

  /** True once the member signed the declaration of no tie to any bidder of the project. */
  public boolean declared() {
    return declaredAt.isPresent();
  }

  /** True when a supervisor decided that a matched tie does not disqualify the member. */
  public boolean keptDespiteTie() {
    return !tieDecision.isEmpty();
  }

  public boolean submitted() {
    return submittedAt.isPresent();
  }

  public boolean signed() {
    return signedAt.isPresent();
  }

  /** The member as the panel form holds it. */
  public MemberDraft draft() {
    return new MemberDraft(name, role, leader, username);
  }
}
