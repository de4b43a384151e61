package org.careeval.service;

import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.system.Setting;
import org.careeval.domain.user.PasswordPolicy;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.Database;
import org.careeval.persistence.SettingRepository;
import org.careeval.persistence.Transaction;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.security.Sessions;

/**
 * System settings for rules marked [L]. A setting without a row has its documented default
 * (docs/settings.md); changes are checked against the allowed values and audited. A change of the
 * county's time zone moves the shared {@link CountyClock} at once.
 */
public final class SettingsService {

  private final Database database;
  private final Sessions sessions;
  private final SettingRepository settings;
  private final AuditTrail audit;
  private final CountyClock clock;

  public SettingsService(
      Database database,
      SettingRepository settings,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.sessions = sessions;
    this.database = database;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  public PasswordPolicy passwordPolicy() {
    Map<Setting, String> values = database.read(this::read);
    return new PasswordPolicy(
        number(values, Setting.MIN_PASSWORD_LENGTH),
        number(values, Setting.MAX_FAILED_SIGN_INS),
        Duration.ofMinutes(number(values, Setting.LOCKOUT_MINUTES)),
        Duration.ofMinutes(number(values, Setting.IDLE_LOCK_MINUTES)));
  }

  /** The county's time zone in force (the stored setting, or its default). */
  public ZoneId countyZone() {
    return ZoneId.of(database.read(tx -> value(tx, Setting.COUNTY_TIME_ZONE)));
  }

  private static int number(Map<Setting, String> values, Setting setting) {
    return Integer.parseInt(values.get(setting));
  }

  /** Every setting with its value in force, as normalized text. */
  public Map<Setting, String> all(Session session) {
    sessions.require(session, Permission.SETTINGS_MANAGE);
    return database.read(this::read);
  }

  /**
   * Changes a setting.
   *
   * @param value as typed; must be a whole number in the setting's range, or a time zone
   */
  public void update(Session session, Setting setting, String value) {
    sessions.require(session, Permission.SETTINGS_MANAGE);
    String parsed = setting.parse(value);
    sessions.write(
        session,
        Permission.SETTINGS_MANAGE,
        tx -> {
          String before = value(tx, setting);
          settings.put(tx, setting.key(), parsed, clock.instant());
          audit.updated(
              tx,
              session,
              AuditEntity.SETTING,
              setting.key(),
              Map.of("value", auditValue(setting, before)),
              Map.of("value", auditValue(setting, parsed)));
          return null;
        });
    if (setting == Setting.COUNTY_TIME_ZONE) {
      clock.changeZone(ZoneId.of(parsed));
    }
  }

  /** Numbers stay numbers in the audit trail, as they always were. */
  private static Object auditValue(Setting setting, String value) {
    return setting.numeric() ? Integer.valueOf(value) : value;
  }

  private Map<Setting, String> read(Transaction tx) {
    Map<Setting, String> values = new EnumMap<>(Setting.class);
    for (Setting setting : Setting.values()) {
      values.put(setting, value(tx, setting));
    }
    return values;
  }

  private String value(Transaction tx, Setting setting) {
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
