package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.LEADER_ELECTION;
import static org.careeval.persistence.jooq.Tables.PANEL_DRAW;
import static org.careeval.persistence.jooq.Tables.PANEL_DRAW_ENTRY;
import static org.careeval.persistence.jooq.Tables.PANEL_MEMBER;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.careeval.domain.expert.DrawResponse;
import org.careeval.domain.expert.RecordedDraw;
import org.careeval.domain.scoring.LeaderElection;
import org.careeval.persistence.jooq.tables.records.PanelDrawRecord;

/** Recorded panel draws and their entries; which experts a day's draws already booked. */
public final class PanelDrawRepository {

  /** One row of a draw: MEMBER, ALTERNATE or EXCLUDED, its order and the reason of an exclusion. */
  public record Entry(long expertId, String role, int seq, String reason) {}

  /** What a draw was asked and by whom. */
  public record Draw(
      long projectId,
      long seed,
      String conditions,
      String region,
      int alternates,
      String witnesses,
      LocalDate drawDate,
      String drawnBy,
      Instant drawnAt) {}

  public long insert(Transaction tx, Draw draw, Iterable<Entry> entries) {
    long id =
        tx.dsl()
            .insertInto(PANEL_DRAW)
            .set(PANEL_DRAW.PROJECT_ID, draw.projectId())
            .set(PANEL_DRAW.SEED, draw.seed())
            .set(PANEL_DRAW.CONDITIONS, draw.conditions())
            .set(PANEL_DRAW.REGION, draw.region())
            .set(PANEL_DRAW.ALTERNATES, draw.alternates())
            .set(PANEL_DRAW.WITNESSES, draw.witnesses())
            .set(PANEL_DRAW.DRAW_DATE, draw.drawDate())
            .set(PANEL_DRAW.DRAWN_BY, draw.drawnBy())
            .set(PANEL_DRAW.DRAWN_AT, draw.drawnAt().atOffset(ZoneOffset.UTC))
            .returning(PANEL_DRAW.ID)
            .fetchOne()
            .getId();
    for (Entry e : entries) {
      tx.dsl()
          .insertInto(PANEL_DRAW_ENTRY)
          .set(PANEL_DRAW_ENTRY.DRAW_ID, id)
          .set(PANEL_DRAW_ENTRY.EXPERT_ID, e.expertId())
          .set(PANEL_DRAW_ENTRY.ROLE, e.role())
          .set(PANEL_DRAW_ENTRY.SEQ, e.seq())
          .set(PANEL_DRAW_ENTRY.REASON, e.reason())
          .execute();
    }
    return id;
  }

  /** Experts drawn as members on {@code day} for projects other than {@code projectId}. */
  public Set<Long> bookedOn(Transaction tx, LocalDate day, long projectId) {
    return tx
        .dsl()
        .select(PANEL_DRAW_ENTRY.EXPERT_ID)
        .from(PANEL_DRAW_ENTRY)
        .join(PANEL_DRAW)
        .on(PANEL_DRAW.ID.eq(PANEL_DRAW_ENTRY.DRAW_ID))
        .where(PANEL_DRAW.DRAW_DATE.eq(day))
        .and(PANEL_DRAW.PROJECT_ID.ne(projectId))
        .and(PANEL_DRAW_ENTRY.ROLE.eq("MEMBER"))
        .fetch(r -> r.value1())
        .stream()
        .collect(Collectors.toSet());
  }

  /** The project's draws in the order made, each with its entries in order. */
  public List<RecordedDraw> draws(Transaction tx, long projectId) {
    List<RecordedDraw> draws = new ArrayList<>();
    for (PanelDrawRecord d :
        tx.dsl()
            .selectFrom(PANEL_DRAW)
            .where(PANEL_DRAW.PROJECT_ID.eq(projectId))
            .orderBy(PANEL_DRAW.ID)
            .fetch()) {
      List<RecordedDraw.Entry> entries =
          tx.dsl()
              .selectFrom(PANEL_DRAW_ENTRY)
              .where(PANEL_DRAW_ENTRY.DRAW_ID.eq(d.getId()))
              .orderBy(PANEL_DRAW_ENTRY.ROLE.desc(), PANEL_DRAW_ENTRY.SEQ)
              .fetch(
                  e ->
                      new RecordedDraw.Entry(
                          e.getExpertId(),
                          RecordedDraw.Role.valueOf(e.getRole()),
                          e.getSeq(),
                          e.getReason(),
                          e.getResponse().isEmpty()
                              ? Optional.empty()
                              : Optional.of(DrawResponse.valueOf(e.getResponse())),
                          e.getResponseReason(),
                          Optional.ofNullable(e.getReplaces())));
      draws.add(
          new RecordedDraw(
              d.getId(),
              d.getSeed(),
              d.getConditions(),
              d.getRegion(),
              d.getAlternates(),
              d.getWitnesses(),
              d.getDrawDate(),
              d.getDrawnBy(),
              d.getDrawnAt().toInstant(),
              entries));
    }
    return draws;
  }

