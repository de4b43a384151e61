package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.CONTRACT;
import static org.careeval.persistence.jooq.Tables.CONTRACT_PLACE;
import static org.careeval.persistence.jooq.Tables.INSTALLMENT;
import static org.careeval.persistence.jooq.Tables.ORGANIZATION;
import static org.careeval.persistence.jooq.Tables.PROJECT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.contract.ContractSigning;
import org.careeval.domain.contract.Grade;
import org.careeval.domain.contract.Installment;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Contracts with their places, and their installments. */
public final class ContractRepository {

  public List<Contract> list(Transaction tx) {
    Map<Long, Set<Long>> places = places(tx, DSL.noCondition());
    return tx.dsl()
        .select()
        .from(CONTRACT)
        .join(PROJECT)
        .on(PROJECT.ID.eq(CONTRACT.PROJECT_ID))
        .join(ORGANIZATION)
        .on(ORGANIZATION.ID.eq(CONTRACT.ORGANIZATION_ID))
        .orderBy(CONTRACT.ID.desc())
        .fetch(r -> contract(r, places.getOrDefault(r.get(CONTRACT.ID), Set.of())));
  }

  public Optional<Contract> get(Transaction tx, long id) {
    return tx.dsl()
        .select()
        .from(CONTRACT)
        .join(PROJECT)
        .on(PROJECT.ID.eq(CONTRACT.PROJECT_ID))
        .join(ORGANIZATION)
        .on(ORGANIZATION.ID.eq(CONTRACT.ORGANIZATION_ID))
        .where(CONTRACT.ID.eq(id))
        .fetchOptional(
            r ->
                contract(
                    r, places(tx, CONTRACT_PLACE.CONTRACT_ID.eq(id)).getOrDefault(id, Set.of())));
  }

  /** Records the signing of a draft read at {@code version}; false when it changed meanwhile. */
  public boolean sign(Transaction tx, long id, int version, ContractSigning s) {
    int updated =
        tx.dsl()
            .update(CONTRACT)
            .set(CONTRACT.STATUS, Contract.Status.SIGNED.name())
            .set(CONTRACT.CONTRACT_NUMBER, s.number())
            .set(CONTRACT.SIGNED_ON, s.signedOn())
            .set(CONTRACT.TERM_START, s.termStart())
            .set(CONTRACT.TERM_END, s.termEnd())
            .set(CONTRACT.MULTI_YEAR_REASON, s.multiYearReason())
            .set(CONTRACT.SERVICE_CONTENT, s.serviceContent())
            .set(CONTRACT.VERSION, version + 1)
            .where(CONTRACT.ID.eq(id))
            .and(CONTRACT.VERSION.eq(version))
            .and(CONTRACT.STATUS.eq(Contract.Status.DRAFT.name()))
            .execute();
    if (updated != 1) {
      return false;
    }
    for (Long place : s.placeIds()) {
      tx.dsl()
          .insertInto(CONTRACT_PLACE)
          .set(CONTRACT_PLACE.CONTRACT_ID, id)
          .set(CONTRACT_PLACE.PLACE_ID, place)
          .execute();
    }
    for (Installment i : s.installments()) {
      tx.dsl()
          .insertInto(INSTALLMENT)
          .set(INSTALLMENT.CONTRACT_ID, id)
          .set(INSTALLMENT.SEQ, i.seq())
          .set(INSTALLMENT.AMOUNT, i.amount())
          .set(INSTALLMENT.CONDITION, i.condition().name())
          .set(INSTALLMENT.ON_DATE, i.onDate().orElse(null))
          .set(INSTALLMENT.STAGE, i.stage())
          .set(INSTALLMENT.MIN_GRADE, i.minGrade().map(Grade::name).orElse(""))
          .execute();
    }
    return true;
  }

  /** Creates a draft entered directly for a project (not from an award); returns its id. */
  public long insertDraft(
      Transaction tx,
      long projectId,
      long organizationId,
      java.math.BigDecimal amount,
      String by,
      Instant at) {
    return insert(tx, projectId, organizationId, null, amount, by, at);
  }

  /** A contract draft, from an award's offer ({@code awardSeq}) or entered directly (null). */
  static long insert(
      Transaction tx,
      long projectId,
      long organizationId,
      Integer awardSeq,
      java.math.BigDecimal amount,
      String by,
      Instant at) {
    return tx.dsl()
        .insertInto(CONTRACT)
        .set(CONTRACT.PROJECT_ID, projectId)
        .set(CONTRACT.ORGANIZATION_ID, organizationId)
        .set(CONTRACT.AWARD_SEQ, awardSeq)
        .set(CONTRACT.AMOUNT, amount)
        .set(CONTRACT.STATUS, Contract.Status.DRAFT.name())
        .set(CONTRACT.CREATED_BY, by)
        .set(CONTRACT.CREATED_AT, at.atOffset(ZoneOffset.UTC))
        .set(CONTRACT.VERSION, 0)
        .returning(CONTRACT.ID)
        .fetchOne()
        .getId();
  }

