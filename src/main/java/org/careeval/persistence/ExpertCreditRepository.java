package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.EXPERT;
import static org.careeval.persistence.jooq.Tables.EXPERT_CREDIT_EVENT;
import static org.careeval.persistence.jooq.Tables.PANEL_DRAW;
import static org.careeval.persistence.jooq.Tables.PANEL_DRAW_ENTRY;
import static org.careeval.persistence.jooq.Tables.PANEL_MEMBER;
import static org.careeval.persistence.jooq.Tables.PROJECT;
import static org.careeval.persistence.jooq.Tables.SCORE_QUERY;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.careeval.domain.expert.CreditRecord;
import org.careeval.domain.expert.DrawResponse;
import org.careeval.domain.scoring.ScoreQuery;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * An expert's credit record: panels sat on and answers to draws (read from the panels and draws),
 * score corrections (from the score check's queries) and the events the officer recorded.
 */
public final class ExpertCreditRepository {

  public CreditRecord record(Transaction tx, long expertId) {
    var panels =
        tx.dsl()
            .select(
                PROJECT.ID,
                PROJECT.FISCAL_YEAR,
                PROJECT.NAME,
                PANEL_MEMBER.LEADER,
                PANEL_MEMBER.SIGNED_AT)
            .from(PANEL_MEMBER)
            .join(PROJECT)
            .on(PROJECT.ID.eq(PANEL_MEMBER.PROJECT_ID))
            .where(seatOf(expertId))
            .orderBy(PROJECT.FISCAL_YEAR.desc(), PROJECT.ID.desc())
            .fetch(
                r ->
                    new CreditRecord.Seat(
                        r.get(PROJECT.ID),
                        r.get(PROJECT.FISCAL_YEAR),
                        r.get(PROJECT.NAME),
                        r.get(PANEL_MEMBER.LEADER),
                        r.get(PANEL_MEMBER.SIGNED_AT) != null));
    var answers =
        tx.dsl()
            .select(PROJECT.NAME, PANEL_DRAW_ENTRY.RESPONSE, PANEL_DRAW_ENTRY.RESPONSE_REASON)
            .from(PANEL_DRAW_ENTRY)
            .join(PANEL_DRAW)
            .on(PANEL_DRAW.ID.eq(PANEL_DRAW_ENTRY.DRAW_ID))
            .join(PROJECT)
            .on(PROJECT.ID.eq(PANEL_DRAW.PROJECT_ID))
            .where(PANEL_DRAW_ENTRY.EXPERT_ID.eq(expertId))
            .and(
                PANEL_DRAW_ENTRY.RESPONSE.in(
                    DrawResponse.DECLINED.name(), DrawResponse.RECUSED.name()))
            .orderBy(PANEL_DRAW.ID.desc())
            .fetch(
                r ->
                    new CreditRecord.Answer(
                        r.get(PROJECT.NAME),
                        DrawResponse.valueOf(r.get(PANEL_DRAW_ENTRY.RESPONSE)),
                        r.get(PANEL_DRAW_ENTRY.RESPONSE_REASON)));
    int corrections =
        tx.dsl()
            .fetchCount(
                tx.dsl()
                    .select(SCORE_QUERY.ID)
                    .from(SCORE_QUERY)
                    .join(PANEL_MEMBER)
                    .on(PANEL_MEMBER.ID.eq(SCORE_QUERY.MEMBER_ID))
                    .where(seatOf(expertId))
                    .and(SCORE_QUERY.STATE.eq(ScoreQuery.State.CORRECTED.name())));
    var events =
        tx.dsl()
            .select(
                EXPERT_CREDIT_EVENT.KIND,
                EXPERT_CREDIT_EVENT.EVENT_DATE,
                PROJECT.NAME,
                EXPERT_CREDIT_EVENT.NOTE,
                EXPERT_CREDIT_EVENT.RECORDED_BY)
            .from(EXPERT_CREDIT_EVENT)
            .leftJoin(PROJECT)
            .on(PROJECT.ID.eq(EXPERT_CREDIT_EVENT.PROJECT_ID))
            .where(EXPERT_CREDIT_EVENT.EXPERT_ID.eq(expertId))
            .orderBy(EXPERT_CREDIT_EVENT.EVENT_DATE.desc(), EXPERT_CREDIT_EVENT.ID.desc())
            .fetch(
                r ->
                    new CreditRecord.Event(
                        CreditRecord.Kind.valueOf(r.get(EXPERT_CREDIT_EVENT.KIND)),
                        r.get(EXPERT_CREDIT_EVENT.EVENT_DATE),
                        Optional.ofNullable(r.get(PROJECT.NAME)).orElse(""),
                        r.get(EXPERT_CREDIT_EVENT.NOTE),
                        r.get(EXPERT_CREDIT_EVENT.RECORDED_BY)));
    return new CreditRecord(panels, answers, corrections, events);
  }

  /**
   * The seats of the expert: drawn for them, or seated by hand under their name (as the conflict
   * check matches a member seated by hand).
   */
  private static Condition seatOf(long expertId) {
    return PANEL_MEMBER
        .EXPERT_ID
        .eq(expertId)
        .or(
            PANEL_MEMBER
                .EXPERT_ID
                .isNull()
                .and(
                    PANEL_MEMBER.NAME.eq(
                        DSL.select(EXPERT.NAME).from(EXPERT).where(EXPERT.ID.eq(expertId)))));
  }

  public long insert(
      Transaction tx,
      long expertId,
      Optional<Long> projectId,
      CreditRecord.Event event,
      Instant at) {
    return tx.dsl()
        .insertInto(EXPERT_CREDIT_EVENT)
        .set(EXPERT_CREDIT_EVENT.EXPERT_ID, expertId)
        .set(EXPERT_CREDIT_EVENT.PROJECT_ID, projectId.orElse(null))
        .set(EXPERT_CREDIT_EVENT.KIND, event.kind().name())
        .set(EXPERT_CREDIT_EVENT.EVENT_DATE, event.date())
        .set(EXPERT_CREDIT_EVENT.NOTE, event.note())
        .set(EXPERT_CREDIT_EVENT.RECORDED_BY, event.recordedBy())
        .set(EXPERT_CREDIT_EVENT.RECORDED_AT, at.atOffset(ZoneOffset.UTC))
        .returning(EXPERT_CREDIT_EVENT.ID)
        .fetchOne()
        .getId();
  }
}
