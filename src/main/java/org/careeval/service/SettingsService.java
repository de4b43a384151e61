package org.careeval.service;

import java.time.Duration;
import java.util.function.Function;
import org.careeval.domain.user.PasswordPolicy;
import org.careeval.persistence.Database;
import org.careeval.persistence.SettingRepository;
import org.careeval.persistence.Transaction;

/**
 * System settings for rules marked [L]. A setting without a row has its documented default;
 * docs/settings.md lists the keys.
 */
public final class SettingsService {

  static final String MIN_PASSWORD_LENGTH = "security.password.minLength";
  static final String MAX_FAILED_SIGN_INS = "security.signIn.maxFailures";
  static final String LOCKOUT_MINUTES = "security.signIn.lockoutMinutes";
  static final String IDLE_LOCK_MINUTES = "security.idleLockMinutes";

  private final Database database;
  private final SettingRepository settings;

  public SettingsService(Database database, SettingRepository settings) {
    this.database = database;
    this.settings = settings;
  }

  public PasswordPolicy passwordPolicy() {
    PasswordPolicy defaults = PasswordPolicy.DEFAULT;
    return database.read(
        tx ->
            new PasswordPolicy(
                number(tx, MIN_PASSWORD_LENGTH, defaults.minimumLength()),
                number(tx, MAX_FAILED_SIGN_INS, defaults.maxFailedSignIns()),
                Duration.ofMinutes(
                    number(tx, LOCKOUT_MINUTES, (int) defaults.lockout().toMinutes())),
                Duration.ofMinutes(
                    number(tx, IDLE_LOCK_MINUTES, (int) defaults.idleLock().toMinutes()))));
  }

  private int number(Transaction tx, String key, int fallback) {
    Function<String, Integer> parse =
        value -> {
          try {
            return Integer.parseInt(value.strip());
          } catch (NumberFormatException e) {
            return fallback; // a mistyped setting must not stop anyone from signing in
          }
        };
    return settings.find(tx, key).map(parse).filter(v -> v > 0).orElse(fallback);
  }
}
