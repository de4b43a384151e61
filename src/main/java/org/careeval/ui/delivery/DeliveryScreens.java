package org.careeval.ui.delivery;

import org.careeval.ui.common.AreaScreen;
import org.careeval.ui.common.NavigationArea;
import org.careeval.ui.common.ScreenFactory;

/** The screen of delivery and acceptance (issue 14). */
public final class DeliveryScreens {

  private DeliveryScreens() {}

  public static ScreenFactory delivery() {
    return ScreenFactory.of(
        NavigationArea.DELIVERY,
        c -> {
          DeliveryViewModel viewModel =
              new DeliveryViewModel(
                  c.services(), c.session(), c.executor(), c.dialogs(), c.messages());
          AcceptanceViewModel acceptance =
              new AcceptanceViewModel(
                  c.services(),
                  c.session(),
                  c.dialogs(),
                  c.messages(),
                  viewModel.tasks(),
                  viewModel.contractProperty());
          MandatoryReportsViewModel mandatory =
              new MandatoryReportsViewModel(
                  c.services(), c.session(), viewModel.tasks(), viewModel.contractProperty());
          return new AreaScreen(
              c.loader().load(new DeliveryView(viewModel, acceptance, mandatory, c.messages())),
              viewModel::load);
        });
  }
}
