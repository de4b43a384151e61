package org.careeval.service.organization;

import org.careeval.domain.organization.OrganizationDraft;
import org.careeval.report.ImportTemplate;

/**
 * The columns of a roster workbook that an import reads, in order. An export writes them first, so
 * an exported roster imports again unchanged; the import template has exactly these.
 */
public enum RosterColumn {
  NAME(
      OrganizationDraft.NAME,
      "organization.column.name",
      true,
      "organization.template.hint.name",
      ImportTemplate.Kind.TEXT),
  CODE(
      OrganizationDraft.CODE,
      "organization.column.code",
      true,
      "organization.template.hint.code",
      ImportTemplate.Kind.TEXT),
  LEGAL_REPRESENTATIVE(
      OrganizationDraft.LEGAL_REPRESENTATIVE,
      "organization.field.legalRepresentative",
      false,
      "organization.template.hint.legalRepresentative",
      ImportTemplate.Kind.TEXT),
  ADDRESS(
      OrganizationDraft.ADDRESS,
      "organization.field.address",
      false,
      "organization.template.hint.address",
      ImportTemplate.Kind.TEXT),
  PHONE(
      OrganizationDraft.PHONE,
      "organization.field.phone",
      false,
      "organization.template.hint.phone",
      ImportTemplate.Kind.TEXT),
  RATING(
      "rating",
      "organization.column.rating",
      false,
      "organization.template.hint.rating",
      ImportTemplate.Kind.CHOICE),
  RATING_CERTIFICATE(
      OrganizationDraft.RATING_CERTIFICATE,
      "organization.field.ratingCertificate",
      false,
      "organization.template.hint.ratingCertificate",
      ImportTemplate.Kind.TEXT),
  RATING_ISSUER(
      OrganizationDraft.RATING_ISSUER,
      "organization.field.ratingIssuer",
      false,
      "organization.template.hint.ratingIssuer",
      ImportTemplate.Kind.TEXT),
  RATING_GRANTED_ON(
      OrganizationDraft.RATING_GRANTED_ON,
      "organization.export.ratingGrantedOn",
      false,
      "organization.template.hint.ratingGrantedOn",
      ImportTemplate.Kind.DATE);

  private final String field;
  private final String headerKey;
  private final boolean required;
  private final String hintKey;
  private final ImportTemplate.Kind kind;

  RosterColumn(
      String field, String headerKey, boolean required, String hintKey, ImportTemplate.Kind kind) {
    this.field = field;
    this.headerKey = headerKey;
    this.required = required;
    this.hintKey = hintKey;
    this.kind = kind;
  }

  /** The draft field this column holds (problems of that field are reported here). */
  public String field() {
    return field;
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
