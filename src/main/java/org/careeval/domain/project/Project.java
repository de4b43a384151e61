package org.careeval.domain.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.procurement.ProcurementMethod;

/**
 * A purchase project (购买服务项目): what the county buys, where, by which method, and where it stands.
 * Service categories and places are ids of the catalogue and the places table.
 */
public record Project(
    long id,
    int fiscalYear,
    String name,
    BigDecimal budget,
    ProcurementMethod method,
    ProjectStatus status,
    String statusReason,
    Optional<LocalDate> termStart,
    Optional<LocalDate> termEnd,
    String officer,
    Set<Long> categoryIds,
    Set<Long> placeIds,
    Set<TargetGroup> targetGroups,
    Optional<Long> awardedOrganizationId,
    int version) {

  public Project {
    categoryIds = Set.copyOf(categoryIds);
    placeIds = Set.copyOf(placeIds);
    targetGroups = Set.copyOf(targetGroups);
  }

  /** The same project with the form's values (status, award and version kept). */
  public Project with(ProjectDraft draft) {
    return new Project(
        id,
        draft.fiscalYear(),
        draft.name(),
        draft.budget(),
        draft.method(),
        status,
        statusReason,
        draft.termStart(),
        draft.termEnd(),
        draft.officer(),
        draft.categoryIds(),
        draft.placeIds(),
        draft.targetGroups(),
        awardedOrganizationId,
        version);
  }

  public Project withStatus(ProjectStatus next, String reason, Optional<Long> awarded) {
    return new Project(
        id,
        fiscalYear,
        name,
        budget,
        method,
        next,
        reason,
        termStart,
        termEnd,
        officer,
        categoryIds,
        placeIds,
        targetGroups,
        awarded,
        version);
  }
}
