package org.careeval.domain.delivery;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Where one period of a contract stands for the missing-items view and {@code careeval delivery
 * status}. A report is due from the end of its period until the deadline (the end plus the
 * setting's days), late after it. Days late: for a report not (yet) in, today's distance past the
 * deadline; for one submitted or accepted, how late it was submitted; never negative. A period
 * still running with nothing submitted is not listed.
 */
public record DeliveryStatus(State state, long daysLate) {

  /** As scripts read it. */
  public enum State {
    DUE("due", "delivery.state.due"),
    LATE("late", "delivery.state.late"),
    SUBMITTED("submitted", "delivery.state.submitted"),
    RETURNED("returned", "delivery.state.returned"),
    ACCEPTED("accepted", "delivery.state.accepted");

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

    /** Something the officer or the organization still has to do. */
    public boolean missing() {
      return this == DUE || this == LATE || this == RETURNED;
    }
  }

  public static LocalDate deadline(Period period, int dueDays) {
    return period.end().plusDays(dueDays);
  }

  public static Optional<DeliveryStatus> of(
      Period period, Optional<PeriodReport> report, LocalDate today, int dueDays) {
    LocalDate deadline = deadline(period, dueDays);
    ReportState state = report.map(PeriodReport::state).orElse(ReportState.DRAFT);
    return switch (state) {
      case ACCEPTED -> Optional.of(submitted(State.ACCEPTED, report.get(), deadline));
      case SUBMITTED -> Optional.of(submitted(State.SUBMITTED, report.get(), deadline));
      case RETURNED -> Optional.of(new DeliveryStatus(State.RETURNED, late(deadline, today)));
      case DRAFT -> {
        if (!today.isAfter(period.end())) {
          yield Optional.empty();
        }
        yield Optional.of(
            today.isAfter(deadline)
                ? new DeliveryStatus(State.LATE, late(deadline, today))
                : new DeliveryStatus(State.DUE, 0));
      }
    };
  }

  private static DeliveryStatus submitted(State state, PeriodReport r, LocalDate deadline) {
    return new DeliveryStatus(state, r.submittedOn().map(on -> late(deadline, on)).orElse(0L));
  }

  private static long late(LocalDate deadline, LocalDate day) {
    return Math.max(0, ChronoUnit.DAYS.between(deadline, day));
  }
}
