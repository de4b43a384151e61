package org.careeval.domain.award;

/** Where an offer of the contract stands: offered, refused to sign (with a reason), or signed. */
public enum AwardOutcome {
  OFFERED("award.outcome.offered"),
  REFUSED("award.outcome.refused"),
  SIGNED("award.outcome.signed");

  private final String labelKey;

  AwardOutcome(String labelKey) {
    this.labelKey = labelKey;
  }

  public String labelKey() {
    return labelKey;
  }
}
