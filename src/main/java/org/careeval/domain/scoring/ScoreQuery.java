package org.careeval.domain.scoring;

import java.time.Instant;
import java.util.Optional;

/**
 * An item of the score check the leader sent back to a member (87号令 Art 64), and the member's
 * answer: a corrected score, or — for a score far from the median only — a confirmation with the
 * reason. {@code criterion} is empty for a summing error.
 */
public record ScoreQuery(
    long id,
    long member,
    long bid,
    String criterion,
    ScoreCheck.Kind kind,
    String question,
    State state,
    String answer,
    String raisedBy,
    Instant raisedAt,
    Optional<Instant> answeredAt) {

  /** Where a query stands. */
  public enum State {
    OPEN("scoreQuery.state.open"),
    CORRECTED("scoreQuery.state.corrected"),
    CONFIRMED("scoreQuery.state.confirmed");

    private final String labelKey;

    State(String labelKey) {
      this.labelKey = labelKey;
    }

    public String labelKey() {
      return labelKey;
    }
  }

  public boolean open() {
    return state == State.OPEN;
  }

  /** True when the query answers the finding (same member, bid, criterion and reason). */
  public boolean answers(ScoreCheck.Finding finding) {
    return member == finding.member()
        && bid == finding.bid()
        && criterion.equals(finding.criterion())
        && kind == finding.kind();
  }
}
