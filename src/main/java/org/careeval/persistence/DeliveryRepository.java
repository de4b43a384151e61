package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.CONTRACT;
import static org.careeval.persistence.jooq.Tables.CONTRACT_INDICATOR;
import static org.careeval.persistence.jooq.Tables.INDICATOR_TARGET;
import static org.careeval.persistence.jooq.Tables.INDICATOR_TEMPLATE;
import static org.careeval.persistence.jooq.Tables.PERIOD_REPORT;
import static org.careeval.persistence.jooq.Tables.REPORT_EVIDENCE;
import static org.careeval.persistence.jooq.Tables.REPORT_VALUE;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.delivery.ContractIndicator;
import org.careeval.domain.delivery.EvidenceFile;
import org.careeval.domain.delivery.Indicator;
import org.careeval.domain.delivery.IndicatorKind;
import org.careeval.domain.delivery.Measure;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.delivery.PeriodReport;
import org.careeval.domain.delivery.QualitativeBand;
import org.careeval.domain.delivery.ReportState;
import org.careeval.domain.delivery.ReportValue;
import org.careeval.persistence.jooq.tables.records.PeriodReportRecord;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * The county's indicator template, each contract's plan (indicators, baselines, targets per period)
 * and its period reports with values and evidence.
 */
public final class DeliveryRepository {

  public List<Indicator> template(Transaction tx) {
    return tx.dsl()
        .selectFrom(INDICATOR_TEMPLATE)
        .orderBy(INDICATOR_TEMPLATE.SEQ)
        .fetch(
            r ->
                indicator(
                    r.getSeq(),
                    new String[] {r.getLevel1(), r.getLevel2(), r.getLevel3()},
                    r.getKind(),
                    r.getUnit(),
                    r.getWeight(),
                    r.getMeasure()));
  }

  public void replaceTemplate(Transaction tx, List<Indicator> indicators) {
    tx.dsl().deleteFrom(INDICATOR_TEMPLATE).execute();
    for (Indicator i : indicators) {
      tx.dsl()
          .insertInto(INDICATOR_TEMPLATE)
          .set(INDICATOR_TEMPLATE.SEQ, i.seq())
          .set(INDICATOR_TEMPLATE.LEVEL1, i.level1())
          .set(INDICATOR_TEMPLATE.LEVEL2, i.level2())
          .set(INDICATOR_TEMPLATE.LEVEL3, i.level3())
          .set(INDICATOR_TEMPLATE.KIND, i.kind().name())
          .set(INDICATOR_TEMPLATE.UNIT, i.unit())
          .set(INDICATOR_TEMPLATE.WEIGHT, i.weight())
          .set(INDICATOR_TEMPLATE.MEASURE, i.measure().name())
          .execute();
    }
  }

  public List<ContractIndicator> plan(Transaction tx, long contractId) {
    Map<Integer, Map<Period, BigDecimal>> targets = new HashMap<>();
    tx.dsl()
        .selectFrom(INDICATOR_TARGET)
        .where(INDICATOR_TARGET.CONTRACT_ID.eq(contractId))
        .forEach(
            t ->
                targets
                    .computeIfAbsent(t.getIndicatorSeq(), k -> new HashMap<>())
                    .put(Period.parse(t.getPeriod()).orElseThrow(), t.getTarget()));
    return tx.dsl()
        .selectFrom(CONTRACT_INDICATOR)
        .where(CONTRACT_INDICATOR.CONTRACT_ID.eq(contractId))
        .orderBy(CONTRACT_INDICATOR.SEQ)
        .fetch(
            r ->
                new ContractIndicator(
                    indicator(
                        r.getSeq(),
                        new String[] {r.getLevel1(), r.getLevel2(), r.getLevel3()},
                        r.getKind(),
                        r.getUnit(),
                        r.getWeight(),
                        r.getMeasure()),
                    Optional.ofNullable(r.getBaseline()),
                    targets.getOrDefault(r.getSeq(), Map.of())));
  }

