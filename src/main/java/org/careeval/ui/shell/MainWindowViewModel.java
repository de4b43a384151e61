package org.careeval.ui.shell;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.system.ComponentVersion;
import org.careeval.domain.user.Session;
import org.careeval.service.CareEvalServices;
import org.careeval.service.Failures;
import org.careeval.service.UserPreferences;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import org.careeval.service.security.SignInResult;
import org.careeval.ui.common.BackgroundTask;
import org.careeval.ui.common.DataAccess;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.LeaveGuard;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.NavigationArea;
import org.careeval.ui.common.UiExecutor;

/**
 * State of the main window: opening the database, first-start setup, sign-in, forced password
 * change, idle lock, the signed-in user, the selected area, the status line and the language.
 */
public final class MainWindowViewModel {

  private final DataAccess dataAccess;
  private final UiExecutor executor;
  private final DialogService dialogs;
  private final UserPreferences preferences;
  private final Supplier<List<ComponentVersion>> versions;

  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<CareEvalServices> services = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ShellState> state =
      new ReadOnlyObjectWrapper<>(ShellState.OPENING);
  private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper passwordChangeForced = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<Duration> idleLock =
      new ReadOnlyObjectWrapper<>(Duration.ofMinutes(10));
  private final ReadOnlyObjectWrapper<Message> status =
      new ReadOnlyObjectWrapper<>(Message.of("shell.status.starting"));
  private final ReadOnlyObjectWrapper<Message> failure = new ReadOnlyObjectWrapper<>();
  private final ObjectProperty<NavigationArea> selectedArea =
      new SimpleObjectProperty<>(NavigationArea.OVERVIEW);
  private final ReadOnlyObjectWrapper<Locale> locale;
  private LeaveGuard leaveGuard = LeaveGuard.NONE;

  public MainWindowViewModel(
      DataAccess dataAccess,
      UiExecutor executor,
      DialogService dialogs,
      UserPreferences preferences,
      Supplier<List<ComponentVersion>> versions) {
    this.dataAccess = dataAccess;
    this.executor = executor;
    this.dialogs = dialogs;
    this.preferences = preferences;
    this.versions = versions;
    this.locale = new ReadOnlyObjectWrapper<>(preferences.language());
  }

  /**
   * Opens the database in the background; the window is already visible meanwhile. A new data
   * directory goes to setup without creating anything (the admin may choose encryption there); an
   * encrypted one asks for its password first.
   */
  public void openDatabase() {
    busy.set(true);
    status.set(Message.of("shell.status.openingDatabase"));
    BackgroundTask.of(
            () -> {
              if (!dataAccess.databaseExists()) {
                return ShellState.SETUP;
              }
              return dataAccess.databaseEncrypted() ? ShellState.UNLOCK_DATABASE : null;
            })
        .onSuccess(
            early -> {
              if (early == null) {
                BackgroundTask.of(() -> dataAccess.open(Optional.empty()))
                    .onSuccess(this::databaseOpened)
                    .onError(CareEvalException.class, e -> openFailed(Failures.logged(e)))
                    .onError(RuntimeException.class, this::unexpected)
                    .runOn(executor);
              } else {
                status.set(Message.of("shell.status.ready"));
                state.set(early);
              }
            })
        .onError(RuntimeException.class, this::unexpected)
        .onFinally(() -> busy.set(false))
        .runOn(executor);
  }

  /** The database is open (directly, after its password, or created by setup). */
  public void databaseOpened(CareEvalServices opened) {
    services.set(opened);
    busy.set(true);
    BackgroundTask.of(
            () ->
                new Start(opened.users().isSetUp(), opened.settings().passwordPolicy().idleLock()))
        .onSuccess(
            start -> {
              idleLock.set(start.idleLock());
              // setup opens the database itself and signs in; never step back from there
              if (state.get() == ShellState.OPENING || state.get() == ShellState.UNLOCK_DATABASE) {
                status.set(Message.of("shell.status.ready"));
                state.set(start.setUp() ? ShellState.SIGN_IN : ShellState.SETUP);
              }
            })
        .onError(CareEvalException.class, e -> openFailed(Failures.logged(e)))
        .onError(RuntimeException.class, this::unexpected)
        .onFinally(() -> busy.set(false))
        .runOn(executor);
  }

  private record Start(boolean setUp, Duration idleLock) {}

  private void unexpected(RuntimeException e) {
    openFailed(new CareEvalException(Failures.logged(e), "error.unexpected", e.toString()));
  }

  public DataAccess dataAccess() {
    return dataAccess;
  }

