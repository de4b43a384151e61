package org.careeval.ui.common;

import javafx.scene.Parent;

/**
 * One navigation area's screen as built for a signed-in user: its view, what to read again whenever
 * the user comes back to it, and what to ask before the user leaves it.
 */
public record AreaScreen(Parent view, Runnable refresh, LeaveGuard guard) {

  /** A screen with nothing that could be lost by leaving it. */
  public AreaScreen(Parent view, Runnable refresh) {
    this(view, refresh, LeaveGuard.NONE);
  }
}
