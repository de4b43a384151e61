package org.careeval.service;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.system.Setting;
import org.careeval.domain.user.PasswordPolicy;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.Database;
import org.careeval.persistence.SettingRepository;
import org.careeval.persistence.Transaction;
import org.careeval.service.audit.AuditTrail;

/**
 * System settings for rules marked [L]. A setting without a row has its documented default
 * (docs/settings.md); changes are checked against the allowed range and audited.
 */
public final class SettingsService {

  private final Database database;
  private final SettingRepository settings;
  private final AuditTrail audit;
  private final Clock clock;

  public SettingsService(
      Database database, SettingRepository settings, AuditTrail audit, Clock clock) {
    this.database = database;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  public PasswordPolicy passwordPolicy() {
    Map<Setting, Integer> values = database.read(this::read);
    return new PasswordPolicy(
        values.get(Setting.MIN_PASSWORD_LENGTH),
        values.get(Setting.MAX_FAILED_SIGN_INS),
        Duration.ofMinutes(values.get(Setting.LOCKOUT_MINUTES)),
        Duration.ofMinutes(values.get(Setting.IDLE_LOCK_MINUTES)));
  }

  /** Every setting with its value in force. */
  public Map<Setting, Integer> all(Session session) {
    session.require(Permission.SETTINGS_MANAGE);
    return database.read(this::read);
  }

  /**
   * Changes a setting.
   *
   * @param value as typed; must be a whole number in the setting's range
   */
  public void update(Session session, Setting setting, String value) {
    session.require(Permission.SETTINGS_MANAGE);
    int parsed = setting.parse(value);
    database.inTransaction(
        tx -> {
          int before = value(tx, setting);
          settings.put(tx, setting.key(), Integer.toString(parsed), clock.instant());
          audit.record(
              tx,
              session.username(),
              AuditAction.UPDATE,
              "setting",
              setting.key(),
              Map.of("value", before),
              Map.of("value", parsed));
          return null;
        });
  }

  private Map<Setting, Integer> read(Transaction tx) {
    Map<Setting, Integer> values = new EnumMap<>(Setting.class);
    for (Setting setting : Setting.values()) {
      values.put(setting, value(tx, setting));
    }
    return values;
  }

  private int value(Transaction tx, Setting setting) {
    return settings
        .find(tx, setting.key())
        .map(
            stored -> {
              try {
                return setting.parse(stored);
              } catch (RuntimeException e) {
                return setting.defaultValue(); // a bad stored value must not stop sign-in
              }
            })
        .orElse(setting.defaultValue());
  }
}