  private void openFailed(CareEvalException e) {
    // an officer who starts from an icon has no --data-dir to choose: point to the open window
    Message problem =
        e.messageKey().equals("error.dataDir.inUse")
            ? Message.of("error.dataDir.inUseWindow", e.arguments())
            : Message.of(e);
    failure.set(problem);
    status.set(Message.of("shell.status.failed"));
    state.set(ShellState.FAILED);
    Messages messages = messages();
    dialogs.showError(messages.get("shell.error.openTitle"), problem.render(messages));
  }

  /** After sign-in, first-admin setup or unlocking. */
  public void signedIn(SignInResult result) {
    Session previous = session.get();
    if (state.get() == ShellState.LOCKED
        && previous != null
        && previous.userId() != result.session().userId()) {
      return; // the lock screen only lets the same user back in
    }
    session.set(result.session());
    status.set(Message.of("shell.status.signedIn", result.session().displayName()));
    passwordChangeForced.set(result.mustChangePassword());
    state.set(result.mustChangePassword() ? ShellState.CHANGE_PASSWORD : ShellState.READY);
  }

  /** The demo county was loaded on first start: its users sign in like any others. */
  public void demoLoaded(int organizations) {
    status.set(Message.of("demo.loaded", organizations, DemoCountyService.PASSWORD));
    state.set(ShellState.SIGN_IN);
  }

  /** Opens the password form from the account menu. */
  public void requestPasswordChange() {
    if (state.get() == ShellState.READY) {
      passwordChangeForced.set(false);
      state.set(ShellState.CHANGE_PASSWORD);
    }
  }

  /** The password form was completed (or, when allowed, cancelled). */
  public void passwordFormDone() {
    passwordChangeForced.set(false);
    state.set(ShellState.READY);
  }

  /** Locks the window (idle timeout or the account menu); the same user must sign in again. */
  public void lock() {
    if (state.get() == ShellState.READY) {
      state.set(ShellState.LOCKED);
      status.set(Message.of("shell.status.locked"));
    }
  }

  /** What the screen shown now asks before it is left (unsaved changes). */
  public void setLeaveGuard(LeaveGuard guard) {
    this.leaveGuard = guard;
  }

  /**
   * Runs {@code leave} now, or after the shown screen's changes were saved, or never if the officer
   * keeps editing.
   *
   * @return true when {@code leave} ran now
   */
  public boolean leaveScreen(Runnable leave) {
    if (!leaveGuard.mayLeave(leave)) {
      return false;
    }
    leave.run();
    return true;
  }

  /** Goes to another area, asking first about unsaved changes on the screen shown now. */
  public void selectArea(NavigationArea area) {
    if (area != selectedArea.get()) {
      leaveScreen(() -> selectedArea.set(area));
    }
  }

  /** Signs out (asking first about unsaved changes), see {@link #switchUser()}. */
  public void signOut() {
    leaveScreen(this::switchUser);
  }

  /** Signs the current user out; their screens are discarded and the sign-in form shown. */
  public void switchUser() {
    Session leaving = session.get();
    CareEvalServices open = services.get();
    // leave READY first, so nothing is rebuilt for a session that is going away
    state.set(ShellState.SIGN_IN);
    session.set(null);
    selectedArea.set(NavigationArea.OVERVIEW);
    status.set(Message.of("shell.status.ready"));
    if (leaving != null && open != null) {
      BackgroundTask.of(
              () -> {
                open.authentication().signOut(leaving);
                return null;
              })
          .runOn(executor);
    }
  }

  public List<NavigationArea> visibleAreas() {
    Session current = session.get();
    if (current == null) {
      return List.of();
    }
    return Arrays.stream(NavigationArea.values()).filter(a -> a.visibleTo(current)).toList();
  }

  /** Relabels the window, which rebuilds every screen: asks first about unsaved changes. */
  public void switchLanguage(Locale newLocale) {
    Locale supported = Messages.supported(newLocale);
    if (supported.equals(locale.get())) {
      return;
    }
    leaveScreen(
        () -> {
          preferences.setLanguage(supported);
          preferences.save();
          locale.set(supported);
        });
  }

  public void showAbout() {
    Messages messages = messages();
    dialogs.showAbout(messages.get("about.title"), messages.get("app.name"), versions.get());
  }

  public Messages messages() {
    return Messages.of(locale.get());
  }

  /** Closes the database, if it was opened. */
  public void close() {
    Optional.ofNullable(services.get()).ifPresent(CareEvalServices::close);
    services.set(null);
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<CareEvalServices> servicesProperty() {
    return services.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ShellState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Session> sessionProperty() {
    return session.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty passwordChangeForcedProperty() {
    return passwordChangeForced.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Duration> idleLockProperty() {
    return idleLock.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Message> statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Message> failureProperty() {
    return failure.getReadOnlyProperty();
  }

  public ObjectProperty<NavigationArea> selectedAreaProperty() {
    return selectedArea;
  }

  public ReadOnlyObjectProperty<Locale> localeProperty() {
    return locale.getReadOnlyProperty();
  }
}
