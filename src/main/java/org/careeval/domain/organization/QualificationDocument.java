package org.careeval.domain.organization;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A qualification document (资质证照) as recorded from the paper: type, number, issuer and validity.
 * {@code validTo} empty means valid without end date (长期).
 *
 * @param scanName the file name of the attached scan, if any
 */
public record QualificationDocument(
    long id,
    DocumentType type,
    String number,
    String issuer,
    LocalDate validFrom,
    Optional<LocalDate> validTo,
    Optional<String> scanName) {

  /** A document expiring within this many days raises an alert. */
  public static final int WARNING_DAYS = 30;

  public boolean isExpiredOn(LocalDate day) {
    return validTo.map(day::isAfter).orElse(false);
  }

  /** Still valid on {@code day} but ending within {@link #WARNING_DAYS}. */
  public boolean isExpiringOn(LocalDate day) {
    return validTo
        .map(end -> !day.isAfter(end) && ChronoUnit.DAYS.between(day, end) <= WARNING_DAYS)
        .orElse(false);
  }
}
