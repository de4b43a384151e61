package org.careeval.domain.scoring;

import java.util.Optional;

/** A member's seat on the panel (domain rules 2.5): an expert, or the buyer's representative. */
public enum PanelRole {
  EXPERT("panel.role.expert", "专家"),
  BUYER_REPRESENTATIVE("panel.role.buyerRepresentative", "采购人代表");

  private final String labelKey;
  private final String chinese;

  PanelRole(String labelKey, String chinese) {
    this.labelKey = labelKey;
    this.chinese = chinese;
  }

  public String labelKey() {
    return labelKey;
  }

  /** As workbooks write it, whatever the window language. */
  public String chinese() {
    return chinese;
  }

  public static Optional<PanelRole> ofChinese(String text) {
    for (PanelRole role : values()) {
      if (role.chinese.equals(text.strip())) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