  /** Replaces a contract's plan and the children of its villages. */
  public void replacePlan(
      Transaction tx, long contractId, List<ContractIndicator> plan, Optional<Integer> children) {
    tx.dsl()
        .update(CONTRACT)
        .set(CONTRACT.CHILDREN_COVERED, children.orElse(null))
        .where(CONTRACT.ID.eq(contractId))
        .execute();
    tx.dsl()
        .deleteFrom(INDICATOR_TARGET)
        .where(INDICATOR_TARGET.CONTRACT_ID.eq(contractId))
        .execute();
    tx.dsl()
        .deleteFrom(CONTRACT_INDICATOR)
        .where(CONTRACT_INDICATOR.CONTRACT_ID.eq(contractId))
        .execute();
    for (ContractIndicator ci : plan) {
      Indicator i = ci.indicator();
      tx.dsl()
          .insertInto(CONTRACT_INDICATOR)
          .set(CONTRACT_INDICATOR.CONTRACT_ID, contractId)
          .set(CONTRACT_INDICATOR.SEQ, i.seq())
          .set(CONTRACT_INDICATOR.LEVEL1, i.level1())
          .set(CONTRACT_INDICATOR.LEVEL2, i.level2())
          .set(CONTRACT_INDICATOR.LEVEL3, i.level3())
          .set(CONTRACT_INDICATOR.KIND, i.kind().name())
          .set(CONTRACT_INDICATOR.UNIT, i.unit())
          .set(CONTRACT_INDICATOR.WEIGHT, i.weight())
          .set(CONTRACT_INDICATOR.MEASURE, i.measure().name())
          .set(CONTRACT_INDICATOR.BASELINE, ci.baseline().orElse(null))
          .execute();
      var batch = new ArrayList<org.jooq.Query>();
      ci.targets()
          .forEach(
              (period, target) ->
                  batch.add(
                      tx.dsl()
                          .insertInto(INDICATOR_TARGET)
                          .set(INDICATOR_TARGET.CONTRACT_ID, contractId)
                          .set(INDICATOR_TARGET.INDICATOR_SEQ, i.seq())
                          .set(INDICATOR_TARGET.PERIOD, period.code())
                          .set(INDICATOR_TARGET.TARGET, target)));
      tx.dsl().batch(batch).execute();
    }
  }

  public Optional<Integer> childrenCovered(Transaction tx, long contractId) {
    return tx.dsl()
        .select(CONTRACT.CHILDREN_COVERED)
        .from(CONTRACT)
        .where(CONTRACT.ID.eq(contractId))
        .fetchOptional(CONTRACT.CHILDREN_COVERED);
  }

  /** A contract's reports, oldest period first, with values and evidence. */
  public List<PeriodReport> reports(Transaction tx, long contractId) {
    return reports(tx, PERIOD_REPORT.CONTRACT_ID.eq(contractId), true);
  }

  /** Every report of the county without values or evidence: what the status view needs. */
  public List<PeriodReport> reportHeads(Transaction tx) {
    return reports(tx, DSL.noCondition(), false);
  }

  /** One contract's reports without values or evidence. */
  public List<PeriodReport> reportHeads(Transaction tx, long contractId) {
    return reports(tx, PERIOD_REPORT.CONTRACT_ID.eq(contractId), false);
  }

  public Optional<PeriodReport> report(Transaction tx, long contractId, Period period) {
    return reports(
            tx,
            PERIOD_REPORT.CONTRACT_ID.eq(contractId).and(PERIOD_REPORT.PERIOD.eq(period.code())),
            true)
        .stream()
        .findFirst();
  }

