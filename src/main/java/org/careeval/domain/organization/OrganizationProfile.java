package org.careeval.domain.organization;

import java.util.List;

/** Everything the detail view shows about one organization. */
public record OrganizationProfile(
    Organization organization,
    List<QualificationDocument> documents,
    List<AnnualInspection> inspections,
    List<CreditFlag> creditFlags,
    Staffing staffing,
    List<String> towns,
    List<Contact> contacts) {}
