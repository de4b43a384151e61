package org.careeval.domain.monitor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A warning (预警) and its handling: raised by a rule with a level for a cause (a stable text: the
 * same cause found again is the same warning), then handled — the officer's feedback, the
 * supervisor's review with the outcome, closing with a reason — with attachments along the way.
 * Never dropped: it stays open until closed, and a cause still found after closing raises it again
 * (linked to the one before).
 */
public record Warning(
    long id,
    WarningRule rule,
    WarningLevel level,
    Optional<Long> contractId,
    String cause,
    String detail,
    LocalDate raisedOn,
    State state,
    Optional<Long> previousId,
    List<Step> steps,
    int version) {

  /** Where the handling stands. */
  public enum State {
    OPEN("open", "warning.state.open"),
    FEEDBACK("feedback", "warning.state.feedback"),
    REVIEWED("reviewed", "warning.state.reviewed"),
    CLOSED("closed", "warning.state.closed");

    private final String code;
    private final String labelKey;

    State(String code, String labelKey) {
      this.code = code;
      this.labelKey = labelKey;
    }

    public String code() {
      return code;
    }

    public String labelKey() {
      return labelKey;
    }
  }

  /** One step of the handling. */
  public record Step(
      int seq, StepKind kind, String text, Optional<String> sha256, String by, Instant at) {}

  public enum StepKind {
    FEEDBACK,
    REVIEW,
    CLOSE,
    ATTACHMENT
  }

  public Warning {
    steps = List.copyOf(steps);
  }

  /** Days since it was raised. */
  public long ageOn(LocalDate today) {
    return java.time.temporal.ChronoUnit.DAYS.between(raisedOn, today);
  }

  /** The day it was closed, if it was. */
  public Optional<LocalDate> closedOn(java.time.ZoneId zone) {
    return steps.stream()
        .filter(s -> s.kind() == StepKind.CLOSE)
        .reduce((a, b) -> b)
        .map(s -> s.at().atZone(zone).toLocalDate());
  }
}
