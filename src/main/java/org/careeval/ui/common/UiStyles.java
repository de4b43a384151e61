package org.careeval.ui.common;

/** Style class names shared by views and the theme's CSS files. */
public final class UiStyles {
  public static final String DIALOG = "app-dialog";
  public static final String DIALOG_MESSAGE = "dialog-message";
  public static final String KEY_VALUE_GRID = "key-value-grid";
  public static final String NAV_BUTTON = "nav-button";
  public static final String FORM_HOLDER = "form-holder";
  public static final String FORM_SCROLL = "form-scroll";

  private UiStyles() {}
}