  /** Records how the members chose their leader. */
  public void insertElection(
      Transaction tx, long projectId, LeaderElection election, String by, Instant at) {
    tx.dsl()
        .insertInto(LEADER_ELECTION)
        .set(LEADER_ELECTION.PROJECT_ID, projectId)
        .set(LEADER_ELECTION.MEMBER_ID, election.chosen())
        .set(LEADER_ELECTION.METHOD, election.method().name())
        .set(LEADER_ELECTION.BALLOTS, election.countText())
        .set(LEADER_ELECTION.RECORDED_BY, by)
        .set(LEADER_ELECTION.RECORDED_AT, at.atOffset(ZoneOffset.UTC))
        .execute();
  }

  /** The project's last recorded leader election. */
  public Optional<LeaderElection> election(Transaction tx, long projectId) {
    return tx.dsl()
        .selectFrom(LEADER_ELECTION)
        .where(LEADER_ELECTION.PROJECT_ID.eq(projectId))
        .orderBy(LEADER_ELECTION.ID.desc())
        .limit(1)
        .fetchOptional(r -> election(r.getMethod(), r.getMemberId(), r.getBallots()));
  }

  private static LeaderElection election(String method, long chosen, String count) {
    if (count.isEmpty()) {
      return new LeaderElection(LeaderElection.Method.valueOf(method), chosen, 0, 0);
    }
    String[] c = count.split("/");
    return new LeaderElection(
        LeaderElection.Method.valueOf(method),
        chosen,
        Integer.parseInt(c[0]),
        Integer.parseInt(c[1]));
  }

  /** Records a drawn expert's answer. */
  public void respond(
      Transaction tx,
      long drawId,
      long expertId,
      DrawResponse response,
      String reason,
      String by,
      Instant at) {
    tx.dsl()
        .update(PANEL_DRAW_ENTRY)
        .set(PANEL_DRAW_ENTRY.RESPONSE, response.name())
        .set(PANEL_DRAW_ENTRY.RESPONSE_REASON, reason)
        .set(PANEL_DRAW_ENTRY.RESPONDED_BY, by)
        .set(PANEL_DRAW_ENTRY.RESPONDED_AT, at.atOffset(ZoneOffset.UTC))
        .where(PANEL_DRAW_ENTRY.DRAW_ID.eq(drawId))
        .and(PANEL_DRAW_ENTRY.EXPERT_ID.eq(expertId))
        .execute();
  }

  /** Records that an entry's expert took the seat of {@code replaced}. */
  public void replaced(Transaction tx, long drawId, long expertId, long replaced) {
    tx.dsl()
        .update(PANEL_DRAW_ENTRY)
        .set(PANEL_DRAW_ENTRY.REPLACES, replaced)
        .where(PANEL_DRAW_ENTRY.DRAW_ID.eq(drawId))
        .and(PANEL_DRAW_ENTRY.EXPERT_ID.eq(expertId))
        .execute();
  }

  /** Who made the project's draws (the accounts that may read a drawn panel's names). */
  public Set<String> drawers(Transaction tx, long projectId) {
    return tx
        .dsl()
        .selectDistinct(PANEL_DRAW.DRAWN_BY)
        .from(PANEL_DRAW)
        .where(PANEL_DRAW.PROJECT_ID.eq(projectId))
        .fetch(r -> r.value1())
        .stream()
        .collect(Collectors.toSet());
  }

  /** Links a panel seat to the pool's expert it was drawn for. */
  public void linkMember(Transaction tx, long memberId, long expertId) {
    tx.dsl()
        .update(PANEL_MEMBER)
        .set(PANEL_MEMBER.EXPERT_ID, expertId)
        .where(PANEL_MEMBER.ID.eq(memberId))
        .execute();
  }

  /** The pool's experts already seated on the project's panel. */
  public Set<Long> seated(Transaction tx, long projectId) {
    return tx
        .dsl()
        .select(PANEL_MEMBER.EXPERT_ID)
        .from(PANEL_MEMBER)
        .where(PANEL_MEMBER.PROJECT_ID.eq(projectId))
        .and(PANEL_MEMBER.EXPERT_ID.isNotNull())
        .fetch(r -> r.value1())
        .stream()
        .collect(Collectors.toSet());
  }
}
