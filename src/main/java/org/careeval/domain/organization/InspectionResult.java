package org.careeval.domain.organization;

/** The outcome of a year's annual inspection (年检) by the registration authority. */
public enum InspectionResult {
  PASSED("organization.inspection.passed"),
  BASIC("organization.inspection.basic"),
  FAILED("organization.inspection.failed"),
  ABSENT("organization.inspection.absent");

  private final String labelKey;

  InspectionResult(String labelKey) {
    this.labelKey = labelKey;
  }

  public String labelKey() {
    return labelKey;
  }

  /** 不合格 and 未参检 raise an alert. */
  public boolean isAlarming() {
    return this == FAILED || this == ABSENT;
  }
}
