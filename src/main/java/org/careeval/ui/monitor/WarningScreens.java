package org.careeval.ui.monitor;

import org.careeval.ui.common.AreaScreen;
import org.careeval.ui.common.NavigationArea;
import org.careeval.ui.common.ScreenFactory;

/** The screen of warnings and their handling (issue 15). */
public final class WarningScreens {

  private WarningScreens() {}

  public static ScreenFactory warnings() {
    return ScreenFactory.of(
        NavigationArea.WARNINGS,
        c -> {
          WarningsViewModel viewModel =
              new WarningsViewModel(
                  c.services(), c.session(), c.executor(), c.dialogs(), c.messages());
          return new AreaScreen(
              c.loader().load(new WarningsView(viewModel, c.messages())), viewModel::load);
        });
  }
}
