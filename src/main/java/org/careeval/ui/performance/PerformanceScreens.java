package org.careeval.ui.performance;

import org.careeval.ui.common.AreaScreen;
import org.careeval.ui.common.NavigationArea;
import org.careeval.ui.common.ScreenFactory;

/** The screen of periodic performance evaluations (issue 16). */
public final class PerformanceScreens {

  private PerformanceScreens() {}

  public static ScreenFactory performance() {
    return ScreenFactory.of(
        NavigationArea.PERFORMANCE,
        c -> {
          PerformanceViewModel viewModel =
              new PerformanceViewModel(
                  c.services(), c.session(), c.executor(), c.dialogs(), c.messages());
          return new AreaScreen(
              c.loader().load(new PerformanceView(viewModel, c.messages())), viewModel::load);
        });
  }
}
