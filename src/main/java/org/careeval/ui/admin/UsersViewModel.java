package org.careeval.ui.admin;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.careeval.domain.user.UserAccount;
import org.careeval.service.security.UserService;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;
import org.careeval.ui.common.UiExecutor;

/**
 * User administration: the list, and one form that creates a user (nothing selected) or edits the
 * selected one. A password typed while editing resets that user's password.
 */
public final class UsersViewModel {

  private final UserService users;
  private final Session session;
  private final ObservableList<UserAccount> accounts = FXCollections.observableArrayList();
  private final ObjectProperty<UserAccount> selected = new SimpleObjectProperty<>();
  private final StringProperty username = new SimpleStringProperty("");
  private final StringProperty displayName = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final BooleanProperty active = new SimpleBooleanProperty(true);
  private final Map<Role, BooleanProperty> roles = new EnumMap<>(Role.class);
  private final ScreenTasks tasks;

  public UsersViewModel(UserService users, Session session, UiExecutor executor) {
    this.users = users;
    this.session = session;
    this.tasks = new ScreenTasks(executor);
    for (Role role : Role.values()) {
      roles.put(role, new SimpleBooleanProperty(false));
    }
    selected.addListener(
        (obs, old, now) -> {
          if (old == null || now == null || old.id() != now.id()) {
            tasks.clear(); // a message about another user would mislead
          }
          fillForm(now);
        });
  }

  public void load() {
    tasks.run(() -> users.list(session), this::restoreSelection);
  }

  private void restoreSelection(List<UserAccount> list) {
    Long keep = selected.get() == null ? null : selected.get().id();
    accounts.setAll(list);
    selected.set(
        list.stream().filter(u -> keep != null && u.id() == keep).findFirst().orElse(null));
  }

  /** Clears the selection: the form now creates a new user. */
  public void startNew() {
    selected.set(null);
    fillForm(null);
    tasks.clear();
  }

  public void save() {
    UserAccount editing = selected.get();
    String name = username.get();
    String shown = displayName.get();
    Set<Role> chosen = chosenRoles();
    boolean isActive = active.get();
    char[] secret = password.get().toCharArray();
    password.set(""); // the typed password lives only in this call
    if (editing == null) {
      tasks.run(
          () -> users.create(session, name, shown, chosen, secret),
          created ->
              reloadSelecting(created, Message.of("users.saved.created", created.username())));
    } else {
      tasks.run(
          () -> {
            UserAccount updated =
                users.update(session, editing.id(), editing.version(), shown, chosen, isActive);
            if (secret.length > 0) {
              users.resetPassword(session, editing.id(), secret);
            }
            return updated;
          },
          updated ->
              reloadSelecting(
                  updated,
                  Message.of(
                      secret.length > 0 ? "users.saved.reset" : "users.saved.updated",
                      updated.username())));
    }
  }

  private void reloadSelecting(UserAccount account, Message done) {
    selected.set(account);
    tasks.run(() -> users.list(session), this::restoreSelection);
    tasks.succeed(done);
  }

  private Set<Role> chosenRoles() {
    Set<Role> chosen = EnumSet.noneOf(Role.class);
    roles.forEach(
        (role, on) -> {
          if (on.get()) {
            chosen.add(role);
          }
        });
    return chosen;
  }

  private void fillForm(UserAccount account) {
    username.set(account == null ? "" : account.username());
    displayName.set(account == null ? "" : account.displayName());
    active.set(account == null || account.active());
    roles.forEach((role, on) -> on.set(account != null && account.roles().contains(role)));
    password.set("");
  }

  public ObservableList<UserAccount> accounts() {
    return FXCollections.unmodifiableObservableList(accounts);
  }

  public ObjectProperty<UserAccount> selectedProperty() {
    return selected;
  }

  public StringProperty usernameProperty() {
    return username;
  }

  public StringProperty displayNameProperty() {
    return displayName;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  public BooleanProperty activeProperty() {
    return active;
  }

  public BooleanProperty roleProperty(Role role) {
    return roles.get(role);
  }

  public ScreenTasks tasks() {
    return tasks;
  }
}
