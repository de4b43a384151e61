package org.careeval.domain.user;

/** The five roles of DESIGN.md. A user may hold several. */
public enum Role {
  /** 系统管理员: users, roles, settings, backups. */
  ADMIN("role.admin"),
  /** 业务科室经办人: registers organizations, projects, bids, contracts, service records. */
  OFFICER("role.officer"),
  /** 评审专家: scores proposals, evaluates periodic reports. */
  EXPERT("role.expert"),
  /** 分管领导/督导: approves awards, signs off evaluations, the quarterly spreadsheet. */
  SUPERVISOR("role.supervisor"),
  /** 审计/只读: reads everything, changes nothing, verifies the audit trail. */
  AUDITOR("role.auditor");

  private final String labelKey;

  Role(String labelKey) {
    this.labelKey = labelKey;
  }

  public String labelKey() {
    return labelKey;
  }
}
