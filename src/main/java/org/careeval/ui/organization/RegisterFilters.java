package org.careeval.ui.organization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.careeval.domain.organization.OrganizationAlert;
import org.careeval.domain.organization.RatingLevel;
import org.careeval.domain.organization.RegisterQuery;
import org.careeval.domain.organization.UsccCategory;
import org.careeval.service.i18n.Messages;

/**
 * The filter bar above the register list: type, rating, town, status and alert, each with an "all"
 * choice first, and the count of lines shown.
 */
final class RegisterFilters {

  /** The bar's controls as the FXML declares them. */
  record Controls(
      ComboBox<UsccCategory> category,
      ComboBox<RegisterQuery.RatingChoice> rating,
      ComboBox<String> town,
      ComboBox<RegisterQuery.Status> status,
      ComboBox<RegisterQuery.AlertChoice> alert,
      Label count) {}

  private RegisterFilters() {}

  static void bind(OrganizationRegistryViewModel viewModel, Messages messages, Controls c) {
    // only the kinds of organization the register holds, not all of GB 32100
    setUp(
        c.category(),
        withAll(viewModel.categories()),
        k -> k == null ? messages.get("organization.filter.allTypes") : messages.get(k.labelKey()));
    viewModel
        .categories()
        .addListener(
            (ListChangeListener<UsccCategory>)
                change -> c.category().getItems().setAll(withAll(viewModel.categories())));
    c.category().valueProperty().bindBidirectional(viewModel.categoryFilterProperty());
    List<RegisterQuery.RatingChoice> ratings =
        new ArrayList<>(
            List.of(RegisterQuery.RatingChoice.ANY, RegisterQuery.RatingChoice.UNRATED));
    Arrays.stream(RatingLevel.values()).map(RegisterQuery.RatingChoice::of).forEach(ratings::add);
    setUp(c.rating(), ratings, r -> ratingLabel(r, messages));
    c.rating().valueProperty().bindBidirectional(viewModel.ratingFilterProperty());
    setUp(
        c.town(),
        withAll(viewModel.towns()),
        t -> t == null ? messages.get("organization.filter.allTowns") : t);
    viewModel
        .towns()
        .addListener(
            (ListChangeListener<String>)
                change -> c.town().getItems().setAll(withAll(viewModel.towns())));
    c.town().valueProperty().bindBidirectional(viewModel.townFilterProperty());
    setUp(c.status(), Arrays.asList(RegisterQuery.Status.values()), s -> statusLabel(s, messages));
    c.status().valueProperty().bindBidirectional(viewModel.statusFilterProperty());
    List<RegisterQuery.AlertChoice> alerts =
        new ArrayList<>(List.of(RegisterQuery.AlertChoice.ANY, RegisterQuery.AlertChoice.SOME));
    Arrays.stream(OrganizationAlert.values())
        .map(RegisterQuery.AlertChoice::of)
        .forEach(alerts::add);
    setUp(c.alert(), alerts, a -> alertLabel(a, messages));
    c.alert().valueProperty().bindBidirectional(viewModel.alertFilterProperty());
    c.count()
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    messages.get(
                        "organization.filter.count", viewModel.rows().size(), viewModel.total()),
                viewModel.rows()));
  }

  private static <T> List<T> withAll(List<T> values) {
    List<T> all = new ArrayList<>();
    all.add(null);
    all.addAll(values);
    return all;
  }

  private static <T> void setUp(ComboBox<T> box, List<T> items, Function<T, String> label) {
    box.setItems(FXCollections.observableArrayList(items));
    box.setCellFactory(list -> cell(label, false));
    // the button shows "all …" for no choice, which JavaFX reports as an empty cell
    box.setButtonCell(cell(label, true));
  }

  private static <T> ListCell<T> cell(Function<T, String> label, boolean button) {
    return new ListCell<>() {
      @Override
      protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty && !button ? "" : label.apply(item));
      }
    };
  }

  private static String ratingLabel(RegisterQuery.RatingChoice choice, Messages messages) {
    if (choice == null) {
      return ""; // a button cell before its value arrives
    }
    if (choice.unratedOnly()) {
      return messages.get("organization.rating.none");
    }
    return choice
        .level()
        .map(RatingLevel::label)
        .orElse(messages.get("organization.filter.allRatings"));
  }

  private static String statusLabel(RegisterQuery.Status status, Messages messages) {
    if (status == null) {
      return ""; // a button cell before its value arrives
    }
    return switch (status) {
      case ACTIVE -> messages.get("organization.filter.active");
      case INACTIVE -> messages.get("organization.filter.inactive");
      case ALL -> messages.get("organization.filter.allStatuses");
    };
  }

  private static String alertLabel(RegisterQuery.AlertChoice choice, Messages messages) {
    if (choice == null) {
      return ""; // a button cell before its value arrives
    }
    if (choice.alert().isPresent()) {
      return messages.get(choice.alert().get().labelKey());
    }
    return choice.onlyWithAlerts()
        ? messages.get("organization.filter.withAlerts")
        : messages.get("organization.filter.allAlerts");
  }
}
