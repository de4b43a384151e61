package org.careeval.domain.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the register flags about an organization on a given day (step 3 alerts, part one). */
public enum OrganizationAlert {
  RATING_EXPIRED("organization.alert.ratingExpired"),
  RATING_EXPIRING("organization.alert.ratingExpiring"),
  CODE_PENDING("organization.alert.codePending"),
  LEGACY_CODE("organization.alert.legacyCode");

  /** A rating expiring within this many days raises an alert. */
  public static final int RATING_WARNING_DAYS = 90;

  private final String labelKey;

  OrganizationAlert(String labelKey) {
    this.labelKey = labelKey;
  }

  public String labelKey() {
    return labelKey;
  }

  public static List<OrganizationAlert> of(Organization organization, LocalDate today) {
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
    if (organization.code().status() == OrganizationCode.CheckStatus.PENDING) {
      alerts.add(CODE_PENDING);
    }
    if (organization.code().kind() == OrganizationCode.Kind.LEGACY) {
      alerts.add(LEGACY_CODE);
    }
    return alerts;
  }
}
