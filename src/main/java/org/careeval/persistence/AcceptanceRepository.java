package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.ACCEPTANCE_PARTICIPANT;
import static org.careeval.persistence.jooq.Tables.ACCEPTANCE_RECORD;
import static org.careeval.persistence.jooq.Tables.ACCEPTANCE_STAGE;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.delivery.AcceptanceStage;
import org.careeval.domain.delivery.RecipientGroup;
import org.careeval.persistence.jooq.tables.records.AcceptanceRecordRecord;

/** Each contract's acceptance plan (stages) and the records of the stages held. */
public final class AcceptanceRepository {

  public List<AcceptanceStage> stages(Transaction tx, long contractId) {
    Map<Integer, AcceptanceStage.Record> records = records(tx, contractId);
    return tx.dsl()
        .selectFrom(ACCEPTANCE_STAGE)
        .where(ACCEPTANCE_STAGE.CONTRACT_ID.eq(contractId))
        .orderBy(ACCEPTANCE_STAGE.SEQ)
        .fetch(
            s ->
                new AcceptanceStage(
                    s.getSeq(),
                    s.getName(),
                    s.getPlannedOn(),
                    s.getAcceptor(),
                    s.getMethod(),
                    s.getStandard(),
                    Optional.ofNullable(records.get(s.getSeq()))));
  }

  /** Replaces a plan none of whose stages has been held. */
  public void replaceStages(Transaction tx, long contractId, List<AcceptanceStage> stages) {
    tx.dsl()
        .deleteFrom(ACCEPTANCE_STAGE)
        .where(ACCEPTANCE_STAGE.CONTRACT_ID.eq(contractId))
        .execute();
    for (AcceptanceStage s : stages) {
      tx.dsl()
          .insertInto(ACCEPTANCE_STAGE)
          .set(ACCEPTANCE_STAGE.CONTRACT_ID, contractId)
          .set(ACCEPTANCE_STAGE.SEQ, s.seq())
          .set(ACCEPTANCE_STAGE.NAME, s.name())
          .set(ACCEPTANCE_STAGE.PLANNED_ON, s.plannedOn())
          .set(ACCEPTANCE_STAGE.ACCEPTOR, s.acceptor())
          .set(ACCEPTANCE_STAGE.METHOD, s.method())
          .set(ACCEPTANCE_STAGE.STANDARD, s.standard())
          .execute();
    }
  }

  /** Records a stage's acceptance; false when it was recorded already. */
  public boolean record(
      Transaction tx, long contractId, int seq, AcceptanceStage.Record record, Instant at) {
    if (tx.dsl()
        .fetchExists(
            ACCEPTANCE_RECORD,
            ACCEPTANCE_RECORD
                .CONTRACT_ID
                .eq(contractId)
                .and(ACCEPTANCE_RECORD.STAGE_SEQ.eq(seq)))) {
      return false;
    }
    tx.dsl()
        .insertInto(ACCEPTANCE_RECORD)
        .set(ACCEPTANCE_RECORD.CONTRACT_ID, contractId)
        .set(ACCEPTANCE_RECORD.STAGE_SEQ, seq)
        .set(ACCEPTANCE_RECORD.ACCEPTED_ON, record.acceptedOn())
        .set(ACCEPTANCE_RECORD.PASSED, record.passed())
        .set(ACCEPTANCE_RECORD.OPINION, record.opinion())
        .set(ACCEPTANCE_RECORD.RECORDED_BY, record.recordedBy())
        .set(ACCEPTANCE_RECORD.RECORDED_AT, at.atOffset(ZoneOffset.UTC))
        .execute();
    record
        .participants()
        .forEach(
            (group, count) ->
                tx.dsl()
                    .insertInto(ACCEPTANCE_PARTICIPANT)
                    .set(ACCEPTANCE_PARTICIPANT.CONTRACT_ID, contractId)
                    .set(ACCEPTANCE_PARTICIPANT.STAGE_SEQ, seq)
                    .set(ACCEPTANCE_PARTICIPANT.RECIPIENT_GROUP, group.name())
                    .set(ACCEPTANCE_PARTICIPANT.PARTICIPANTS, count)
                    .execute());
    return true;
  }

  /** The names of every contract's passed stages, in one query, by contract id. */
  public Map<Long, Set<String>> passedStages(Transaction tx) {
    Map<Long, Set<String>> passed = new HashMap<>();
    tx.dsl()
        .select(ACCEPTANCE_STAGE.CONTRACT_ID, ACCEPTANCE_STAGE.NAME)
        .from(ACCEPTANCE_STAGE)
        .join(ACCEPTANCE_RECORD)
        .on(ACCEPTANCE_RECORD.CONTRACT_ID.eq(ACCEPTANCE_STAGE.CONTRACT_ID))
        .and(ACCEPTANCE_RECORD.STAGE_SEQ.eq(ACCEPTANCE_STAGE.SEQ))
        .where(ACCEPTANCE_RECORD.PASSED.isTrue())
        .forEach(r -> passed.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
    return passed;
  }

  private static Map<Integer, AcceptanceStage.Record> records(Transaction tx, long contractId) {
    Map<Integer, Map<RecipientGroup, Integer>> counts = new HashMap<>();
    tx.dsl()
        .selectFrom(ACCEPTANCE_PARTICIPANT)
        .where(ACCEPTANCE_PARTICIPANT.CONTRACT_ID.eq(contractId))
        .forEach(
            p ->
                counts
                    .computeIfAbsent(p.getStageSeq(), k -> new EnumMap<>(RecipientGroup.class))
                    .put(RecipientGroup.valueOf(p.getRecipientGroup()), p.getParticipants()));
    Map<Integer, AcceptanceStage.Record> records = new HashMap<>();
    for (AcceptanceRecordRecord r :
        tx.dsl()
            .selectFrom(ACCEPTANCE_RECORD)
            .where(ACCEPTANCE_RECORD.CONTRACT_ID.eq(contractId))
            .fetch()) {
      records.put(
          r.getStageSeq(),
          new AcceptanceStage.Record(
              r.getAcceptedOn(),
              r.getPassed(),
              r.getOpinion(),
              counts.getOrDefault(r.getStageSeq(), Map.of()),
              r.getRecordedBy()));
    }
    return records;
  }
}
