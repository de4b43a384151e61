package org.careeval.domain.user;

import org.careeval.domain.LocalizedText;

/** Something a user may be allowed to do; which role may do what is {@link RolePermissions}. */
public enum Permission {
  SYSTEM_INFO_READ("permission.systemInfoRead"),
  USER_MANAGE("permission.userManage"),
  SETTINGS_MANAGE("permission.settingsManage"),
  ORGANIZATION_READ("permission.organizationRead"),
  ORGANIZATION_EDIT("permission.organizationEdit"),
  USCC_CHECK_OVERRIDE("permission.usccCheckOverride"),
  AUDIT_READ("permission.auditRead"),
  AUDIT_VERIFY("permission.auditVerify"),
  AUDIT_EXPORT("permission.auditExport"),
  PLACE_READ("permission.placeRead"),
  PLACE_MANAGE("permission.placeManage"),
  CATALOGUE_MANAGE("permission.catalogueManage"),
  PROJECT_READ("permission.projectRead"),
  PROJECT_EDIT("permission.projectEdit"),
  RUBRIC_CHANGE_LOCKED("permission.rubricChangeLocked"),
  PROJECT_SCORE("permission.projectScore"),
  RESULT_FINALIZE("permission.resultFinalize"),
  AWARD_DECIDE("permission.awardDecide"),
  CONFLICT_DECIDE("permission.conflictDecide"),
  PAYMENT_RELEASE("permission.paymentRelease"),
  INDICATOR_TEMPLATE_EDIT("permission.indicatorTemplateEdit"),
  REPORT_UNLOCK("permission.reportUnlock"),
  WARNING_REVIEW("permission.warningReview"),
  EVALUATION_SIGN("permission.evaluationSign"),
  EXPERT_READ("permission.expertRead"),
  EXPERT_MANAGE("permission.expertManage");

  private final String labelKey;

  Permission(String labelKey) {
    this.labelKey = labelKey;
  }

  public String labelKey() {
    return labelKey;
  }

  public LocalizedText label() {
    return new LocalizedText(labelKey);
  }
}
