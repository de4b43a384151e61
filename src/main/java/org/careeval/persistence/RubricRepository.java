package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.RUBRIC_CHECK_ITEM;
import static org.careeval.persistence.jooq.Tables.RUBRIC_CRITERION;
import static org.careeval.persistence.jooq.Tables.RUBRIC_VERSION;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.procurement.ProcurementMethod;
import org.careeval.domain.rubric.Aggregation;
import org.careeval.domain.rubric.BandLines;
import org.careeval.domain.rubric.CheckItem;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.rubric.CriterionKind;
import org.careeval.domain.rubric.Rubric;
import org.careeval.domain.rubric.RubricSettings;
import org.careeval.domain.rubric.RubricVersion;
import org.careeval.persistence.jooq.tables.records.RubricVersionRecord;

/** The versions of projects' rubrics, each with its checklists and criteria in order. */
public final class RubricRepository {

  private static final String QUALIFICATION = "QUALIFICATION";
  private static final String CONFORMITY = "CONFORMITY";

  /** The newest version of a project's rubric, if it has one. */
  public Optional<RubricVersion> current(Transaction tx, long projectId) {
    return tx.dsl()
        .selectFrom(RUBRIC_VERSION)
        .where(RUBRIC_VERSION.PROJECT_ID.eq(projectId))
        .orderBy(RUBRIC_VERSION.VERSION.desc())
        .limit(1)
        .fetchOptional(r -> toVersion(tx, r));
  }

  /** Every version of a project's rubric, oldest first. */
  public List<RubricVersion> versions(Transaction tx, long projectId) {
    return tx.dsl()
        .selectFrom(RUBRIC_VERSION)
        .where(RUBRIC_VERSION.PROJECT_ID.eq(projectId))
        .orderBy(RUBRIC_VERSION.VERSION)
        .fetch(r -> toVersion(tx, r));
  }

  public long insert(
      Transaction tx,
      long projectId,
      int version,
      Rubric rubric,
      String reason,
      String createdBy,
      Instant now) {
    RubricVersionRecord row = tx.dsl().newRecord(RUBRIC_VERSION);
    row.setProjectId(projectId);
    row.setVersion(version);
    fillSettings(row, rubric.settings());
    row.setChangeReason(reason.isEmpty() ? null : reason);
    row.setCreatedBy(createdBy);
    row.setCreatedAt(now.atOffset(ZoneOffset.UTC));
    row.store();
    insertContent(tx, row.getId(), rubric);
    return row.getId();
  }

  /** Replaces the settings, lists and criteria of a version that is not locked. */
  public void replace(Transaction tx, long versionId, Rubric rubric) {
    RubricVersionRecord row =
        tx.dsl().selectFrom(RUBRIC_VERSION).where(RUBRIC_VERSION.ID.eq(versionId)).fetchOne();
    fillSettings(row, rubric.settings());
    row.store();
    tx.dsl()
        .deleteFrom(RUBRIC_CHECK_ITEM)
        .where(RUBRIC_CHECK_ITEM.RUBRIC_VERSION_ID.eq(versionId))
        .execute();
    tx.dsl()
        .deleteFrom(RUBRIC_CRITERION)
        .where(RUBRIC_CRITERION.RUBRIC_VERSION_ID.eq(versionId))
        .execute();
    insertContent(tx, versionId, rubric);
  }

  /** Locks a version; false when it was locked already. */
  public boolean lock(Transaction tx, long versionId, Instant now) {
    return tx.dsl()
            .update(RUBRIC_VERSION)
            .set(RUBRIC_VERSION.LOCKED_AT, now.atOffset(ZoneOffset.UTC))
            .where(RUBRIC_VERSION.ID.eq(versionId))
            .and(RUBRIC_VERSION.LOCKED_AT.isNull())
            .execute()
        == 1;
  }

  /** Freezes a version for good (the panel has signed); locks it too if it was not. */
  public void freeze(Transaction tx, long versionId, Instant now) {
    lock(tx, versionId, now);
    tx.dsl()
        .update(RUBRIC_VERSION)
        .set(RUBRIC_VERSION.FROZEN_AT, now.atOffset(ZoneOffset.UTC))
        .where(RUBRIC_VERSION.ID.eq(versionId))
        .and(RUBRIC_VERSION.FROZEN_AT.isNull())
        .execute();
  }

