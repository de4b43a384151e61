package org.careeval.ui.shell;

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
import org.careeval.service.CareEvalServices;
import org.careeval.service.UserPreferences;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.BackgroundTask;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.UiExecutor;

/**
 * State of the main window: opening the database in the background, the selected area, the status
 * line and the language.
 */
public final class MainWindowViewModel {

  private final Supplier<CareEvalServices> opener;
  private final UiExecutor executor;
  private final DialogService dialogs;
  private final UserPreferences preferences;
  private final Supplier<List<ComponentVersion>> versions;

  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<CareEvalServices> services = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Message> status =
      new ReadOnlyObjectWrapper<>(Message.of("shell.status.starting"));
  private final ReadOnlyObjectWrapper<Message> failure = new ReadOnlyObjectWrapper<>();
  private final ObjectProperty<NavigationArea> selectedArea =
      new SimpleObjectProperty<>(NavigationArea.OVERVIEW);
  private final ReadOnlyObjectWrapper<Locale> locale;

  public MainWindowViewModel(
      Supplier<CareEvalServices> opener,
      UiExecutor executor,
      DialogService dialogs,
      UserPreferences preferences,
      Supplier<List<ComponentVersion>> versions) {
    this.opener = opener;
    this.executor = executor;
    this.dialogs = dialogs;
    this.preferences = preferences;
    this.versions = versions;
    this.locale = new ReadOnlyObjectWrapper<>(preferences.language());
  }

  /** Opens the database in the background; the window is already visible meanwhile. */
  public void openDatabase() {
    busy.set(true);
    status.set(Message.of("shell.status.openingDatabase"));
    BackgroundTask.of(opener::get)
        .onSuccess(
            opened -> {
              services.set(opened);
              status.set(Message.of("shell.status.ready"));
            })
        .onError(CareEvalException.class, this::openFailed)
        .onError(
            RuntimeException.class,
            e -> openFailed(new CareEvalException(e, "error.unexpected", e.toString())))
        .onFinally(() -> busy.set(false))
        .runOn(executor);
  }

  private void openFailed(CareEvalException e) {
    Message problem = Message.of(e);
    failure.set(problem);
    status.set(Message.of("shell.status.failed"));
    Messages messages = messages();
    dialogs.showError(messages.get("shell.error.openTitle"), problem.render(messages));
  }

  public void switchLanguage(Locale newLocale) {
    Locale supported = Messages.supported(newLocale);
    preferences.setLanguage(supported);
    preferences.save();
    locale.set(supported);
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
