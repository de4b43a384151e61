package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.BID;
import static org.careeval.persistence.jooq.Tables.PROJECT;
import static org.careeval.persistence.jooq.Tables.PROJECT_CATEGORY;
import static org.careeval.persistence.jooq.Tables.PROJECT_PLACE;
import static org.careeval.persistence.jooq.Tables.PROJECT_TARGET_GROUP;
import static org.careeval.persistence.jooq.Tables.SERVICE_CATEGORY;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.procurement.ProcurementMethod;
import org.careeval.domain.project.Project;
import org.careeval.domain.project.ProjectStatus;
import org.careeval.domain.project.ServiceCategory;
import org.careeval.domain.project.TargetGroup;
import org.careeval.persistence.jooq.tables.records.ProjectRecord;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/** Purchase projects with their categories, places and target groups; never deleted. */
public final class ProjectRepository {

  /** Every project, newest fiscal year first, then in the order they were created. */
  public List<Project> list(Transaction tx) {
    Map<Long, Set<Long>> categories =
        links(tx, PROJECT_CATEGORY, PROJECT_CATEGORY.PROJECT_ID, PROJECT_CATEGORY.CATEGORY_ID);
    Map<Long, Set<Long>> places =
        links(tx, PROJECT_PLACE, PROJECT_PLACE.PROJECT_ID, PROJECT_PLACE.PLACE_ID);
    Map<Long, Set<TargetGroup>> groups = new HashMap<>();
    tx.dsl()
        .selectFrom(PROJECT_TARGET_GROUP)
        .forEach(
            r ->
                groups
                    .computeIfAbsent(r.getProjectId(), id -> new HashSet<>())
                    .add(TargetGroup.valueOf(r.getTargetGroup())));
    return tx.dsl()
        .selectFrom(PROJECT)
        .orderBy(PROJECT.FISCAL_YEAR.desc(), PROJECT.ID)
        .fetch(
            r ->
                toProject(
                    r,
                    categories.getOrDefault(r.getId(), Set.of()),
                    places.getOrDefault(r.getId(), Set.of()),
                    groups.getOrDefault(r.getId(), Set.of())));
  }

  public Optional<Project> get(Transaction tx, long id) {
    return tx.dsl()
        .selectFrom(PROJECT)
        .where(PROJECT.ID.eq(id))
        .fetchOptional(
            r ->
                toProject(
                    r,
                    Set.copyOf(
                        tx.dsl()
                            .select(PROJECT_CATEGORY.CATEGORY_ID)
                            .from(PROJECT_CATEGORY)
                            .where(PROJECT_CATEGORY.PROJECT_ID.eq(id))
                            .fetch(PROJECT_CATEGORY.CATEGORY_ID)),
                    Set.copyOf(
                        tx.dsl()
                            .select(PROJECT_PLACE.PLACE_ID)
                            .from(PROJECT_PLACE)
                            .where(PROJECT_PLACE.PROJECT_ID.eq(id))
                            .fetch(PROJECT_PLACE.PLACE_ID)),
                    Set.copyOf(
                        tx.dsl()
                            .select(PROJECT_TARGET_GROUP.TARGET_GROUP)
                            .from(PROJECT_TARGET_GROUP)
                            .where(PROJECT_TARGET_GROUP.PROJECT_ID.eq(id))
                            .fetch(g -> TargetGroup.valueOf(g.value1())))));
  }

  public long insert(Transaction tx, Project project, String createdBy, Instant now) {
    ProjectRecord row = tx.dsl().newRecord(PROJECT);
    fill(row, project);
    row.setCreatedBy(createdBy);
    row.setCreatedAt(now.atOffset(ZoneOffset.UTC));
    row.setUpdatedAt(now.atOffset(ZoneOffset.UTC));
    row.store();
    replaceLinks(tx, row.getId(), project);
    return row.getId();
  }

  /**
   * Writes a project read at {@code project.version()} and moves its version on.
   *
   * @return false when it has changed since: nothing written
   */
  public boolean update(Transaction tx, Project project, Instant now) {
    ProjectRecord row = tx.dsl().newRecord(PROJECT);
    fill(row, project);
    row.setUpdatedAt(now.atOffset(ZoneOffset.UTC));
    row.setRowVersion(project.version() + 1);
    row.changed(PROJECT.ID, false);
    row.changed(PROJECT.CREATED_AT, false);
    row.changed(PROJECT.CREATED_BY, false);
    boolean written =
        tx.dsl()
                .update(PROJECT)
                .set(row)
                .where(PROJECT.ID.eq(project.id()))
                .and(PROJECT.ROW_VERSION.eq(project.version()))
                .execute()
            == 1;
    if (written) {
      replaceLinks(tx, project.id(), project);
    }
    return written;
  }

  /** The service-category catalogue, in its order. */
  /** True once any bid is recorded for the project. */
  public boolean hasBids(Transaction tx, long projectId) {
    return tx.dsl().fetchExists(BID, BID.PROJECT_ID.eq(projectId));
  }

  public List<ServiceCategory> categories(Transaction tx) {
    return tx.dsl()
        .selectFrom(SERVICE_CATEGORY)
        .orderBy(SERVICE_CATEGORY.SEQ)
        .fetch(
            r ->
                new ServiceCategory(
                    r.getId(),
                    r.getName(),
                    r.getMaterial(),
                    ServiceCategory.Purpose.valueOf(r.getPurpose()),
                    r.getActive(),
                    r.getRowVersion()));
  }

