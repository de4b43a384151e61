package org.careeval.ui.expert;

import org.careeval.ui.common.AreaScreen;
import org.careeval.ui.common.NavigationArea;
import org.careeval.ui.common.ScreenFactory;

/** The expert pool's screen (issue 13). */
public final class ExpertScreens {

  private ExpertScreens() {}

  public static ScreenFactory experts() {
    return ScreenFactory.of(
        NavigationArea.EXPERTS,
        c -> {
          ExpertsViewModel experts =
              new ExpertsViewModel(
                  c.services(), c.session(), c.executor(), c.dialogs(), c.messages());
          return new AreaScreen(
              c.loader().load(new ExpertsView(experts, c.messages())), experts::load);
        });
  }
}
