package org.careeval.domain.organization;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A credit flag with where it was found. It is set while {@code removedOn} is empty or in the
 * future; lifting it records the removal date and keeps the history.
 */
public record CreditFlag(
    long id,
    CreditFlagType type,
    LocalDate listedOn,
    Optional<LocalDate> removedOn,
    String source,
    String note) {

  public boolean isSetOn(LocalDate day) {
    return !day.isBefore(listedOn) && removedOn.map(day::isBefore).orElse(true);
  }
}
