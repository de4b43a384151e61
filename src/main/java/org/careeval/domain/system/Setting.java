package org.careeval.domain.system;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.LocalizedText;

/**
 * The system settings of rules marked [L]: each has a key, a label, a default and the values it
 * allows (a whole number in a range, or a time zone). Values are kept as normalized text.
 * docs/settings.md lists them.
 */
public enum Setting {
  MIN_PASSWORD_LENGTH("security.password.minLength", "setting.minPasswordLength", 8, 6, 64),
  MAX_FAILED_SIGN_INS("security.signIn.maxFailures", "setting.maxFailedSignIns", 5, 3, 20),
  LOCKOUT_MINUTES("security.signIn.lockoutMinutes", "setting.lockoutMinutes", 15, 1, 1440),
  IDLE_LOCK_MINUTES("security.idleLockMinutes", "setting.idleLockMinutes", 10, 1, 480),
  /**
   * How far from the panel's median, in percent of a criterion's maximum, a score is listed as
   * abnormal in the score check (87号令 Art 64; no legal value exists).
   */
  SCORE_DEVIATION_PERCENT(
      "scoring.medianDeviationPercent", "setting.scoreDeviationPercent", 30, 5, 100),
  /**
   * How many months a contract may usually run (102号令 Art 24: generally one year); longer, up to
   * 36, only with a recorded multi-year justification.
   */
  CONTRACT_TERM_MONTHS("purchase.contractTermMonths", "setting.contractTermMonths", 12, 1, 36),
  /** Days after a period's end within which its report is due; later it is late. */
  REPORT_DUE_DAYS("purchase.reportDueDays", "setting.reportDueDays", 10, 0, 90),
  /** Days without any change to a signed contract's reports after which it is listed as quiet. */
  NO_UPDATE_DAYS("purchase.noUpdateDays", "setting.noUpdateDays", 45, 1, 365),
  /** Percentage points output completion may trail time elapsed (序时进度) before a warning. */
  MONITOR_BEHIND_POINTS("monitor.behindPoints", "setting.monitorBehindPoints", 20, 5, 100),
  /** Percentage points payment may run ahead of output completion before a warning. */
  MONITOR_PAYMENT_AHEAD_POINTS(
      "monitor.paymentAheadPoints", "setting.monitorPaymentAheadPoints", 20, 5, 100),
  /** The least share of service times that caring services should have in a quarter. */
  MONITOR_CARING_MIN_PERCENT(
      "monitor.caringMinPercent", "setting.monitorCaringMinPercent", 15, 0, 100),
  /** The least share of service times children with one parent away should have. */
  MONITOR_SINGLE_PARENT_MIN_PERCENT(
      "monitor.singleParentMinPercent", "setting.monitorSingleParentMinPercent", 10, 0, 100),
  /** Warning levels by rule: 1 红 (red), 2 橙 (orange), 3 黄 (yellow), 4 蓝 (blue). */
  LEVEL_BEHIND_SCHEDULE("monitor.level.behindSchedule", "setting.levelBehindSchedule", 2, 1, 4),
  LEVEL_PAYMENT_AHEAD("monitor.level.paymentAhead", "setting.levelPaymentAhead", 1, 1, 4),
  LEVEL_NO_UPDATE("monitor.level.noUpdate", "setting.levelNoUpdate", 3, 1, 4),
  LEVEL_SPOT_CHECK("monitor.level.spotCheckMismatch", "setting.levelSpotCheck", 2, 1, 4),
  LEVEL_IMBALANCE("monitor.level.imbalance", "setting.levelImbalance", 4, 1, 4),
  LEVEL_ORGANIZATION_FLAG(
      "monitor.level.organizationFlag", "setting.levelOrganizationFlag", 1, 1, 4),
  /**
   * The county's grades of an evaluation total, highest first (财预〔2020〕10号: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60,
   * 差): names and lower bounds, e.g. 优秀:90,良好:80,合格:60,不合格:0 (Shenzhen 2021).
   */
  PERFORMANCE_GRADES(
      "grading.bands",
      "setting.performanceGrades",
      org.careeval.domain.performance.GradeBands.DEFAULT,
      text -> org.careeval.domain.performance.GradeBands.parse(text).setting()),
  /** A self-evaluation's level-1 weights; the rest (budget execution) makes up 100. */
  PERFORMANCE_SELF_WEIGHTS(
      "grading.selfWeights",
      "setting.performanceSelfWeights",
      org.careeval.domain.performance.LevelWeights.DEFAULT_SELF,
      text -> org.careeval.domain.performance.LevelWeights.setting(text)),
  /** The county's name as reports title it (the quarterly workbook's cover). */
  COUNTY_NAME("county.name", "setting.countyName", "本县", Setting::countyName),
  /** The county's time zone: decides what "today" is (ADR 0012). */
  COUNTY_TIME_ZONE("county.timeZone", "setting.countyTimeZone");

  private final String key;
  private final String labelKey;
  private final boolean numeric;
  private final int defaultNumber;
  private final int minimum;
  private final int maximum;
  private final String defaultText;
  private final java.util.function.UnaryOperator<String> textRule;

  Setting(String key, String labelKey, int defaultNumber, int minimum, int maximum) {
    this.key = key;
    this.labelKey = labelKey;
    this.numeric = true;
    this.defaultNumber = defaultNumber;
    this.minimum = minimum;
    this.maximum = maximum;
    this.defaultText = "";
    this.textRule = null;
  }

  Setting(String key, String labelKey) {
    this(key, labelKey, "", null);
  }

  /** A text setting: {@code rule} checks and normalizes a typed value (throws when invalid). */
  Setting(
      String key,
      String labelKey,
      String defaultText,
      java.util.function.UnaryOperator<String> rule) {
    this.key = key;
    this.labelKey = labelKey;
    this.numeric = false;
    this.defaultNumber = 0;
    this.minimum = 0;
    this.maximum = 0;
    this.defaultText = defaultText;
    this.textRule = rule;
  }

  /** True for a text setting with its own rule (not a number, not the time zone). */
  public boolean text() {
    return textRule != null;
  }

  public String key() {
    return key;
  }

  public String labelKey() {
    return labelKey;
  }

  /** True for whole-number settings with a range; false for the time zone and text settings. */
  public boolean numeric() {
    return numeric;
  }

  /** The value in force when none is stored. */
  public String defaultValue() {
    if (text()) {
      return defaultText;
    }
    return numeric ? Integer.toString(defaultNumber) : CountyClock.defaultZone().getId();
  }

  public int minimum() {
    return minimum;
  }

  public int maximum() {
    return maximum;
  }

  private static String countyName(String text) {
    String name = org.careeval.domain.FreeText.clean(text);
    if (name.isEmpty() || name.length() > 30) {
      throw new CareEvalException("error.setting.countyName");
    }
    return name;
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
   * Checks and normalizes a value typed by an administrator (full-width digits allowed).
   *
   * @throws CareEvalException if it is not a whole number in the allowed range, or not a known time
   *     zone
   */
  public String parse(String text) {
    if (text()) {
      return textRule.apply(text.strip());
    }
    String normalized = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
    return numeric ? Integer.toString(parseNumber(normalized)) : parseZone(normalized).getId();
  }

  private int parseNumber(String normalized) {
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

  private static ZoneId parseZone(String normalized) {
    try {
      return ZoneId.of(normalized);
    } catch (DateTimeException e) {
      throw new CareEvalException("error.setting.zone", normalized);
    }
  }
}
