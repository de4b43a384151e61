package org.careeval.domain;

/**
 * One thing wrong with a value a person typed or a cell held: which field (a stable key such as
 * {@code name}) and why, in words the user's language renders. Forms show it beside the field,
 * imports at the field's column, services refuse with it — the same rule, the same message.
 */
public record Problem(String field, LocalizedText reason) {

  public CareEvalException toException() {
    return new CareEvalException(reason.key(), reason.arguments().toArray());
  }

  /**
   * Refuses with the first of the problems a check found (a form saves one value at a time; an
   * import lists them all instead).
   *
   * @throws CareEvalException the first problem, if there is one
   */
  public static void refuseFirst(java.util.List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw problems.get(0).toException();
    }
  }
}
