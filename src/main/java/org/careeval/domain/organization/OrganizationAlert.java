package org.careeval.domain.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the register flags about an organization on a given day: rating expired or expiring within
 * 90 days, a current qualification document expired or expiring within 30 days, a credit flag set,
 * the latest annual inspection failed or missed, and code issues.
 */
public enum OrganizationAlert {
  RATING_EXPIRED("organization.alert.ratingExpired", "organization.alert.short.ratingExpired"),
  RATING_EXPIRING("organization.alert.ratingExpiring", "organization.alert.short.ratingExpiring"),
  CODE_PENDING("organization.alert.codePending", "organization.alert.short.codePending"),
  LEGACY_CODE("organization.alert.legacyCode", "organization.alert.short.legacyCode"),
  DOCUMENT_EXPIRED(
      "organization.alert.documentExpired", "organization.alert.short.documentExpired"),
  DOCUMENT_EXPIRING(
      "organization.alert.documentExpiring", "organization.alert.short.documentExpiring"),
  CREDIT_FLAG("organization.alert.creditFlag", "organization.alert.short.creditFlag"),
  INSPECTION_FAILED(
      "organization.alert.inspectionFailed", "organization.alert.short.inspectionFailed");

  /** A rating expiring within this many days raises an alert. */
  public static final int RATING_WARNING_DAYS = 90;

  private final String labelKey;
  private final String shortLabelKey;

  OrganizationAlert(String labelKey, String shortLabelKey) {
    this.labelKey = labelKey;
    this.shortLabelKey = shortLabelKey;
  }

  public String labelKey() {
    return labelKey;
  }

  /** A few characters for a badge in a table cell; {@link #labelKey()} is the full sentence. */
  public String shortLabelKey() {
    return shortLabelKey;
  }

  public static List<OrganizationAlert> of(
      Organization organization, AlertFacts facts, LocalDate today) {
    List<OrganizationAlert> alerts = new ArrayList<>();
    organization
        .rating()
        .ifPresent(
            rating -> {
              if (today.isAfter(rating.expiresOn())) {
                alerts.add(RATING_EXPIRED);
              } else if (rating.expiresWithin(today, RATING_WARNING_DAYS)) {
                alerts.add(RATING_EXPIRING);
              }
            });
    Collection<QualificationDocument> documents = facts.currentDocuments();
    if (documents.stream().anyMatch(d -> d.isExpiredOn(today))) {
      alerts.add(DOCUMENT_EXPIRED);
    } else if (documents.stream().anyMatch(d -> d.isExpiringOn(today))) {
      alerts.add(DOCUMENT_EXPIRING);
    }
    if (facts.creditFlags().stream().anyMatch(f -> f.isSetOn(today))) {
      alerts.add(CREDIT_FLAG);
    }
    if (facts.latestInspection().filter(InspectionResult::isAlarming).isPresent()) {
      alerts.add(INSPECTION_FAILED);
    }
    if (organization.code().status() == OrganizationCode.CheckStatus.PENDING) {
      alerts.add(CODE_PENDING);
    }
    if (organization.code().kind() == OrganizationCode.Kind.LEGACY) {
      alerts.add(LEGACY_CODE);
    }
    return alerts;
  }
}
