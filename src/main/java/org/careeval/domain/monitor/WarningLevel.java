package org.careeval.domain.monitor;

/** How urgent a warning is: 红, 橙, 黄, 蓝 — set per rule (settings 1 to 4). */
public enum WarningLevel {
  RED("red", "warning.level.red"),
  ORANGE("orange", "warning.level.orange"),
  YELLOW("yellow", "warning.level.yellow"),
  BLUE("blue", "warning.level.blue");

  private final String code;
  private final String labelKey;

  WarningLevel(String code, String labelKey) {
    this.code = code;
    this.labelKey = labelKey;
  }

  /** As scripts read it. */
  public String code() {
    return code;
  }

  public String labelKey() {
    return labelKey;
  }

  /** The level a setting's number (1 red … 4 blue) names. */
  public static WarningLevel ofNumber(int number) {
    return values()[Math.max(1, Math.min(4, number)) - 1];
  }
}
