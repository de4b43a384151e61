package org.careeval.domain.organization;

import java.util.Optional;

/**
 * A social organization in the county's register (社会组织名录). Qualification documents, inspections,
 * credit flags, staff and service areas are added by later parts of step 3.
 *
 * @param checkOverrideReason why a supervisor accepted a code whose check character fails
 * @param version the row version read; a change made from an older one is refused (ADR 0015)
 */
public record Organization(
    long id,
    String name,
    OrganizationCode code,
    Optional<String> checkOverrideReason,
    String legalRepresentative,
    String address,
    String phone,
    Optional<Rating> rating,
    boolean active,
    int version) {}
