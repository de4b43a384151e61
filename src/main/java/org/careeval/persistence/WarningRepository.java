package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.WARNING;
import static org.careeval.persistence.jooq.Tables.WARNING_STEP;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.monitor.Warning;
import org.careeval.domain.monitor.WarningFinding;
import org.careeval.domain.monitor.WarningLevel;
import org.careeval.domain.monitor.WarningRule;
import org.careeval.persistence.jooq.tables.records.WarningRecord;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** Warnings with their handling steps. */
public final class WarningRepository {

  public long insert(
      Transaction tx,
      WarningFinding f,
      WarningLevel level,
      LocalDate raisedOn,
      Optional<Long> previousId) {
    return tx.dsl()
        .insertInto(WARNING)
        .set(WARNING.RULE, f.rule().name())
        .set(WARNING.LEVEL, level.name())
        .set(WARNING.CONTRACT_ID, f.contractId().orElse(null))
        .set(WARNING.CAUSE, f.cause())
        .set(WARNING.DETAIL, f.detail())
        .set(WARNING.RAISED_ON, raisedOn)
        .set(WARNING.STATE, Warning.State.OPEN.name())
        .set(WARNING.PREVIOUS_ID, previousId.orElse(null))
        .set(WARNING.VERSION, 0)
        .returning(WARNING.ID)
        .fetchOne()
        .getId();
  }

  /** Every warning, newest first; only those not closed when {@code openOnly}. */
  public List<Warning> list(Transaction tx, boolean openOnly) {
    return warnings(
        tx, openOnly ? WARNING.STATE.ne(Warning.State.CLOSED.name()) : DSL.noCondition());
  }

  public Optional<Warning> get(Transaction tx, long id) {
    return warnings(tx, WARNING.ID.eq(id)).stream().findFirst();
  }

  /** Moves a warning read at {@code version} to {@code state}; false if it changed meanwhile. */
  public boolean move(Transaction tx, long id, int version, Warning.State state) {
    return tx.dsl()
            .update(WARNING)
            .set(WARNING.STATE, state.name())
            .set(WARNING.VERSION, version + 1)
            .where(WARNING.ID.eq(id))
            .and(WARNING.VERSION.eq(version))
            .execute()
        == 1;
  }

  public void addStep(Transaction tx, long id, Warning.Step step) {
    int seq =
        tx.dsl()
                .select(DSL.coalesce(DSL.max(WARNING_STEP.SEQ), 0))
                .from(WARNING_STEP)
                .where(WARNING_STEP.WARNING_ID.eq(id))
                .fetchOne(0, Integer.class)
            + 1;
    tx.dsl()
        .insertInto(WARNING_STEP)
        .set(WARNING_STEP.WARNING_ID, id)
        .set(WARNING_STEP.SEQ, seq)
        .set(WARNING_STEP.KIND, step.kind().name())
        .set(WARNING_STEP.TEXT, step.text())
        .set(WARNING_STEP.SHA256, step.sha256().orElse(null))
        .set(WARNING_STEP.DONE_BY, step.by())
        .set(WARNING_STEP.DONE_AT, step.at().atOffset(ZoneOffset.UTC))
        .execute();
  }

  private static List<Warning> warnings(Transaction tx, Condition which) {
    List<WarningRecord> heads =
        tx.dsl().selectFrom(WARNING).where(which).orderBy(WARNING.ID.desc()).fetch();
    Map<Long, List<Warning.Step>> steps = new HashMap<>();
    tx.dsl()
        .selectFrom(WARNING_STEP)
        .where(WARNING_STEP.WARNING_ID.in(heads.stream().map(WarningRecord::getId).toList()))
        .orderBy(WARNING_STEP.WARNING_ID, WARNING_STEP.SEQ)
        .forEach(
            s ->
                steps
                    .computeIfAbsent(s.getWarningId(), k -> new ArrayList<>())
                    .add(
                        new Warning.Step(
                            s.getSeq(),
                            Warning.StepKind.valueOf(s.getKind()),
                            s.getText(),
                            Optional.ofNullable(s.getSha256()),
                            s.getDoneBy(),
                            s.getDoneAt().toInstant())));
    return heads.stream()
        .map(
            h ->
                new Warning(
                    h.getId(),
                    WarningRule.valueOf(h.getRule()),
                    WarningLevel.valueOf(h.getLevel()),
                    Optional.ofNullable(h.getContractId()),
                    h.getCause(),
                    h.getDetail(),
                    h.getRaisedOn(),
                    Warning.State.valueOf(h.getState()),
                    Optional.ofNullable(h.getPreviousId()),
                    steps.getOrDefault(h.getId(), List.of()),
                    h.getVersion()))
        .toList();
  }
}
