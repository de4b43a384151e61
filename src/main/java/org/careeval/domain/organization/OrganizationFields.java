package org.careeval.domain.organization;

/** Longest texts the register stores, in characters (the column sizes of V003). */
public final class OrganizationFields {
  public static final int NAME = 200;
  public static final int LEGAL_REPRESENTATIVE = 100;
  public static final int ADDRESS = 300;
  public static final int PHONE = 50;
  public static final int RATING_CERTIFICATE = 100;
  public static final int RATING_ISSUER = 100;

  private OrganizationFields() {}
}
