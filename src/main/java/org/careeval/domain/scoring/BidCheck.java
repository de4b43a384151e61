package org.careeval.domain.scoring;

/**
 * One line of a bid's review: the rubric's checklist item it answers (资格审查 by the buyer, 符合性审查 by
 * the committee), pass or fail, and the reason a fail must carry.
 */
public record BidCheck(Section section, String itemCode, boolean passed, String reason) {

  /** Which review the line belongs to. */
  public enum Section {
    QUALIFICATION("bid.review.qualification"),
    CONFORMITY("bid.review.conformity");

    private final String labelKey;

    Section(String labelKey) {
      this.labelKey = labelKey;
    }

    public String labelKey() {
      return labelKey;
    }
  }

  public BidCheck {
    reason = reason == null ? "" : reason.strip();
  }
}
