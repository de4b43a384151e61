package org.careeval.ui.shell;

/**
 * The areas of the main window's navigation, in display order. An area is listed here only once it
 * is built: unfinished areas are not shown as empty placeholders.
 */
public enum NavigationArea {
  OVERVIEW("nav.overview"),
  ADMINISTRATION("nav.administration");

  private final String labelKey;

  NavigationArea(String labelKey) {
    this.labelKey = labelKey;
  }

  public String labelKey() {
    return labelKey;
  }
}
