package org.careeval.domain.expert;

import java.time.LocalDate;
import java.util.Optional;

/** A blacklist entry: why, from when, until when (or open-ended), lifted early or not. */
public record Blacklisting(
    long id,
    String reason,
    LocalDate startsOn,
    Optional<LocalDate> endsOn,
    Optional<LocalDate> liftedOn) {

  /** In force from its first day through its last, unless lifted before {@code day}. */
  public boolean inForceOn(LocalDate day) {
    boolean started = !day.isBefore(startsOn);
    boolean notEnded = endsOn.map(end -> !day.isAfter(end)).orElse(true);
    boolean notLifted = liftedOn.map(lifted -> day.isBefore(lifted)).orElse(true);
    return started && notEnded && notLifted;
  }
}
