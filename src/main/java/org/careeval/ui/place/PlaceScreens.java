package org.careeval.ui.place;

import org.careeval.ui.common.AreaScreen;
import org.careeval.ui.common.NavigationArea;
import org.careeval.ui.common.ScreenFactory;

/** The reference-data screens of issue 11: places (区划) and service categories (服务类别). */
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

  public static ScreenFactory categories() {
    return ScreenFactory.of(
        NavigationArea.CATEGORIES,
        c -> {
          CategoriesViewModel categories =
              new CategoriesViewModel(c.services().projects(), c.session(), c.executor());
          return new AreaScreen(
              c.loader().load(new CategoriesView(categories, c.messages())), categories::load);
        });
  }
}
