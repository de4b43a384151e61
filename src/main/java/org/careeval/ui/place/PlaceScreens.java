package org.careeval.ui.place;

import org.careeval.ui.common.AreaScreen;
import org.careeval.ui.common.NavigationArea;
import org.careeval.ui.common.ScreenFactory;

/** The places screen (区划, issue 11). */
public final class PlaceScreens {

  private PlaceScreens() {}

  public static ScreenFactory places() {
    return ScreenFactory.of(
        NavigationArea.PLACES,
        c -> {
          PlacesViewModel places =
              new PlacesViewModel(
                  c.services().places(), c.session(), c.executor(), c.dialogs(), c.messages());
          return new AreaScreen(
              c.loader().load(new PlacesView(places, c.messages())), places::load);
        });
  }
}
