package org.careeval.service.organization;

import org.careeval.report.ImportTemplate;

/**
 * The columns of a roster workbook that an import reads, in order. An export writes them first, so
 * an exported roster imports again unchanged; the import template has exactly these.
 */
public enum RosterColumn {
  NAME(
      "organization.column.name",
      true,
      "organization.template.hint.name",
      ImportTemplate.Kind.TEXT),
  CODE(
      "organization.column.code",
      true,
      "organization.template.hint.code",
      ImportTemplate.Kind.TEXT),
  LEGAL_REPRESENTATIVE(
      "organization.field.legalRepresentative",
      false,
      "organization.template.hint.legalRepresentative",
      ImportTemplate.Kind.TEXT),
  ADDRESS(
      "organization.field.address",
      false,
      "organization.template.hint.address",
      ImportTemplate.Kind.TEXT),
  PHONE(
      "organization.field.phone",
      false,
      "organization.template.hint.phone",
      ImportTemplate.Kind.TEXT),
  RATING(
      "organization.column.rating",
      false,
      "organization.template.hint.rating",
      ImportTemplate.Kind.CHOICE),
  RATING_CERTIFICATE(
      "organization.field.ratingCertificate",
      false,
      "organization.template.hint.ratingCertificate",
      ImportTemplate.Kind.TEXT),
  RATING_ISSUER(
      "organization.field.ratingIssuer",
      false,
      "organization.template.hint.ratingIssuer",
      ImportTemplate.Kind.TEXT),
  RATING_GRANTED_ON(
      "organization.export.ratingGrantedOn",
      false,
      "organization.template.hint.ratingGrantedOn",
      ImportTemplate.Kind.DATE);

  private final String headerKey;
  private final boolean required;
  private final String hintKey;
  private final ImportTemplate.Kind kind;

  RosterColumn(String headerKey, boolean required, String hintKey, ImportTemplate.Kind kind) {
    this.headerKey = headerKey;
    this.required = required;
    this.hintKey = hintKey;
    this.kind = kind;
  }

  public String hintKey() {
    return hintKey;
  }

  public ImportTemplate.Kind kind() {
    return kind;
  }

  public String headerKey() {
    return headerKey;
  }

  public boolean required() {
    return required;
  }

  /** The Excel column letter (A for the first). */
  public String letter() {
    return String.valueOf((char) ('A' + ordinal()));
  }
}
