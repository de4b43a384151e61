package org.careeval.domain.scoring;

import java.time.Instant;
import java.util.Optional;

/**
 * A member of a project's panel: name, seat, whether they lead it (组长), the user account they score
 * with in the app (none when the panel works on paper-like sheets), and the two steps each member
 * takes — submitting their scores, then signing the checked result — and the pool's expert the seat
 * was drawn for, if it was drawn.
 */
public record PanelMember(
    long id,
    String name,
    PanelRole role,
    boolean leader,
    Optional<String> username,
    Optional<Instant> submittedAt,
    Optional<Instant> signedAt,
    Optional<Long> expertId) {

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
