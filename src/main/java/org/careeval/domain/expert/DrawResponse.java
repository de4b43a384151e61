package org.careeval.domain.expert;

/**
 * A drawn expert's answer: accepted the seat, declined it (when called), or declared 回避 at sign-in
 * (a tie to a bidder). A decline or 回避 frees the seat for an alternate or a new draw.
 */
public enum DrawResponse {
  ACCEPTED("draw.response.accepted"),
  DECLINED("draw.response.declined"),
  RECUSED("draw.response.recused");

  private final String labelKey;

  DrawResponse(String labelKey) {
    this.labelKey = labelKey;
  }

  public String labelKey() {
    return labelKey;
  }

  /** True when the expert leaves the panel. */
  public boolean leaves() {
    return this != ACCEPTED;
  }
}