  /** The officer (经办人) of each contract's project, in one query, by contract id. */
  public Map<Long, String> officers(Transaction tx) {
    return tx.dsl()
        .select(CONTRACT.ID, PROJECT.OFFICER)
        .from(CONTRACT)
        .join(PROJECT)
        .on(PROJECT.ID.eq(CONTRACT.PROJECT_ID))
        .fetchMap(CONTRACT.ID, PROJECT.OFFICER);
  }

  /** Records the contract's scan by its SHA-256 (a new scan replaces the old one). */
  public void setScan(Transaction tx, long id, String sha256) {
    tx.dsl()
        .update(CONTRACT)
        .set(CONTRACT.SCAN_SHA256, sha256)
        .set(CONTRACT.VERSION, CONTRACT.VERSION.plus(1))
        .where(CONTRACT.ID.eq(id))
        .execute();
  }

  public List<Installment> installments(Transaction tx, long contractId) {
    return installments(tx, INSTALLMENT.CONTRACT_ID.eq(contractId))
        .getOrDefault(contractId, List.of());
  }

  /** Every contract's installments in one query, by contract id. */
  public Map<Long, List<Installment>> allInstallments(Transaction tx) {
    return installments(tx, DSL.noCondition());
  }

  private static Map<Long, List<Installment>> installments(Transaction tx, Condition which) {
    Map<Long, List<Installment>> byContract = new HashMap<>();
    tx.dsl()
        .selectFrom(INSTALLMENT)
        .where(which)
        .orderBy(INSTALLMENT.CONTRACT_ID, INSTALLMENT.SEQ)
        .forEach(
            r ->
                byContract
                    .computeIfAbsent(r.getContractId(), k -> new ArrayList<>())
                    .add(
                        new Installment(
                            r.getSeq(),
                            r.getAmount(),
                            Installment.Condition.valueOf(r.getCondition()),
                            Optional.ofNullable(r.getOnDate()),
                            r.getStage(),
                            r.getMinGrade().isEmpty()
                                ? Optional.empty()
                                : Optional.of(Grade.valueOf(r.getMinGrade())),
                            Optional.ofNullable(r.getReleasedBy()),
                            Optional.ofNullable(r.getReleasedAt())
                                .map(OffsetDateTime::toInstant))));
    return byContract;
  }

  /** Marks an installment released; false when it was released already. */
  public boolean release(Transaction tx, long contractId, int seq, String by, Instant at) {
    return tx.dsl()
            .update(INSTALLMENT)
            .set(INSTALLMENT.RELEASED_BY, by)
            .set(INSTALLMENT.RELEASED_AT, at.atOffset(ZoneOffset.UTC))
            .where(INSTALLMENT.CONTRACT_ID.eq(contractId))
            .and(INSTALLMENT.SEQ.eq(seq))
            .and(INSTALLMENT.RELEASED_AT.isNull())
            .execute()
        == 1;
  }

  private static Map<Long, Set<Long>> places(Transaction tx, Condition which) {
    Map<Long, Set<Long>> byContract = new HashMap<>();
    tx.dsl()
        .selectFrom(CONTRACT_PLACE)
        .where(which)
        .forEach(
            r ->
                byContract
                    .computeIfAbsent(r.getContractId(), k -> new HashSet<>())
                    .add(r.getPlaceId()));
    return byContract;
  }

  private static Contract contract(Record r, Set<Long> places) {
    return new Contract(
        r.get(CONTRACT.ID),
        r.get(CONTRACT.PROJECT_ID),
        r.get(PROJECT.NAME),
        r.get(CONTRACT.ORGANIZATION_ID),
        r.get(ORGANIZATION.NAME),
        r.get(CONTRACT.AMOUNT),
        Contract.Status.valueOf(r.get(CONTRACT.STATUS)),
        r.get(CONTRACT.CONTRACT_NUMBER),
        Optional.ofNullable(r.get(CONTRACT.SIGNED_ON)),
        Optional.ofNullable(r.get(CONTRACT.TERM_START)),
        Optional.ofNullable(r.get(CONTRACT.TERM_END)),
        r.get(CONTRACT.MULTI_YEAR_REASON),
        r.get(CONTRACT.SERVICE_CONTENT),
        places,
        Optional.ofNullable(r.get(CONTRACT.SCAN_SHA256)),
        r.get(CONTRACT.VERSION));
  }
}
