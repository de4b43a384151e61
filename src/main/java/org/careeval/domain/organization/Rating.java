package org.careeval.domain.organization;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.careeval.domain.CareEvalException;

/**
 * A rating as recorded from its certificate. Valid for 5 years from the grant date (Art 28):
 * granted 2021-06-15, it is valid through 2026-06-15 and expired from 2026-06-16 (domain rules
 * 6.6).
 */
public record Rating(
    RatingLevel level, String certificateNumber, String issuer, LocalDate grantedOn) {

  public static final int VALIDITY_YEARS = 5;

  /** A rating without its grant date has no validity period: it cannot exist. */
  public Rating {
    if (level == null) {
      throw new CareEvalException("error.org.ratingLevelMissing");
    }
    if (grantedOn == null) {
      throw new CareEvalException("error.org.ratingDateMissing");
    }
    certificateNumber = certificateNumber == null ? "" : certificateNumber;
    issuer = issuer == null ? "" : issuer;
  }

  public LocalDate expiresOn() {
    return grantedOn.plusYears(VALIDITY_YEARS);
  }

  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(grantedOn) && !day.isAfter(expiresOn());
  }

  /** The 3A+ priority of domain rules 2.10 applies only while the rating is valid. */
  public boolean givesPriorityOn(LocalDate day) {
    return isValidOn(day) && level.isAtLeast3A();
  }

  /** Valid on {@code day} but expiring within the given number of days (alerts: 90). */
  public boolean expiresWithin(LocalDate day, int days) {
    return isValidOn(day) && ChronoUnit.DAYS.between(day, expiresOn()) <= days;
  }
}
