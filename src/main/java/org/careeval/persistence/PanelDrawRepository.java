package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.PANEL_DRAW;
import static org.careeval.persistence.jooq.Tables.PANEL_DRAW_ENTRY;
import static org.careeval.persistence.jooq.Tables.PANEL_MEMBER;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;

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
