package org.careeval.ui.common;

/**
 * Asked before the officer leaves what a screen shows (another row, another area, sign-out, close)
 * so that no edit is lost without asking.
 */
@FunctionalInterface
public interface LeaveGuard {

  /** For screens without unsaved state. */
  LeaveGuard NONE = thenLeave -> true;

  /**
   * @param thenLeave leaves, when called later (after the changes were saved)
   * @return true when the caller may leave now; false when it must stay (the officer chose to keep
   *     editing, or {@code thenLeave} runs once the save has succeeded)
   */
  boolean mayLeave(Runnable thenLeave);
}
