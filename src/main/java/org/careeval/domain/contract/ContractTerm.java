package org.careeval.domain.contract;

import java.time.LocalDate;
import java.util.Optional;
import org.careeval.domain.LocalizedText;

/**
 * A contract's term (102号令 Art 24): generally at most a year (the county's setting, 12 months by
 * default); up to 36 months only with a recorded multi-year justification; longer is refused. A
 * term of N months runs from its first day through the day before the same date N months later
 * (2027-01-01 to 2027-12-31 is 12 months).
 */
public final class ContractTerm {

  public static final int MAX_MONTHS = 36;

  private ContractTerm() {}

  /** What is wrong with the term; empty when it may be signed. */
  public static Optional<LocalizedText> problem(
      LocalDate start, LocalDate end, int usualMonths, String multiYearReason) {
    if (end.isBefore(start)) {
      return Optional.of(new LocalizedText("error.contract.termOrder"));
    }
    if (end.isAfter(lastDay(start, MAX_MONTHS))) {
      return Optional.of(new LocalizedText("error.contract.termTooLong", MAX_MONTHS));
    }
    if (end.isAfter(lastDay(start, usualMonths)) && multiYearReason.isBlank()) {
      return Optional.of(new LocalizedText("error.contract.multiYearReason", usualMonths));
    }
    return Optional.empty();
  }

  static LocalDate lastDay(LocalDate start, int months) {
    return start.plusMonths(months).minusDays(1);
  }
}
