package org.careeval.ui.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.place.Place;
import org.careeval.domain.place.PlaceDraft;
import org.careeval.domain.place.PlaceKind;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.service.i18n.Messages;
import org.careeval.service.place.PlaceService;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.ImportProblemTable;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;
import org.careeval.ui.common.Sorting;
import org.careeval.ui.common.UiExecutor;

/**
 * The county's towns and villages: each town followed by its villages, one form that adds a place
 * (nothing selected) or renames, codes or retires the selected one, and the places workbook.
 */
public final class PlacesViewModel {

  /** A row of the list: the place and the name of its town (its own name for a town). */
  public record Row(Place place, String town) {}

  private final PlaceService places;
  private final Session session;
  private final DialogService dialogs;
  private final Messages messages;
  private final ScreenTasks tasks;
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
  private final ObservableList<String> towns = FXCollections.observableArrayList();
  private final ObservableList<String> townsView = FXCollections.unmodifiableObservableList(towns);
  private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
  private final ObjectProperty<PlaceKind> kind = new SimpleObjectProperty<>(PlaceKind.TOWN);
  private final StringProperty name = new SimpleStringProperty("");
  private final ObjectProperty<String> town = new SimpleObjectProperty<>();
  private final StringProperty divisionCode = new SimpleStringProperty("");
  private final BooleanProperty active = new SimpleBooleanProperty(true);

  public PlacesViewModel(
      PlaceService places,
      Session session,
      UiExecutor executor,
      DialogService dialogs,
      Messages messages) {
    this.places = places;
    this.session = session;
    this.dialogs = dialogs;
    this.messages = messages;
    this.tasks = new ScreenTasks(executor);
    selected.addListener((obs, old, now) -> fill(now));
  }

  public void load() {
    tasks.run(() -> places.list(session), this::show);
  }

  private void show(List<Place> list) {
    Long keep = selected.get() == null ? null : selected.get().place().id();
    Map<Long, Place> byId = list.stream().collect(Collectors.toMap(Place::id, Function.identity()));
    List<Row> ordered = new ArrayList<>();
    List<Place> townList =
        Sorting.byName(list.stream().filter(p -> p.kind() == PlaceKind.TOWN).toList(), Place::name);
    for (Place t : townList) {
      ordered.add(new Row(t, t.name()));
      Sorting.byName(
              list.stream().filter(p -> p.parentId().equals(Optional.of(t.id()))).toList(),
              Place::name)
          .forEach(v -> ordered.add(new Row(v, byId.get(t.id()).name())));
    }
    rows.setAll(ordered);
    towns.setAll(townList.stream().filter(Place::active).map(Place::name).toList());
    selected.set(
        ordered.stream()
            .filter(r -> keep != null && r.place().id() == keep)
            .findFirst()
            .orElse(null));
  }

  private void fill(Row row) {
    kind.set(row == null ? PlaceKind.TOWN : row.place().kind());
    name.set(row == null ? "" : row.place().name());
    town.set(row == null || row.place().kind() == PlaceKind.TOWN ? null : row.town());
    divisionCode.set(row == null ? "" : row.place().divisionCode());
    active.set(row == null || row.place().active());
  }

  public void startNew() {
    selected.set(null);
    fill(null);
    tasks.clear();
  }

  /** Adds the place in the form, or saves the selected one. */
  public void save() {
    Row editing = selected.get();
    if (editing == null) {
      PlaceDraft draft =
          new PlaceDraft(
              kind.get(), name.get(), town.get() == null ? "" : town.get(), divisionCode.get());
      tasks.run(
          () -> places.add(session, draft),
          added -> reloaded(Message.of("place.saved.added", added.name())));
    } else {
      Place p = editing.place();
      String newName = name.get();
      String code = divisionCode.get();
      boolean inUse = active.get();
      tasks.run(
          () -> places.update(session, p.id(), p.version(), newName, code, inUse),
          saved -> reloaded(Message.of("place.saved.updated", saved.name())));
    }
  }

  /** Imports the places workbook the administrator picks; a refused one is listed row by row. */
  public void importPlaces() {
    dialogs
        .chooseOpenFile(
            messages.get("place.import.title"), messages.get("common.file.excel"), "xlsx")
        .ifPresent(file -> tasks.run(() -> places.importPlaces(session, file), this::showImport));
  }

  private void showImport(PlaceService.ImportResult result) {
    if (!result.accepted()) {
      tasks.fail(Message.of("place.import.rejected", result.problems().size()));
      ImportProblemTable.show(
          dialogs,
          messages,
          messages.get("place.import.title"),
          messages.get("place.import.rejected", result.problems().size()),
          result.problems());
      return;
    }
    reloaded(Message.of("place.import.done", result.created(), result.unchanged()));
  }

  /** Saves the empty places template where the administrator chooses. */
  public void saveTemplate() {
    dialogs
        .chooseSaveFile(
            messages.get("place.template.title"),
            messages.get("place.template.fileName"),
            messages.get("common.file.excel"),
            "xlsx")
        .ifPresent(
            file ->
                tasks.run(
                    () -> {
                      PlaceService.writeTemplate(file, messages);
                      return file;
                    },
                    saved -> tasks.succeed(Message.of("place.template.done", saved))));
  }

  private void reloaded(Message done) {
    load();
    tasks.succeed(done);
  }

  public ObservableList<Row> rows() {
    return rowsView;
  }

  public ObservableList<String> towns() {
    return townsView;
  }

  public ObjectProperty<Row> selectedProperty() {
    return selected;
  }

  public ObjectProperty<PlaceKind> kindProperty() {
    return kind;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public ObjectProperty<String> townProperty() {
    return town;
  }

  public StringProperty divisionCodeProperty() {
    return divisionCode;
  }

  public BooleanProperty activeProperty() {
    return active;
  }

  public boolean canManage() {
    return session.can(Permission.PLACE_MANAGE);
  }

  public ScreenTasks tasks() {
    return tasks;
  }
}