  /** Adds a category at the end of the catalogue. */
  public long insertCategory(
      Transaction tx, String name, boolean material, ServiceCategory.Purpose purpose) {
    Integer last =
        tx.dsl()
            .select(DSL.max(SERVICE_CATEGORY.SEQ))
            .from(SERVICE_CATEGORY)
            .fetchOne(0, Integer.class);
    return tx.dsl()
        .insertInto(SERVICE_CATEGORY)
        .set(SERVICE_CATEGORY.NAME, name)
        .set(SERVICE_CATEGORY.MATERIAL, material)
        .set(SERVICE_CATEGORY.PURPOSE, purpose.name())
        .set(SERVICE_CATEGORY.SEQ, last == null ? 1 : last + 1)
        .set(SERVICE_CATEGORY.ACTIVE, true)
        .returning(SERVICE_CATEGORY.ID)
        .fetchOne()
        .getId();
  }

  /**
   * Changes a category read at {@code category.version()}.
   *
   * @return false when it has changed since: nothing written
   */
  public boolean updateCategory(Transaction tx, ServiceCategory category) {
    return tx.dsl()
            .update(SERVICE_CATEGORY)
            .set(SERVICE_CATEGORY.NAME, category.name())
            .set(SERVICE_CATEGORY.MATERIAL, category.material())
            .set(SERVICE_CATEGORY.PURPOSE, category.purpose().name())
            .set(SERVICE_CATEGORY.ACTIVE, category.active())
            .set(SERVICE_CATEGORY.ROW_VERSION, category.version() + 1)
            .where(SERVICE_CATEGORY.ID.eq(category.id()))
            .and(SERVICE_CATEGORY.ROW_VERSION.eq(category.version()))
            .execute()
        == 1;
  }

  public boolean categoryNameTaken(Transaction tx, String name, long exceptId) {
    return tx.dsl()
        .fetchExists(
            SERVICE_CATEGORY, SERVICE_CATEGORY.NAME.eq(name).and(SERVICE_CATEGORY.ID.ne(exceptId)));
  }

  private static void fill(ProjectRecord row, Project p) {
    row.setFiscalYear(p.fiscalYear());
    row.setName(p.name());
    row.setBudget(p.budget());
    row.setMethod(p.method().name());
    row.setStatus(p.status().name());
    row.setStatusReason(p.statusReason().isEmpty() ? null : p.statusReason());
    row.setTermStart(p.termStart().orElse(null));
    row.setTermEnd(p.termEnd().orElse(null));
    row.setOfficer(p.officer().isEmpty() ? null : p.officer());
    row.setAwardedOrganizationId(p.awardedOrganizationId().orElse(null));
  }

  private static void replaceLinks(Transaction tx, long id, Project p) {
    tx.dsl().deleteFrom(PROJECT_CATEGORY).where(PROJECT_CATEGORY.PROJECT_ID.eq(id)).execute();
    tx.dsl().deleteFrom(PROJECT_PLACE).where(PROJECT_PLACE.PROJECT_ID.eq(id)).execute();
    tx.dsl()
        .deleteFrom(PROJECT_TARGET_GROUP)
        .where(PROJECT_TARGET_GROUP.PROJECT_ID.eq(id))
        .execute();
    for (Long category : p.categoryIds()) {
      tx.dsl()
          .insertInto(PROJECT_CATEGORY, PROJECT_CATEGORY.PROJECT_ID, PROJECT_CATEGORY.CATEGORY_ID)
          .values(id, category)
          .execute();
    }
    for (Long place : p.placeIds()) {
      tx.dsl()
          .insertInto(PROJECT_PLACE, PROJECT_PLACE.PROJECT_ID, PROJECT_PLACE.PLACE_ID)
          .values(id, place)
          .execute();
    }
    for (TargetGroup group : p.targetGroups()) {
      tx.dsl()
          .insertInto(
              PROJECT_TARGET_GROUP,
              PROJECT_TARGET_GROUP.PROJECT_ID,
              PROJECT_TARGET_GROUP.TARGET_GROUP)
          .values(id, group.name())
          .execute();
    }
  }

  private static <R extends org.jooq.Record> Map<Long, Set<Long>> links(
      Transaction tx, Table<R> table, TableField<R, Long> owner, TableField<R, Long> linked) {
    Map<Long, Set<Long>> links = new HashMap<>();
    for (Record2<Long, Long> r : tx.dsl().select(owner, linked).from(table).fetch()) {
      links.computeIfAbsent(r.value1(), id -> new HashSet<>()).add(r.value2());
    }
    return links;
  }

  private static Project toProject(
      ProjectRecord r, Set<Long> categories, Set<Long> places, Set<TargetGroup> groups) {
    return new Project(
        r.getId(),
        r.getFiscalYear(),
        r.getName(),
        r.getBudget(),
        ProcurementMethod.valueOf(r.getMethod()),
        ProjectStatus.valueOf(r.getStatus()),
        r.getStatusReason() == null ? "" : r.getStatusReason(),
        Optional.ofNullable(r.getTermStart()),
        Optional.ofNullable(r.getTermEnd()),
        r.getOfficer() == null ? "" : r.getOfficer(),
        categories,
        places,
        groups,
        Optional.ofNullable(r.getAwardedOrganizationId()),
        r.getRowVersion());
  }
}
