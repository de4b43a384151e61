package org.careeval.ui.contract;

import org.careeval.ui.common.AreaScreen;
import org.careeval.ui.common.NavigationArea;
import org.careeval.ui.common.ScreenFactory;

/** The screen of contracts and installments (issue 14). */
public final class ContractScreens {

  private ContractScreens() {}

  public static ScreenFactory contracts() {
    return ScreenFactory.of(
        NavigationArea.CONTRACTS,
        c -> {
          ContractsViewModel viewModel =
              new ContractsViewModel(
                  c.services(), c.session(), c.executor(), c.dialogs(), c.messages());
          return new AreaScreen(
              c.loader().load(new ContractsView(viewModel, c.messages())), viewModel::load);
        });
  }
}