  public long createReport(Transaction tx, long contractId, Period period, Instant at) {
    return tx.dsl()
        .insertInto(PERIOD_REPORT)
        .set(PERIOD_REPORT.CONTRACT_ID, contractId)
        .set(PERIOD_REPORT.PERIOD, period.code())
        .set(PERIOD_REPORT.STATE, ReportState.DRAFT.name())
        .set(PERIOD_REPORT.NARRATIVE, "")
        .set(PERIOD_REPORT.RETURN_REASON, "")
        .set(PERIOD_REPORT.UNLOCK_REASON, "")
        .set(PERIOD_REPORT.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
        .set(PERIOD_REPORT.VERSION, 0)
        .returning(PERIOD_REPORT.ID)
        .fetchOne()
        .getId();
  }

  /** Saves the narrative and values of a report read at {@code version}; false if it changed. */
  public boolean saveValues(
      Transaction tx,
      long reportId,
      int version,
      String narrative,
      List<ReportValue> values,
      Instant at) {
    if (!touch(tx, reportId, version, at, PERIOD_REPORT.NARRATIVE, narrative)) {
      return false;
    }
    tx.dsl().deleteFrom(REPORT_VALUE).where(REPORT_VALUE.REPORT_ID.eq(reportId)).execute();
    var batch = new ArrayList<org.jooq.Query>();
    for (ReportValue v : values) {
      batch.add(
          tx.dsl()
              .insertInto(REPORT_VALUE)
              .set(REPORT_VALUE.REPORT_ID, reportId)
              .set(REPORT_VALUE.INDICATOR_SEQ, v.seq())
              .set(REPORT_VALUE.ACTUAL, v.actual().orElse(null))
              .set(REPORT_VALUE.BAND, v.band().map(Enum::name).orElse(""))
              .set(REPORT_VALUE.NOTE, v.note()));
    }
    tx.dsl().batch(batch).execute();
    return true;
  }

  /** Lists an evidence file on a report (once: the same content twice is one file). */
  public boolean addEvidence(Transaction tx, long reportId, EvidenceFile file) {
    boolean listed =
        tx.dsl()
            .fetchExists(
                REPORT_EVIDENCE,
                REPORT_EVIDENCE
                    .REPORT_ID
                    .eq(reportId)
                    .and(REPORT_EVIDENCE.SHA256.eq(file.sha256())));
    if (listed) {
      return false;
    }
    tx.dsl()
        .insertInto(REPORT_EVIDENCE)
        .set(REPORT_EVIDENCE.REPORT_ID, reportId)
        .set(REPORT_EVIDENCE.SHA256, file.sha256())
        .set(REPORT_EVIDENCE.FILE_NAME, file.fileName())
        .set(REPORT_EVIDENCE.SIZE_BYTES, file.sizeBytes())
        .set(REPORT_EVIDENCE.ADDED_BY, file.addedBy())
        .set(REPORT_EVIDENCE.ADDED_AT, file.addedAt().atOffset(ZoneOffset.UTC))
        .execute();
    bump(tx, reportId, file.addedAt());
    return true;
  }

  public void removeEvidence(Transaction tx, long reportId, String sha256, Instant at) {
    tx.dsl()
        .deleteFrom(REPORT_EVIDENCE)
        .where(REPORT_EVIDENCE.REPORT_ID.eq(reportId))
        .and(REPORT_EVIDENCE.SHA256.eq(sha256))
        .execute();
    bump(tx, reportId, at);
  }

  /** Records the submission with its snapshot; false if the report changed since it was read. */
  public boolean submit(
      Transaction tx,
      long reportId,
      int version,
      String by,
      LocalDate on,
      String snapshot,
      String sha256,
      Instant at) {
    return tx.dsl()
            .update(PERIOD_REPORT)
            .set(PERIOD_REPORT.STATE, ReportState.SUBMITTED.name())
            .set(PERIOD_REPORT.SUBMITTED_BY, by)
            .set(PERIOD_REPORT.SUBMITTED_ON, on)
            .set(PERIOD_REPORT.SNAPSHOT, snapshot)
            .set(PERIOD_REPORT.SNAPSHOT_SHA256, sha256)
            .set(PERIOD_REPORT.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
            .set(PERIOD_REPORT.VERSION, version + 1)
            .where(PERIOD_REPORT.ID.eq(reportId))
            .and(PERIOD_REPORT.VERSION.eq(version))
            .execute()
        == 1;
  }

  /** Accepts or returns (with the reason) a submitted report; false if it changed meanwhile. */
  public boolean decide(
      Transaction tx,
      long reportId,
      int version,
      ReportState state,
      String by,
      String reason,
      Instant at) {
    return tx.dsl()
            .update(PERIOD_REPORT)
            .set(PERIOD_REPORT.STATE, state.name())
            .set(PERIOD_REPORT.DECIDED_BY, by)
            .set(PERIOD_REPORT.DECIDED_AT, at.atOffset(ZoneOffset.UTC))
            .set(PERIOD_REPORT.RETURN_REASON, reason)
            .set(PERIOD_REPORT.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
            .set(PERIOD_REPORT.VERSION, version + 1)
            .where(PERIOD_REPORT.ID.eq(reportId))
            .and(PERIOD_REPORT.VERSION.eq(version))
            .execute()
        == 1;
  }

  /** Opens an accepted report again (the snapshot of its submission stays). */
  public boolean unlock(Transaction tx, long reportId, int version, String reason, Instant at) {
    return tx.dsl()
            .update(PERIOD_REPORT)
            .set(PERIOD_REPORT.STATE, ReportState.DRAFT.name())
            .set(PERIOD_REPORT.UNLOCK_REASON, reason)
            .set(PERIOD_REPORT.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
            .set(PERIOD_REPORT.VERSION, version + 1)
            .where(PERIOD_REPORT.ID.eq(reportId))
            .and(PERIOD_REPORT.VERSION.eq(version))
            .execute()
        == 1;
  }

  /** The snapshot text kept at the last submission. */
  public Optional<String> snapshot(Transaction tx, long reportId) {
    return tx.dsl()
        .select(PERIOD_REPORT.SNAPSHOT)
        .from(PERIOD_REPORT)
        .where(PERIOD_REPORT.ID.eq(reportId))
        .fetchOptional(PERIOD_REPORT.SNAPSHOT);
  }

  private boolean touch(
      Transaction tx,
      long reportId,
      int version,
      Instant at,
      org.jooq.Field<String> field,
      String value) {
    return tx.dsl()
            .update(PERIOD_REPORT)
            .set(field, value)
            .set(PERIOD_REPORT.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
            .set(PERIOD_REPORT.VERSION, version + 1)
            .where(PERIOD_REPORT.ID.eq(reportId))
            .and(PERIOD_REPORT.VERSION.eq(version))
            .execute()
        == 1;
  }

  private void bump(Transaction tx, long reportId, Instant at) {
    tx.dsl()
        .update(PERIOD_REPORT)
        .set(PERIOD_REPORT.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
        .set(PERIOD_REPORT.VERSION, PERIOD_REPORT.VERSION.plus(1))
        .where(PERIOD_REPORT.ID.eq(reportId))
        .execute();
  }

  /** The template and contract tables hold the same columns of an indicator. */
  private static Indicator indicator(
      int seq, String[] levels, String kind, String unit, BigDecimal weight, String measure) {
    return new Indicator(
        seq,
        levels[0],
        levels[1],
        levels[2],
        IndicatorKind.valueOf(kind),
        unit,
        weight,
        Measure.valueOf(measure));
  }

  private static List<PeriodReport> reports(Transaction tx, Condition which, boolean whole) {
    List<PeriodReportRecord> heads =
        tx.dsl()
            .selectFrom(PERIOD_REPORT)
            .where(which)
            .orderBy(PERIOD_REPORT.CONTRACT_ID, PERIOD_REPORT.PERIOD)
            .fetch();
    if (heads.isEmpty() || !whole) {
      return heads.stream().map(r -> report(r, List.of(), List.of())).toList();
    }
    List<Long> ids = heads.stream().map(PeriodReportRecord::getId).toList();
    Map<Long, List<ReportValue>> values = new HashMap<>();
    tx.dsl()
        .selectFrom(REPORT_VALUE)
        .where(REPORT_VALUE.REPORT_ID.in(ids))
        .orderBy(REPORT_VALUE.INDICATOR_SEQ)
        .forEach(
            v ->
                values
                    .computeIfAbsent(v.getReportId(), k -> new ArrayList<>())
                    .add(
                        new ReportValue(
                            v.getIndicatorSeq(),
                            Optional.ofNullable(v.getActual()),
                            v.getBand().isEmpty()
                                ? Optional.empty()
                                : Optional.of(QualitativeBand.valueOf(v.getBand())),
                            v.getNote())));
    Map<Long, List<EvidenceFile>> evidence = new HashMap<>();
    tx.dsl()
        .selectFrom(REPORT_EVIDENCE)
        .where(REPORT_EVIDENCE.REPORT_ID.in(ids))
        .orderBy(REPORT_EVIDENCE.ADDED_AT, REPORT_EVIDENCE.FILE_NAME)
        .forEach(
            e ->
                evidence
                    .computeIfAbsent(e.getReportId(), k -> new ArrayList<>())
                    .add(
                        new EvidenceFile(
                            e.getSha256(),
                            e.getFileName(),
                            e.getSizeBytes(),
                            e.getAddedBy(),
                            e.getAddedAt().toInstant())));
    return heads.stream()
        .map(
            r ->
                report(
                    r,
                    values.getOrDefault(r.getId(), List.of()),
                    evidence.getOrDefault(r.getId(), List.of())))
        .toList();
  }

  private static PeriodReport report(
      PeriodReportRecord r, List<ReportValue> values, List<EvidenceFile> evidence) {
    return new PeriodReport(
        r.getId(),
        r.getContractId(),
        Period.parse(r.getPeriod()).orElseThrow(),
        ReportState.valueOf(r.getState()),
        r.getNarrative(),
        values,
        evidence,
        Optional.ofNullable(r.getSubmittedBy()),
        Optional.ofNullable(r.getSubmittedOn()),
        Optional.ofNullable(r.getSnapshotSha256()),
        Optional.ofNullable(r.getDecidedBy()),
        r.getReturnReason(),
        r.getUnlockReason(),
        r.getUpdatedAt().toInstant(),
        r.getVersion());
  }
}
