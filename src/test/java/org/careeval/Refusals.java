package org.careeval;

import org.careeval.domain.CareEvalException;

/** For tests of refusals: which message an action was refused with. */
public final class Refusals {

  private Refusals() {}

  /** The message key of the CareEvalException an action throws; fails if it throws none. */
  public static String keyOf(Runnable action) {
    try {
      action.run();
    } catch (CareEvalException e) {
      return e.messageKey();
    }
    throw new AssertionError("expected a CareEvalException");
  }
}
