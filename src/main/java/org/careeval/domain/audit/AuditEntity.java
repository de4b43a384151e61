package org.careeval.domain.audit;

import java.util.Optional;

/**
 * What an audit event is about. The code is what the trail stores (and hashes), so a code never
 * changes once released; the label key names it in the user's language (viewer, export).
 */
public enum AuditEntity {
  USER("user", "audit.entity.user"),
  SETTING("setting", "audit.entity.setting"),
  AUDIT_TRAIL("auditTrail", "audit.entity.auditTrail"),
  ORGANIZATION("organization", "audit.entity.organization"),
  ORGANIZATION_DOCUMENT("organizationDocument", "audit.entity.organizationDocument"),
  ANNUAL_INSPECTION("annualInspection", "audit.entity.annualInspection"),
  CREDIT_FLAG("creditFlag", "audit.entity.creditFlag"),
  ORGANIZATION_STAFF("organizationStaff", "audit.entity.organizationStaff"),
  ORGANIZATION_TOWNS("organizationTowns", "audit.entity.organizationTowns"),
  ORGANIZATION_CONTACT("organizationContact", "audit.entity.organizationContact"),
  PLACE("place", "audit.entity.place"),
  PROJECT("project", "audit.entity.project"),
  RUBRIC("rubric", "audit.entity.rubric"),
  SERVICE_CATEGORY("serviceCategory", "audit.entity.serviceCategory"),
  BID("bid", "audit.entity.bid"),
  PANEL_MEMBER("panelMember", "audit.entity.panelMember"),
  SCORE("score", "audit.entity.score"),
  SCORE_QUERY("scoreQuery", "audit.entity.scoreQuery"),
  EXPERT("expert", "audit.entity.expert"),
  AWARD("award", "audit.entity.award"),
  CONTRACT("contract", "audit.entity.contract"),
  INDICATOR_TEMPLATE("indicatorTemplate", "audit.entity.indicatorTemplate"),
  PERIOD_REPORT("periodReport", "audit.entity.periodReport"),
  ACCEPTANCE("acceptance", "audit.entity.acceptance"),
  SERVICE_RECORDS("serviceRecords", "audit.entity.serviceRecords"),
  SPOT_CHECK("spotCheck", "audit.entity.spotCheck"),
  WARNING("warning", "audit.entity.warning"),
  MANDATORY_REPORT("mandatoryReport", "audit.entity.mandatoryReport"),
  PERFORMANCE_EVALUATION("performanceEvaluation", "audit.entity.performanceEvaluation"),
  RECTIFICATION("rectification", "audit.entity.rectification");

  private final String code;
  private final String labelKey;

  AuditEntity(String code, String labelKey) {
    this.code = code;
    this.labelKey = labelKey;
  }

  /** As stored in the trail. */
  public String code() {
    return code;
  }

  public String labelKey() {
    return labelKey;
  }

  public static Optional<AuditEntity> byCode(String code) {
    for (AuditEntity entity : values()) {
      if (entity.code.equals(code)) {
        return Optional.of(entity);
      }
    }
    return Optional.empty();
  }
}
