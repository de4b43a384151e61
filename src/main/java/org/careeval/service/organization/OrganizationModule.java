package org.careeval.service.organization;

import org.careeval.persistence.AwardRepository;
import org.careeval.persistence.FileEvidenceStore;
import org.careeval.persistence.OrganizationDetailRepository;
import org.careeval.persistence.OrganizationRepository;
import org.careeval.persistence.PlaceRepository;
import org.careeval.service.Foundation;

/** The organization register's repositories and services, built in one place. */
public record OrganizationModule(
    OrganizationService organizations, OrganizationDetailService details) {

  public static OrganizationModule create(Foundation f) {
    OrganizationRepository organizations = new OrganizationRepository();
    return new OrganizationModule(
        new OrganizationService(f.database(), organizations, f.audit(), f.clock(), f.sessions()),
        new OrganizationDetailService(
            f.database(),
            organizations,
            new OrganizationDetailRepository(),
            f.audit(),
            f.clock(),
            new FileEvidenceStore(f.database().directory().root().resolve("documents")),
            new PlaceRepository(),
            new AwardRepository(),
            new org.careeval.persistence.ContractRepository(),
            new org.careeval.persistence.PerformanceRepository(),
            f.sessions()));
  }
}
