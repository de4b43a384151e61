package org.careeval.ui.common;

/**
 * What the window's keyboard shortcuts do on a screen: Ctrl+F find, Ctrl+N new, Ctrl+S save, Esc
 * cancel. A screen names those it has; the others do nothing there.
 */
public record ScreenActions(Runnable find, Runnable create, Runnable save, Runnable cancel) {

  private static final Runnable NOTHING = () -> {};

  /** For screens without a search, a form or anything to cancel. */
  public static final ScreenActions NONE = new ScreenActions(NOTHING, NOTHING, NOTHING, NOTHING);
}
