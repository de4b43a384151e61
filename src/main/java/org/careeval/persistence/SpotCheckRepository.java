package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.SPOT_CHECK;
import static org.careeval.persistence.jooq.Tables.SPOT_CHECK_ITEM;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.records.AgeBand;
import org.careeval.domain.records.Beneficiary;
import org.careeval.domain.records.SpotCheck;
import org.careeval.persistence.jooq.tables.records.SpotCheckRecord;
import org.jooq.Condition;
import org.jooq.Query;

/** Spot checks with their sampled items and findings. */
public final class SpotCheckRepository {

  public long insert(Transaction tx, SpotCheck check) {
    long id =
        tx.dsl()
            .insertInto(SPOT_CHECK)
            .set(SPOT_CHECK.CONTRACT_ID, check.contractId())
            .set(SPOT_CHECK.KIND, check.kind().name())
            .set(SPOT_CHECK.RATE, check.rate())
            .set(SPOT_CHECK.SEED, check.seed())
            .set(SPOT_CHECK.POPULATION, check.population())
            .set(SPOT_CHECK.POPULATION_SHA256, check.populationSha256())
            .set(SPOT_CHECK.DRAWN_BY, check.drawnBy())
            .set(SPOT_CHECK.DRAWN_AT, check.drawnAt().atOffset(ZoneOffset.UTC))
            .returning(SPOT_CHECK.ID)
            .fetchOne()
            .getId();
    List<Query> batch = new ArrayList<>();
    for (SpotCheck.Item i : check.items()) {
      batch.add(
          tx.dsl()
              .insertInto(SPOT_CHECK_ITEM)
              .set(SPOT_CHECK_ITEM.CHECK_ID, id)
              .set(SPOT_CHECK_ITEM.SEQ, i.seq())
              .set(SPOT_CHECK_ITEM.PERIOD, i.period().code())
              .set(SPOT_CHECK_ITEM.PLACE_ID, i.placeId())
              .set(SPOT_CHECK_ITEM.CATEGORY_ID, i.categoryId().orElse(null))
              .set(SPOT_CHECK_ITEM.BENEFICIARY, i.beneficiary().map(Enum::name).orElse(""))
              .set(SPOT_CHECK_ITEM.AGE_BAND, i.age().map(Enum::name).orElse(""))
              .set(SPOT_CHECK_ITEM.CHILDREN, i.children())
              .set(SPOT_CHECK_ITEM.TIMES, i.times())
              .set(SPOT_CHECK_ITEM.FINDING, SpotCheck.Finding.PENDING.name())
              .set(SPOT_CHECK_ITEM.NOTE, ""));
    }
    tx.dsl().batch(batch).execute();
    return id;
  }

  public Optional<SpotCheck> get(Transaction tx, long id) {
    return checks(tx, SPOT_CHECK.ID.eq(id)).stream().findFirst();
  }

  /** Every check, newest first (of one contract when given). */
  public List<SpotCheck> list(Transaction tx, Optional<Long> contractId) {
    return checks(
        tx, contractId.map(SPOT_CHECK.CONTRACT_ID::eq).orElse(org.jooq.impl.DSL.noCondition()));
  }

  /** Records what the visit of one item found; false when the item does not exist. */
  public boolean setFinding(
      Transaction tx,
      long checkId,
      int seq,
      SpotCheck.Finding finding,
      String note,
      Optional<String> evidence,
      String by,
      Instant at) {
    return tx.dsl()
            .update(SPOT_CHECK_ITEM)
            .set(SPOT_CHECK_ITEM.FINDING, finding.name())
            .set(SPOT_CHECK_ITEM.NOTE, note)
            .set(SPOT_CHECK_ITEM.EVIDENCE_SHA256, evidence.orElse(null))
            .set(SPOT_CHECK_ITEM.FOUND_BY, by)
            .set(SPOT_CHECK_ITEM.FOUND_AT, at.atOffset(ZoneOffset.UTC))
            .where(SPOT_CHECK_ITEM.CHECK_ID.eq(checkId))
            .and(SPOT_CHECK_ITEM.SEQ.eq(seq))
            .execute()
        == 1;
  }

  private static List<SpotCheck> checks(Transaction tx, Condition which) {
    List<SpotCheckRecord> heads =
        tx.dsl().selectFrom(SPOT_CHECK).where(which).orderBy(SPOT_CHECK.ID.desc()).fetch();
    Map<Long, List<SpotCheck.Item>> items = new HashMap<>();
    tx.dsl()
        .selectFrom(SPOT_CHECK_ITEM)
        .where(SPOT_CHECK_ITEM.CHECK_ID.in(heads.stream().map(SpotCheckRecord::getId).toList()))
        .orderBy(SPOT_CHECK_ITEM.CHECK_ID, SPOT_CHECK_ITEM.SEQ)
        .forEach(
            i ->
                items
                    .computeIfAbsent(i.getCheckId(), k -> new ArrayList<>())
                    .add(
                        new SpotCheck.Item(
                            i.getSeq(),
                            Period.parse(i.getPeriod()).orElseThrow(),
                            i.getPlaceId(),
                            Optional.ofNullable(i.getCategoryId()),
                            i.getBeneficiary().isEmpty()
                                ? Optional.empty()
                                : Optional.of(Beneficiary.valueOf(i.getBeneficiary())),
                            i.getAgeBand().isEmpty()
                                ? Optional.empty()
                                : Optional.of(AgeBand.valueOf(i.getAgeBand())),
                            i.getChildren(),
                            i.getTimes(),
                            SpotCheck.Finding.valueOf(i.getFinding()),
                            i.getNote(),
                            Optional.ofNullable(i.getEvidenceSha256()))));
    return heads.stream()
        .map(
            h ->
                new SpotCheck(
                    h.getId(),
                    h.getContractId(),
                    SpotCheck.Kind.valueOf(h.getKind()),
                    h.getRate(),
                    h.getSeed(),
                    h.getPopulation(),
                    h.getPopulationSha256(),
                    h.getDrawnBy(),
                    h.getDrawnAt().toInstant(),
                    items.getOrDefault(h.getId(), List.of())))
        .toList();
  }
}
