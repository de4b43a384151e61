package org.careeval.domain.expert;

import java.time.LocalDate;
import java.util.List;

/**
 * An expert's credit record: the panels they sat on (leader or not, signed or not), their answers
 * when drawn (declined, 回避), the scores they corrected after the score check, and the events the
 * officer recorded (late, absent).
 */
public record CreditRecord(
    List<Seat> panels, List<Answer> answers, int corrections, List<Event> events) {

  /** A panel sat on. */
  public record Seat(
      long projectId, int fiscalYear, String project, boolean leader, boolean signed) {}

  /** An answer to a draw that took the expert off the panel. */
  public record Answer(String project, DrawResponse response, String reason) {}

  /** What the officer recorded: lateness or absence at an evaluation. */
  public enum Kind {
    LATE("credit.kind.late"),
    ABSENT("credit.kind.absent");

    private final String labelKey;

    Kind(String labelKey) {
      this.labelKey = labelKey;
    }

    public String labelKey() {
      return labelKey;
    }
  }

  /** A recorded event, with the project it happened at, if any. */
  public record Event(Kind kind, LocalDate date, String project, String note, String recordedBy) {}

  public CreditRecord {
    panels = List.copyOf(panels);
    answers = List.copyOf(answers);
    events = List.copyOf(events);
  }

  public long count(Kind kind) {
    return events.stream().filter(e -> e.kind() == kind).count();
  }

  public long count(DrawResponse response) {
    return answers.stream().filter(a -> a.response() == response).count();
  }
}
