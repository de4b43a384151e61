package org.careeval.ui.common;

import java.util.function.Function;

/**
 * Builds the screen of one navigation area. Each capability's UI package provides its factories;
 * the shell's registry lists them, so the main window knows no individual screen (issue 9, §7).
 */
public interface ScreenFactory {

  NavigationArea area();

  /** Called once per signed-in user (and again after a language change). */
  AreaScreen create(ScreenContext context);

  static ScreenFactory of(NavigationArea area, Function<ScreenContext, AreaScreen> build) {
    return new ScreenFactory() {
      @Override
      public NavigationArea area() {
        return area;
      }

      @Override
      public AreaScreen create(ScreenContext context) {
        return build.apply(context);
      }
    };
  }
}
