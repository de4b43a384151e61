package org.careeval.ui.admin;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.careeval.domain.user.UserAccount;
import org.careeval.service.security.UserService;
import org.careeval.ui.common.BackgroundTask;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.UiExecutor;

/**
 * User administration: the list, and one form that creates a user (nothing selected) or edits the
 * selected one. A password typed while editing resets that user's password.
 */
public final class UsersViewModel {

  private final UserService users;
  private final Session session;
  private final UiExecutor executor;
  private final ObservableList<UserAccount> accounts = FXCollections.observableArrayList();
  private final ObjectProperty<UserAccount> selected = new SimpleObjectProperty<>();
  private final StringProperty username = new SimpleStringProperty("");
  private final StringProperty displayName = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final BooleanProperty active = new SimpleBooleanProperty(true);
  private final Map<Role, BooleanProperty> roles = new EnumMap<>(Role.class);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<Message> feedback = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);

  public UsersViewModel(UserService users, Session session, UiExecutor executor) {
    this.users = users;
    this.session = session;
    this.executor = executor;
    for (Role role : Role.values()) {
      roles.put(role, new SimpleBooleanProperty(false));
    }
    selected.addListener(
        (obs, old, now) -> {
          if (old == null || now == null || old.id() != now.id()) {
            feedback.set(null); // a message about another user would mislead
          }
          fillForm(now);
        });
  }

  public void load() {
    run(() -> users.list(session), this::restoreSelection, null);
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
    feedback.set(null);
  }

  public void save() {
    UserAccount editing = selected.get();
    String name = username.get();
    String shown = displayName.get();
    Set<Role> chosen = chosenRoles();
    boolean isActive = active.get();
    char[] secret = password.get().toCharArray();
    password.set("");
    if (editing == null) {
      run(
          () -> users.create(session, name, shown, chosen, secret),
          created ->
              reloadSelecting(created, Message.of("users.saved.created", created.username())),
          secret);
    } else {
      run(
          () -> {
            UserAccount updated = users.update(session, editing.id(), shown, chosen, isActive);
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
                      updated.username())),
          secret);
    }
  }

  private void reloadSelecting(UserAccount account, Message done) {
    selected.set(account);
    run(() -> users.list(session), this::restoreSelection, null);
    feedback.set(done);
    failed.set(false);
  }

  private <T> void run(Callable<T> work, Consumer<T> then, char[] wipe) {
    busy.set(true);
    BackgroundTask.of(work)
        .onSuccess(then)
        .onError(CareEvalException.class, e -> problem(Message.of(e)))
        .onError(RuntimeException.class, e -> problem(Message.of("error.unexpected", e.toString())))
        .onFinally(
            () -> {
              busy.set(false);
              if (wipe != null) {
                Arrays.fill(wipe, '\0');
              }
            })
        .runOn(executor);
  }

  private void problem(Message message) {
    feedback.set(message);
    failed.set(true);
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

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Message> feedbackProperty() {
    return feedback.getReadOnlyProperty();
  }

  /** True when the feedback reports a problem rather than a success. */
  public ReadOnlyBooleanProperty failedProperty() {
    return failed.getReadOnlyProperty();
  }
}
