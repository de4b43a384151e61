package org.careeval.ui.admin;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.system.Setting;
import org.careeval.domain.user.Session;
import org.careeval.service.SettingsService;
import org.careeval.ui.common.BackgroundTask;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.UiExecutor;

/** Administration › settings: the [L] rules with their values in force. */
public final class SettingsViewModel {

  private final SettingsService settings;
  private final Session session;
  private final UiExecutor executor;
  private final Map<Setting, StringProperty> values = new EnumMap<>(Setting.class);
  private final Map<Setting, Integer> saved = new EnumMap<>(Setting.class);
  private final ReadOnlyObjectWrapper<Message> feedback = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

  public SettingsViewModel(SettingsService settings, Session session, UiExecutor executor) {
    this.settings = settings;
    this.session = session;
    this.executor = executor;
    for (Setting setting : Setting.values()) {
      values.put(setting, new SimpleStringProperty(""));
    }
  }

  public void load() {
    run(() -> settings.all(session), this::show, null);
  }

  /** Saves the values that were changed, one by one; stops at the first invalid one. */
  public void save() {
    Map<Setting, String> changed = new LinkedHashMap<>();
    values.forEach(
        (setting, value) -> {
          if (!value.get().strip().equals(String.valueOf(saved.get(setting)))) {
            changed.put(setting, value.get());
          }
        });
    run(
        () -> {
          changed.forEach((setting, value) -> settings.update(session, setting, value));
          return settings.all(session);
        },
        this::show,
        Message.of("settings.saved"));
  }

  private void show(Map<Setting, Integer> current) {
    saved.clear();
    saved.putAll(current);
    current.forEach((setting, value) -> values.get(setting).set(Integer.toString(value)));
  }

  private <T> void run(Callable<T> work, Consumer<T> then, Message done) {
    busy.set(true);
    BackgroundTask.of(work)
        .onSuccess(
            result -> {
              then.accept(result);
              feedback.set(done);
              failed.set(false);
            })
        .onError(
            CareEvalException.class,
            e -> {
              feedback.set(Message.of(e));
              failed.set(true);
            })
        .onFinally(() -> busy.set(false))
        .runOn(executor);
  }

  public StringProperty valueProperty(Setting setting) {
    return values.get(setting);
  }

  public ReadOnlyObjectProperty<Message> feedbackProperty() {
    return feedback.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty failedProperty() {
    return failed.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }
}
