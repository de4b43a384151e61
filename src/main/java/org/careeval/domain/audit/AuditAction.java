package org.careeval.domain.audit;

/** What an audit event records. */
public enum AuditAction {
  CREATE("audit.action.create"),
  UPDATE("audit.action.update"),
  DELETE("audit.action.delete"),
  SIGN_IN("audit.action.signIn"),
  SIGN_IN_FAILED("audit.action.signInFailed"),
  SIGN_OUT("audit.action.signOut"),
  EXPORT("audit.action.export"),
  IMPORT("audit.action.import");

  private final String labelKey;

  AuditAction(String labelKey) {
    this.labelKey = labelKey;
  }

  public String labelKey() {
    return labelKey;
  }
}
