package org.careeval.domain.monitor;

import org.careeval.domain.system.Setting;

/** What raises a warning, with the setting that gives its level. */
public enum WarningRule {
  BEHIND_SCHEDULE("behind-schedule", "warning.rule.behindSchedule", Setting.LEVEL_BEHIND_SCHEDULE),
  PAYMENT_AHEAD("payment-ahead", "warning.rule.paymentAhead", Setting.LEVEL_PAYMENT_AHEAD),
  NO_UPDATE("no-update", "warning.rule.noUpdate", Setting.LEVEL_NO_UPDATE),
  SPOT_CHECK_MISMATCH("spot-check", "warning.rule.spotCheck", Setting.LEVEL_SPOT_CHECK),
  IMBALANCE("imbalance", "warning.rule.imbalance", Setting.LEVEL_IMBALANCE),
  ORGANIZATION_FLAG(
      "organization-flag", "warning.rule.organizationFlag", Setting.LEVEL_ORGANIZATION_FLAG);

  private final String code;
  private final String labelKey;
  private final Setting level;

  WarningRule(String code, String labelKey, Setting level) {
    this.code = code;
    this.labelKey = labelKey;
    this.level = level;
  }

  public String code() {
    return code;
  }

  public String labelKey() {
    return labelKey;
  }

  public Setting levelSetting() {
    return level;
  }
}