  private static void fillSettings(RubricVersionRecord row, RubricSettings s) {
    row.setMethod(s.method().name());
    row.setPricePoints(s.pricePoints());
    row.setAggregation(s.aggregation().name());
    row.setDecimals(s.decimals());
    row.setSmeDeduction(s.smeDeductionPercent());
    row.setApprovalReference(s.approvalReference());
    row.setLowPriceAlert(s.lowPriceAlertPercent());
    row.setTechnicalTieBreak(s.technicalTieBreak());
  }

  private static void insertContent(Transaction tx, long versionId, Rubric rubric) {
    insertItems(tx, versionId, QUALIFICATION, rubric.qualification());
    insertItems(tx, versionId, CONFORMITY, rubric.conformity());
    List<Criterion> criteria = rubric.criteria();
    for (int i = 0; i < criteria.size(); i++) {
      Criterion c = criteria.get(i);
      tx.dsl()
          .insertInto(RUBRIC_CRITERION)
          .set(RUBRIC_CRITERION.RUBRIC_VERSION_ID, versionId)
          .set(RUBRIC_CRITERION.SEQ, i)
          .set(RUBRIC_CRITERION.CODE, c.code())
          .set(RUBRIC_CRITERION.GROUP_NAME, c.group())
          .set(RUBRIC_CRITERION.CONTENT, c.content())
          .set(RUBRIC_CRITERION.MAX_POINTS, c.maxPoints())
          .set(RUBRIC_CRITERION.KIND, c.kind().name())
          .set(RUBRIC_CRITERION.BANDS, c.bandLines())
          .execute();
    }
  }

  private static void insertItems(
      Transaction tx, long versionId, String section, List<CheckItem> items) {
    for (int i = 0; i < items.size(); i++) {
      CheckItem item = items.get(i);
      tx.dsl()
          .insertInto(RUBRIC_CHECK_ITEM)
          .set(RUBRIC_CHECK_ITEM.RUBRIC_VERSION_ID, versionId)
          .set(RUBRIC_CHECK_ITEM.SECTION, section)
          .set(RUBRIC_CHECK_ITEM.SEQ, i)
          .set(RUBRIC_CHECK_ITEM.CODE, item.code())
          .set(RUBRIC_CHECK_ITEM.CONTENT, item.content())
          .set(RUBRIC_CHECK_ITEM.BASIS, item.basis())
          .execute();
    }
  }

  private static RubricVersion toVersion(Transaction tx, RubricVersionRecord r) {
    RubricSettings settings =
        new RubricSettings(
            ProcurementMethod.valueOf(r.getMethod()),
            r.getPricePoints(),
            Aggregation.valueOf(r.getAggregation()),
            r.getDecimals(),
            r.getSmeDeduction(),
            r.getApprovalReference(),
            r.getLowPriceAlert(),
            r.getTechnicalTieBreak());
    Rubric rubric =
        new Rubric(
            settings,
            items(tx, r.getId(), QUALIFICATION),
            items(tx, r.getId(), CONFORMITY),
            tx.dsl()
                .selectFrom(RUBRIC_CRITERION)
                .where(RUBRIC_CRITERION.RUBRIC_VERSION_ID.eq(r.getId()))
                .orderBy(RUBRIC_CRITERION.SEQ)
                .fetch(
                    c ->
                        new Criterion(
                            c.getCode(),
                            c.getGroupName(),
                            c.getContent(),
                            c.getMaxPoints(),
                            CriterionKind.valueOf(c.getKind()),
                            BandLines.parse(c.getBands()).bands())));
    return new RubricVersion(
        r.getId(),
        r.getProjectId(),
        r.getVersion(),
        rubric,
        Optional.ofNullable(r.getLockedAt()).map(java.time.OffsetDateTime::toInstant),
        Optional.ofNullable(r.getFrozenAt()).map(java.time.OffsetDateTime::toInstant),
        r.getChangeReason() == null ? "" : r.getChangeReason(),
        r.getCreatedBy(),
        r.getCreatedAt().toInstant());
  }

  private static List<CheckItem> items(Transaction tx, long versionId, String section) {
    return tx.dsl()
        .selectFrom(RUBRIC_CHECK_ITEM)
        .where(RUBRIC_CHECK_ITEM.RUBRIC_VERSION_ID.eq(versionId))
        .and(RUBRIC_CHECK_ITEM.SECTION.eq(section))
        .orderBy(RUBRIC_CHECK_ITEM.SEQ)
        .fetch(i -> new CheckItem(i.getCode(), i.getContent(), i.getBasis()));
  }
}
