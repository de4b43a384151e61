package org.careeval.domain.system;

import java.text.Normalizer;
import java.util.Optional;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.LocalizedText;

/**
 * The system settings of rules marked [L]: each has a key, a label, a default and an allowed range.
 * docs/settings.md lists them.
 */
public enum Setting {
  MIN_PASSWORD_LENGTH("security.password.minLength", "setting.minPasswordLength", 8, 6, 64),
  MAX_FAILED_SIGN_INS("security.signIn.maxFailures", "setting.maxFailedSignIns", 5, 3, 20),
  LOCKOUT_MINUTES("security.signIn.lockoutMinutes", "setting.lockoutMinutes", 15, 1, 1440),
  IDLE_LOCK_MINUTES("security.idleLockMinutes", "setting.idleLockMinutes", 10, 1, 480);

  private final String key;
  private final String labelKey;
  private final int defaultValue;
  private final int minimum;
  private final int maximum;

  Setting(String key, String labelKey, int defaultValue, int minimum, int maximum) {
    this.key = key;
    this.labelKey = labelKey;
    this.defaultValue = defaultValue;
    this.minimum = minimum;
    this.maximum = maximum;
  }

  public String key() {
    return key;
  }

  public String labelKey() {
    return labelKey;
  }

  public int defaultValue() {
    return defaultValue;
  }

  public int minimum() {
    return minimum;
  }

  public int maximum() {
    return maximum;
  }

  public static Optional<Setting> byKey(String key) {
    for (Setting setting : values()) {
      if (setting.key.equals(key)) {
        return Optional.of(setting);
      }
    }
    return Optional.empty();
  }

  /**
   * Parses a value typed by an administrator (full-width digits allowed).
   *
   * @throws CareEvalException if it is not a whole number in the allowed range
   */
  public int parse(String text) {
    String normalized = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
    try {
      int value = Integer.parseInt(normalized);
      if (value >= minimum && value <= maximum) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below with the allowed range
    }
    throw new CareEvalException(
        "error.setting.range", new LocalizedText(labelKey), minimum, maximum);
  }
}
