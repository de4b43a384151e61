package org.careeval.ui.records;

import org.careeval.ui.common.AreaScreen;
import org.careeval.ui.common.NavigationArea;
import org.careeval.ui.common.ScreenFactory;

/** The screen of service records and their balance (issue 15). */
public final class RecordsScreens {

  private RecordsScreens() {}

  public static ScreenFactory records() {
    return ScreenFactory.of(
        NavigationArea.RECORDS,
        c -> {
          RecordsViewModel viewModel =
              new RecordsViewModel(
                  c.services(), c.session(), c.executor(), c.dialogs(), c.messages());
          SpotCheckViewModel spotChecks =
              new SpotCheckViewModel(
                  c.services(),
                  c.session(),
                  c.dialogs(),
                  c.messages(),
                  viewModel.tasks(),
                  viewModel.scopeProperty());
          RecordGridViewModel grid =
              new RecordGridViewModel(
                  c.services(),
                  c.session(),
                  c.dialogs(),
                  c.messages(),
                  viewModel.tasks(),
                  viewModel.scopeProperty(),
                  viewModel.periodProperty(),
                  viewModel::refresh);
          return new AreaScreen(
              c.loader().load(new RecordsView(viewModel, grid, spotChecks, c.messages())),
              () -> {
                viewModel.load();
                grid.reload();
              },
              grid.unsavedChanges(),
              org.careeval.ui.common.ScreenActions.NONE);
        });
  }
}
