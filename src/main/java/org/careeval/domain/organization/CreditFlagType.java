package org.careeval.domain.organization;

/** Credit lists and sanctions that disqualify or warn (domain rules 2.9–2.10). */
public enum CreditFlagType {
  /** 活动异常名录. */
  ABNORMAL_OPERATION("organization.credit.abnormal"),
  /** 严重违法失信名单. */
  SERIOUS_DISHONESTY("organization.credit.serious"),
  /** 行政处罚. */
  ADMINISTRATIVE_PENALTY("organization.credit.penalty");

  private final String labelKey;

  CreditFlagType(String labelKey) {
    this.labelKey = labelKey;
  }

  public String labelKey() {
    return labelKey;
  }
}
