package org.careeval.ui.common;

import javafx.scene.Scene;

/** The application's style sheets: design tokens first, then the controls that use them. */
public final class Theme {

  private static final String[] STYLESHEETS = {
    "/org/careeval/ui/theme/tokens.css", "/org/careeval/ui/theme/base.css"
  };

  private Theme() {}

  /** Gives a scene (the main window's, or a test's single screen) the application's look. */
  public static void apply(Scene scene) {
    for (String sheet : STYLESHEETS) {
      scene.getStylesheets().add(Theme.class.getResource(sheet).toExternalForm());
    }
  }
}
