package org.careeval.ui.common;

import javafx.scene.Parent;

/**
 * One navigation area's screen as built for a signed-in user: its view, what to read again whenever
 * the user comes back to it, what to ask before the user leaves it, and what the keyboard shortcuts
 * do on it.
 */
public record AreaScreen(Parent view, Runnable refresh, LeaveGuard guard, ScreenActions actions) {

  /** A screen with nothing that could be lost by leaving it and no shortcuts of its own. */
  public AreaScreen(Parent view, Runnable refresh) {
    this(view, refresh, LeaveGuard.NONE, ScreenActions.NONE);
  }
}
