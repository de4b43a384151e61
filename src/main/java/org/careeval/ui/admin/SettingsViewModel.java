package org.careeval.ui.admin;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careeval.domain.system.Setting;
import org.careeval.domain.user.Session;
import org.careeval.service.SettingsService;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;
import org.careeval.ui.common.UiExecutor;

/** Administration › settings: the [L] rules with their values in force. */
public final class SettingsViewModel {

  private final SettingsService settings;
  private final Session session;
  private final Map<Setting, StringProperty> values = new EnumMap<>(Setting.class);
  private final Map<Setting, String> saved = new EnumMap<>(Setting.class);
  private final ScreenTasks tasks;

  public SettingsViewModel(SettingsService settings, Session session, UiExecutor executor) {
    this.settings = settings;
    this.session = session;
    this.tasks = new ScreenTasks(executor);
    for (Setting setting : Setting.values()) {
      values.put(setting, new SimpleStringProperty(""));
    }
  }

  public void load() {
    tasks.run(() -> settings.all(session), this::show);
  }

  /** Saves the values that were changed, one by one; stops at the first invalid one. */
  public void save() {
    Map<Setting, String> changed = new LinkedHashMap<>();
    values.forEach(
        (setting, value) -> {
          if (!value.get().strip().equals(saved.get(setting))) {
            changed.put(setting, value.get());
          }
        });
    tasks.run(
        () -> {
          changed.forEach((setting, value) -> settings.update(session, setting, value));
          return settings.all(session);
        },
        current -> {
          show(current);
          tasks.succeed(Message.of("settings.saved"));
        });
  }

  private void show(Map<Setting, String> current) {
    saved.clear();
    saved.putAll(current);
    current.forEach((setting, value) -> values.get(setting).set(value));
  }

  public StringProperty valueProperty(Setting setting) {
    return values.get(setting);
  }

  public ScreenTasks tasks() {
    return tasks;
  }
}
