package org.careeval.domain.scoring;

import java.time.Instant;
import java.util.Optional;

/**
 * A 复议 of a signed evaluation: the reason, who asked and when, the supervisor's decision, and once
 * approved the archived original — the hash of the signed result table and of the workbook of the
 * signed sheets — and, once the corrected result is finalized, its hash.
 */
public record ReReview(
    long id,
    String reason,
    String requestedBy,
    Instant requestedAt,
    State state,
    Optional<String> decidedBy,
    String decisionNote,
    Optional<String> originalSha256,
    Optional<String> archiveSha256,
    Optional<String> correctedSha256) {

  /** Asked, approved (scores reopened), rejected, or closed by the corrected result. */
  public enum State {
    REQUESTED("reReview.state.requested"),
    APPROVED("reReview.state.approved"),
    REJECTED("reReview.state.rejected"),
    CLOSED("reReview.state.closed");

    private final String labelKey;

    State(String labelKey) {
      this.labelKey = labelKey;
    }

    public String labelKey() {
      return labelKey;
    }
  }

  /** True while it waits for a decision or for the corrected result. */
  public boolean pending() {
    return state == State.REQUESTED || state == State.APPROVED;
  }
}
