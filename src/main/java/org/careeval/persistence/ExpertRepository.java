package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.EXPERT;
import static org.careeval.persistence.jooq.Tables.EXPERT_BLACKLIST;
import static org.careeval.persistence.jooq.Tables.EXPERT_SPECIALTY;
import static org.careeval.persistence.jooq.Tables.EXPERT_TIE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.expert.Blacklisting;
import org.careeval.domain.expert.Expert;
import org.careeval.domain.expert.ExpertDraft;
import org.careeval.domain.expert.ExpertTie;
import org.careeval.persistence.jooq.tables.records.ExpertRecord;

/** The expert pool: the specialty catalogue, experts with their ties and blacklist entries. */
public final class ExpertRepository {

  /** The active specialties in catalogue order: name → id. */
  public Map<String, Long> specialties(Transaction tx) {
    Map<String, Long> byName = new LinkedHashMap<>();
    tx.dsl()
        .selectFrom(EXPERT_SPECIALTY)
        .where(EXPERT_SPECIALTY.ACTIVE.isTrue())
        .orderBy(EXPERT_SPECIALTY.SEQ)
        .forEach(r -> byName.put(r.getName(), r.getId()));
    return byName;
  }

  public long insert(Transaction tx, ExpertDraft draft, long specialtyId, Instant now) {
    ExpertRecord row = tx.dsl().newRecord(EXPERT);
    fill(row, draft, specialtyId);
    row.setCreatedAt(now.atOffset(ZoneOffset.UTC));
    row.store();
    return row.getId();
  }

  public void update(Transaction tx, long id, ExpertDraft draft, long specialtyId) {
    ExpertRecord row = tx.dsl().selectFrom(EXPERT).where(EXPERT.ID.eq(id)).fetchOne();
    fill(row, draft, specialtyId);
    row.store();
  }

  private static void fill(ExpertRecord row, ExpertDraft draft, long specialtyId) {
    row.setName(draft.name());
    row.setSpecialtyId(specialtyId);
    row.setTitle(draft.title());
    row.setRegion(draft.region());
    row.setEmployer(draft.employer());
    row.setEmployerUscc(draft.employerUscc().orElse(null));
    row.setAvailable(draft.available());
    row.setPhone(draft.phone());
    row.setUsername(draft.username().orElse(null));
  }

  public void replaceTies(Transaction tx, long expertId, List<ExpertTie> ties) {
    tx.dsl().deleteFrom(EXPERT_TIE).where(EXPERT_TIE.EXPERT_ID.eq(expertId)).execute();
    for (ExpertTie tie : ties) {
      tx.dsl()
          .insertInto(EXPERT_TIE)
          .set(EXPERT_TIE.EXPERT_ID, expertId)
          .set(EXPERT_TIE.KIND, tie.kind().name())
          .set(EXPERT_TIE.ORGANIZATION_NAME, tie.organization())
          .set(EXPERT_TIE.USCC, tie.uscc().orElse(null))
          .execute();
    }
  }

  public long insertBlacklisting(Transaction tx, long expertId, Blacklisting entry) {
    return tx.dsl()
        .insertInto(EXPERT_BLACKLIST)
        .set(EXPERT_BLACKLIST.EXPERT_ID, expertId)
        .set(EXPERT_BLACKLIST.REASON, entry.reason())
        .set(EXPERT_BLACKLIST.STARTS_ON, entry.startsOn())
        .set(EXPERT_BLACKLIST.ENDS_ON, entry.endsOn().orElse(null))
        .returning(EXPERT_BLACKLIST.ID)
        .fetchOne()
        .getId();
  }

  /** Lifts an entry early; false when there is no such entry or it was lifted already. */
  public boolean lift(Transaction tx, long blacklistingId, LocalDate on) {
    return tx.dsl()
            .update(EXPERT_BLACKLIST)
            .set(EXPERT_BLACKLIST.LIFTED_ON, on)
            .where(EXPERT_BLACKLIST.ID.eq(blacklistingId))
            .and(EXPERT_BLACKLIST.LIFTED_ON.isNull())
            .execute()
        == 1;
  }

  /** Every expert of the pool, by name, with ties and blacklist entries. */
  public List<Expert> list(Transaction tx) {
    Map<Long, List<ExpertTie>> ties = new LinkedHashMap<>();
    tx.dsl()
        .selectFrom(EXPERT_TIE)
        .orderBy(EXPERT_TIE.ID)
        .forEach(
            t ->
                ties.computeIfAbsent(t.getExpertId(), id -> new ArrayList<>())
                    .add(
                        new ExpertTie(
                            ExpertTie.Kind.valueOf(t.getKind()),
                            t.getOrganizationName(),
                            Optional.ofNullable(t.getUscc()))));
    Map<Long, List<Blacklisting>> blacklist = new LinkedHashMap<>();
    tx.dsl()
        .selectFrom(EXPERT_BLACKLIST)
        .orderBy(EXPERT_BLACKLIST.ID)
        .forEach(
            b ->
                blacklist
                    .computeIfAbsent(b.getExpertId(), id -> new ArrayList<>())
                    .add(
                        new Blacklisting(
                            b.getId(),
                            b.getReason(),
                            b.getStartsOn(),
                            Optional.ofNullable(b.getEndsOn()),
                            Optional.ofNullable(b.getLiftedOn()))));
    return tx.dsl()
        .select(EXPERT.fields())
        .select(EXPERT_SPECIALTY.NAME)
        .from(EXPERT)
        .join(EXPERT_SPECIALTY)
        .on(EXPERT_SPECIALTY.ID.eq(EXPERT.SPECIALTY_ID))
        .orderBy(EXPERT.NAME, EXPERT.ID)
        .fetch(
            r ->
                new Expert(
                    r.get(EXPERT.ID),
                    new ExpertDraft(
                        r.get(EXPERT.NAME),
                        r.get(EXPERT_SPECIALTY.NAME),
                        r.get(EXPERT.TITLE),
                        r.get(EXPERT.REGION),
                        r.get(EXPERT.EMPLOYER),
                        Optional.ofNullable(r.get(EXPERT.EMPLOYER_USCC)),
                        r.get(EXPERT.AVAILABLE),
                        r.get(EXPERT.PHONE),
                        Optional.ofNullable(r.get(EXPERT.USERNAME))),
                    ties.getOrDefault(r.get(EXPERT.ID), List.of()),
                    blacklist.getOrDefault(r.get(EXPERT.ID), List.of())));
  }
}
