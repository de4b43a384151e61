package org.careeval.domain.organization;

/** Kinds of qualification documents an organization holds. */
public enum DocumentType {
  /** 社会组织登记证书 / 法人登记证书. */
  REGISTRATION_CERTIFICATE("organization.document.type.registration"),
  /** 慈善组织认定. */
  CHARITY_RECOGNITION("organization.document.type.charity"),
  /** 非营利组织免税资格. */
  TAX_EXEMPTION("organization.document.type.taxExemption"),
  /** A licence or filing for the service itself (e.g. 社会工作服务机构备案). */
  SERVICE_LICENSE("organization.document.type.serviceLicense"),
  OTHER("organization.document.type.other");

  private final String labelKey;

  DocumentType(String labelKey) {
    this.labelKey = labelKey;
  }

  public String labelKey() {
    return labelKey;
  }
}
