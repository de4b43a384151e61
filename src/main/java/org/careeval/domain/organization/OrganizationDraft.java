package org.careeval.domain.organization;

import java.util.Optional;

/** What an officer types (or an import row holds) for an organization, before checks. */
public record OrganizationDraft(
    String name,
    String code,
    String legalRepresentative,
    String address,
    String phone,
    Optional<Rating> rating) {}
