package org.careeval.ui.place;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.project.ServiceCategory;
import org.careeval.domain.user.Session;
import org.careeval.service.project.ProjectService;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;
import org.careeval.ui.common.UiExecutor;

/**
 * The service-category catalogue (seeded from domain rules 5.4): one form that adds a category
 * (nothing selected) or renames, retags or retires the selected one.
 */
public final class CategoriesViewModel {

  private final ProjectService projects;
  private final Session session;
  private final ScreenTasks tasks;
  private final ObservableList<ServiceCategory> categories = FXCollections.observableArrayList();
  private final ObservableList<ServiceCategory> categoriesView =
      FXCollections.unmodifiableObservableList(categories);
  private final ObjectProperty<ServiceCategory> selected = new SimpleObjectProperty<>();
  private final StringProperty name = new SimpleStringProperty("");
  private final BooleanProperty material = new SimpleBooleanProperty(false);
  private final ObjectProperty<ServiceCategory.Purpose> purpose =
      new SimpleObjectProperty<>(ServiceCategory.Purpose.CARING);
  private final BooleanProperty active = new SimpleBooleanProperty(true);

  public CategoriesViewModel(ProjectService projects, Session session, UiExecutor executor) {
    this.projects = projects;
    this.session = session;
    this.tasks = new ScreenTasks(executor);
    selected.addListener((obs, old, now) -> fill(now));
  }

  public void load() {
    tasks.run(() -> projects.categories(session), this::show);
  }

  private void show(List<ServiceCategory> list) {
    Long keep = selected.get() == null ? null : selected.get().id();
    categories.setAll(list);
    selected.set(
        list.stream().filter(c -> keep != null && c.id() == keep).findFirst().orElse(null));
  }

  private void fill(ServiceCategory c) {
    name.set(c == null ? "" : c.name());
    material.set(c != null && c.material());
    purpose.set(c == null ? ServiceCategory.Purpose.CARING : c.purpose());
    active.set(c == null || c.active());
  }

  public void startNew() {
    selected.set(null);
    fill(null);
    tasks.clear();
  }

  public void save() {
    ServiceCategory editing = selected.get();
    String typed = name.get();
    boolean isMaterial = material.get();
    ServiceCategory.Purpose nature = purpose.get();
    boolean inUse = active.get();
    if (editing == null) {
      tasks.run(
          () -> projects.addCategory(session, typed, isMaterial, nature),
          added -> reloaded(added, Message.of("category.saved.added", added.name())));
    } else {
      ServiceCategory changed =
          new ServiceCategory(editing.id(), typed, isMaterial, nature, inUse, editing.version());
      tasks.run(
          () -> projects.updateCategory(session, changed),
          saved -> reloaded(saved, Message.of("category.saved.updated", saved.name())));
    }
  }

  private void reloaded(ServiceCategory category, Message done) {
    selected.set(category);
    load();
    tasks.succeed(done);
  }

  public ObservableList<ServiceCategory> categories() {
    return categoriesView;
  }

  public ObjectProperty<ServiceCategory> selectedProperty() {
    return selected;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public BooleanProperty materialProperty() {
    return material;
  }

  public ObjectProperty<ServiceCategory.Purpose> purposeProperty() {
    return purpose;
  }

  public BooleanProperty activeProperty() {
    return active;
  }

  public ScreenTasks tasks() {
    return tasks;
  }
}
