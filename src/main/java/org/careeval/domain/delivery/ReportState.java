package org.careeval.domain.delivery;

/**
 * Where a period report stands: being entered (or unlocked again by a supervisor), submitted and
 * waiting for the officer, returned with a reason, or accepted — then locked.
 */
public enum ReportState {
  DRAFT("report.state.draft"),
  SUBMITTED("report.state.submitted"),
  RETURNED("report.state.returned"),
  ACCEPTED("report.state.accepted");

  private final String labelKey;

  ReportState(String labelKey) {
    this.labelKey = labelKey;
  }

  public String labelKey() {
    return labelKey;
  }

  /** Values and evidence may change only before submission or after a return. */
  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }
}
