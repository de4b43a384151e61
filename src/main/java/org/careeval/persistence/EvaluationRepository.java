package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.BID;
import static org.careeval.persistence.jooq.Tables.BID_CHECK;
import static org.careeval.persistence.jooq.Tables.BID_DOCUMENT;
import static org.careeval.persistence.jooq.Tables.EVALUATION_RESULT;
import static org.careeval.persistence.jooq.Tables.PANEL_MEMBER;
import static org.careeval.persistence.jooq.Tables.SCORE;
import static org.careeval.persistence.jooq.Tables.SCORE_QUERY;
import static org.careeval.persistence.jooq.Tables.STATED_TOTAL;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.scoring.Bid;
import org.careeval.domain.scoring.BidCheck;
import org.careeval.domain.scoring.BidDocument;
import org.careeval.domain.scoring.FinalResult;
import org.careeval.domain.scoring.GivenScore;
import org.careeval.domain.scoring.MemberDraft;
import org.careeval.domain.scoring.OpenedBid;
import org.careeval.domain.scoring.PanelMember;
import org.careeval.domain.scoring.PanelRole;
import org.careeval.domain.scoring.ResultTable;
import org.careeval.domain.scoring.ScoreCheck;
import org.careeval.domain.scoring.ScoreQuery;
import org.careeval.persistence.jooq.tables.records.PanelMemberRecord;

/**
 * A project's bids with their reviews, its panel and the members' scores, the totals members wrote
 * on offline sheets, and the score check's queries.
 */
public final class EvaluationRepository {

  // ---- bids -------------------------------------------------------------------------------

  public long insertBid(
      Transaction tx,
      long projectId,
      int seq,
      Bid bid,
      boolean qualified,
      boolean conforming,
      Optional<Long> organizationId) {
    return tx.dsl()
        .insertInto(BID)
        .set(BID.PROJECT_ID, projectId)
        .set(BID.SEQ, seq)
        .set(BID.ORGANIZATION_NAME, bid.organization())
        .set(BID.USCC, bid.uscc())
        .set(BID.QUOTED_PRICE, bid.quotedPrice())
        .set(BID.FINAL_QUOTE, bid.finalQuote().orElse(null))
        .set(BID.SME_DECLARED, bid.smeDeclared())
        .set(BID.QUALIFICATION_PASSED, qualified)
        .set(BID.CONFORMITY_PASSED, conforming)
        .set(BID.FAIL_REASON, bid.failReason())
        .set(BID.ORGANIZATION_ID, organizationId.orElse(null))
        .returning(BID.ID)
        .fetchOne()
        .getId();
  }

  /** Changes what was offered (name, code, prices, declaration), not the reviews. */
  public void updateOffer(Transaction tx, long bidId, Bid bid, Optional<Long> organizationId) {
    tx.dsl()
        .update(BID)
        .set(BID.ORGANIZATION_NAME, bid.organization())
        .set(BID.USCC, bid.uscc())
        .set(BID.QUOTED_PRICE, bid.quotedPrice())
        .set(BID.FINAL_QUOTE, bid.finalQuote().orElse(null))
        .set(BID.SME_DECLARED, bid.smeDeclared())
        .set(BID.ORGANIZATION_ID, organizationId.orElse(null))
        .where(BID.ID.eq(bidId))
        .execute();
  }

  /** Stores both reviews' outcome and the reasons of any fail. */
  public void updateReviews(
      Transaction tx, long bidId, boolean qualified, boolean conforming, String reason) {
    tx.dsl()
        .update(BID)
        .set(BID.QUALIFICATION_PASSED, qualified)
        .set(BID.CONFORMITY_PASSED, conforming)
        .set(BID.FAIL_REASON, reason)
        .where(BID.ID.eq(bidId))
        .execute();
  }

  public void deleteBid(Transaction tx, long bidId) {
    tx.dsl().deleteFrom(BID_CHECK).where(BID_CHECK.BID_ID.eq(bidId)).execute();
    tx.dsl().deleteFrom(BID_DOCUMENT).where(BID_DOCUMENT.BID_ID.eq(bidId)).execute();
    tx.dsl().deleteFrom(BID).where(BID.ID.eq(bidId)).execute();
  }

  /** The project's bids in the order they were recorded. */
  public List<OpenedBid> bids(Transaction tx, long projectId) {
    return tx.dsl()
        .selectFrom(BID)
        .where(BID.PROJECT_ID.eq(projectId))
        .orderBy(BID.SEQ)
        .fetch(
            r ->
                new OpenedBid(
                    r.getId(),
                    new Bid(
                        r.getOrganizationName(),
                        r.getUscc(),
                        r.getQuotedPrice(),
                        Optional.ofNullable(r.getFinalQuote()),
                        r.getSmeDeclared(),
                        r.getQualificationPassed() && r.getConformityPassed(),
                        r.getFailReason()),
                    r.getQualificationPassed(),
                    r.getConformityPassed(),
                    Optional.ofNullable(r.getOrganizationId())));
  }

  /** The project of a bid, if the bid exists. */
  public Optional<Long> projectOfBid(Transaction tx, long bidId) {
    return tx.dsl()
        .select(BID.PROJECT_ID)
        .from(BID)
        .where(BID.ID.eq(bidId))
        .fetchOptional(r -> r.value1());
  }

  // ---- documents ---------------------------------------------------------------------------

  public long insertDocument(Transaction tx, long bidId, BidDocument document) {
    return tx.dsl()
        .insertInto(BID_DOCUMENT)
        .set(BID_DOCUMENT.BID_ID, bidId)
        .set(BID_DOCUMENT.FILE_NAME, document.fileName())
        .set(BID_DOCUMENT.SHA256, document.sha256())
        .set(BID_DOCUMENT.SIZE_BYTES, document.sizeBytes())
        .set(BID_DOCUMENT.ADDED_BY, document.addedBy())
        .set(BID_DOCUMENT.ADDED_AT, document.addedAt().atOffset(ZoneOffset.UTC))
        .returning(BID_DOCUMENT.ID)
        .fetchOne()
        .getId();
  }

  public boolean deleteDocument(Transaction tx, long bidId, long documentId) {
    return tx.dsl()
            .deleteFrom(BID_DOCUMENT)
            .where(BID_DOCUMENT.ID.eq(documentId))
            .and(BID_DOCUMENT.BID_ID.eq(bidId))
            .execute()
        == 1;
  }

  /** The documents of the project's bids, by bid id, in the order they were added. */
  public Map<Long, List<BidDocument>> documents(Transaction tx, long projectId) {
    Map<Long, List<BidDocument>> byBid = new LinkedHashMap<>();
    tx.dsl()
        .select(BID_DOCUMENT.fields())
        .from(BID_DOCUMENT)
        .join(BID)
        .on(BID.ID.eq(BID_DOCUMENT.BID_ID))
        .where(BID.PROJECT_ID.eq(projectId))
        .orderBy(BID_DOCUMENT.ID)
        .forEach(
            r ->
                byBid
                    .computeIfAbsent(r.get(BID_DOCUMENT.BID_ID), b -> new ArrayList<>())
                    .add(
                        new BidDocument(
                            r.get(BID_DOCUMENT.ID),
                            r.get(BID_DOCUMENT.FILE_NAME),
                            r.get(BID_DOCUMENT.SHA256),
                            r.get(BID_DOCUMENT.SIZE_BYTES),
                            r.get(BID_DOCUMENT.ADDED_BY),
                            r.get(BID_DOCUMENT.ADDED_AT).toInstant())));
    return byBid;
  }

  // ---- review checklists ------------------------------------------------------------------

  public void replaceChecks(
      Transaction tx, long bidId, BidCheck.Section section, List<BidCheck> checks) {
    tx.dsl()
        .deleteFrom(BID_CHECK)
        .where(BID_CHECK.BID_ID.eq(bidId))
        .and(BID_CHECK.SECTION.eq(section.name()))
        .execute();
    for (BidCheck check : checks) {
      tx.dsl()
          .insertInto(BID_CHECK)
          .set(BID_CHECK.BID_ID, bidId)
          .set(BID_CHECK.SECTION, section.name())
          .set(BID_CHECK.ITEM_CODE, check.itemCode())
          .set(BID_CHECK.PASSED, check.passed())
          .set(BID_CHECK.REASON, check.reason())
          .execute();
    }
  }

  /** Every recorded checklist line of the project's bids, by bid id. */
  public Map<Long, List<BidCheck>> checks(Transaction tx, long projectId) {
    Map<Long, List<BidCheck>> byBid = new LinkedHashMap<>();
    tx.dsl()
        .select(BID_CHECK.fields())
        .from(BID_CHECK)
        .join(BID)
        .on(BID.ID.eq(BID_CHECK.BID_ID))
        .where(BID.PROJECT_ID.eq(projectId))
        .orderBy(BID_CHECK.BID_ID, BID_CHECK.SECTION, BID_CHECK.ITEM_CODE)
        .forEach(
            r ->
                byBid
                    .computeIfAbsent(r.get(BID_CHECK.BID_ID), b -> new ArrayList<>())
                    .add(
                        new BidCheck(
                            BidCheck.Section.valueOf(r.get(BID_CHECK.SECTION)),
                            r.get(BID_CHECK.ITEM_CODE),
                            r.get(BID_CHECK.PASSED),
                            r.get(BID_CHECK.REASON))));
    return byBid;
  }

  // ---- the panel --------------------------------------------------------------------------

  public long insertMember(Transaction tx, long projectId, int seq, MemberDraft member) {
    PanelMemberRecord row = tx.dsl().newRecord(PANEL_MEMBER);
    row.setProjectId(projectId);
    row.setSeq(seq);
    fill(row, member);
    row.store();
    return row.getId();
  }

  public void updateMember(Transaction tx, long memberId, MemberDraft member) {
    PanelMemberRecord row =
        tx.dsl().selectFrom(PANEL_MEMBER).where(PANEL_MEMBER.ID.eq(memberId)).fetchOne();
    fill(row, member);
    row.store();
  }

  private static void fill(PanelMemberRecord row, MemberDraft member) {
    row.setName(member.name());
    row.setRole(member.role().name());
    row.setLeader(member.leader());
    row.setUsername(member.username().orElse(null));
  }

  public void deleteMember(Transaction tx, long memberId) {
    tx.dsl().deleteFrom(PANEL_MEMBER).where(PANEL_MEMBER.ID.eq(memberId)).execute();
  }

  /** Sets or clears when the member submitted their scores. */
  public void setSubmitted(Transaction tx, long memberId, Optional<Instant> at) {
    tx.dsl()
        .update(PANEL_MEMBER)
        .set(PANEL_MEMBER.SUBMITTED_AT, at.map(i -> i.atOffset(ZoneOffset.UTC)).orElse(null))
        .where(PANEL_MEMBER.ID.eq(memberId))
        .execute();
  }

  public void setSigned(Transaction tx, long memberId, Instant at) {
    tx.dsl()
        .update(PANEL_MEMBER)
        .set(PANEL_MEMBER.SIGNED_AT, at.atOffset(ZoneOffset.UTC))
        .where(PANEL_MEMBER.ID.eq(memberId))
        .execute();
  }

  /** The project's panel in its order. */
  public List<PanelMember> panel(Transaction tx, long projectId) {
    return tx.dsl()
        .selectFrom(PANEL_MEMBER)
        .where(PANEL_MEMBER.PROJECT_ID.eq(projectId))
        .orderBy(PANEL_MEMBER.SEQ, PANEL_MEMBER.ID)
        .fetch(EvaluationRepository::toMember);
  }

  /** The project a member sits for, if the member exists. */
  public Optional<Long> projectOfMember(Transaction tx, long memberId) {
    return tx.dsl()
        .select(PANEL_MEMBER.PROJECT_ID)
        .from(PANEL_MEMBER)
        .where(PANEL_MEMBER.ID.eq(memberId))
        .fetchOptional(r -> r.value1());
  }

  /** The ids of the projects where the account sits on the panel. */
  public List<Long> projectsOf(Transaction tx, String username) {
    return tx.dsl()
        .selectDistinct(PANEL_MEMBER.PROJECT_ID)
        .from(PANEL_MEMBER)
        .where(PANEL_MEMBER.USERNAME.eq(username))
        .fetch(r -> r.value1());
  }

  private static PanelMember toMember(PanelMemberRecord r) {
    return new PanelMember(
        r.getId(),
        r.getName(),
        PanelRole.valueOf(r.getRole()),
        r.getLeader(),
        Optional.ofNullable(r.getUsername()),
        Optional.ofNullable(r.getSubmittedAt()).map(OffsetDateTime::toInstant),
        Optional.ofNullable(r.getSignedAt()).map(OffsetDateTime::toInstant),
        Optional.ofNullable(r.getExpertId()),
        Optional.ofNullable(r.getDeclaredAt()).map(OffsetDateTime::toInstant),
        r.getTieDecision());
  }

  /**
   * Records the member's declaration at sign-in, by whom (the member, or the officer for paper).
   */
  public void setDeclared(Transaction tx, long memberId, String by, Instant at) {
    tx.dsl()
        .update(PANEL_MEMBER)
        .set(PANEL_MEMBER.DECLARED_AT, at.atOffset(ZoneOffset.UTC))
        .set(PANEL_MEMBER.DECLARED_BY, by)
        .where(PANEL_MEMBER.ID.eq(memberId))
        .execute();
  }

  /** Records the supervisor's decision to keep a member despite a matched tie. */
  public void setTieDecision(Transaction tx, long memberId, String reason, String by) {
    tx.dsl()
        .update(PANEL_MEMBER)
        .set(PANEL_MEMBER.TIE_DECISION, reason)
        .set(PANEL_MEMBER.TIE_DECIDED_BY, by)
        .where(PANEL_MEMBER.ID.eq(memberId))
        .execute();
  }

  /** Makes one member the leader and the others not. */
  public void setLeader(Transaction tx, long projectId, long memberId) {
    tx.dsl()
        .update(PANEL_MEMBER)
        .set(PANEL_MEMBER.LEADER, PANEL_MEMBER.ID.eq(memberId))
        .where(PANEL_MEMBER.PROJECT_ID.eq(projectId))
        .execute();
  }

  // ---- scores -----------------------------------------------------------------------------

  /** Stores (or replaces) one member's score of one criterion for one bid. */
  public void putScore(
      Transaction tx,
      long versionId,
      long memberId,
      long bidId,
      String criterion,
      GivenScore score) {
    deleteScore(tx, memberId, bidId, criterion);
    tx.dsl()
        .insertInto(SCORE)
        .set(SCORE.RUBRIC_VERSION_ID, versionId)
        .set(SCORE.MEMBER_ID, memberId)
        .set(SCORE.BID_ID, bidId)
        .set(SCORE.CRITERION_CODE, criterion)
        .set(SCORE.POINTS, score.points())
        .set(SCORE.NOTE, score.note())
        .execute();
  }

  public void deleteScore(Transaction tx, long memberId, long bidId, String criterion) {
    tx.dsl()
        .deleteFrom(SCORE)
        .where(SCORE.MEMBER_ID.eq(memberId))
        .and(SCORE.BID_ID.eq(bidId))
        .and(SCORE.CRITERION_CODE.eq(criterion))
        .execute();
  }

  /** Every score of the project: by member id, by bid id, by criterion code. */
  public Map<Long, Map<Long, Map<String, GivenScore>>> scoresByMember(
      Transaction tx, long projectId) {
    Map<Long, Map<Long, Map<String, GivenScore>>> byMember = new LinkedHashMap<>();
    tx.dsl()
        .select(SCORE.MEMBER_ID, SCORE.BID_ID, SCORE.CRITERION_CODE, SCORE.POINTS, SCORE.NOTE)
        .from(SCORE)
        .join(PANEL_MEMBER)
        .on(PANEL_MEMBER.ID.eq(SCORE.MEMBER_ID))
        .where(PANEL_MEMBER.PROJECT_ID.eq(projectId))
        .orderBy(PANEL_MEMBER.SEQ, PANEL_MEMBER.ID)
        .forEach(
            r ->
                byMember
                    .computeIfAbsent(r.value1(), m -> new LinkedHashMap<>())
                    .computeIfAbsent(r.value2(), b -> new LinkedHashMap<>())
                    .put(r.value3(), new GivenScore(r.value4(), r.value5())));
    return byMember;
  }

  /** Whether any score was given for the project's bid or by the project's member. */
  public boolean anyScoreOfBid(Transaction tx, long bidId) {
    return tx.dsl().fetchExists(SCORE, SCORE.BID_ID.eq(bidId));
  }

  public boolean anyScoreOfMember(Transaction tx, long memberId) {
    return tx.dsl().fetchExists(SCORE, SCORE.MEMBER_ID.eq(memberId));
  }

  // ---- stated totals ----------------------------------------------------------------------

  public void putStatedTotal(Transaction tx, long memberId, long bidId, BigDecimal total) {
    clearStatedTotal(tx, memberId, bidId);
    tx.dsl()
        .insertInto(STATED_TOTAL)
        .set(STATED_TOTAL.MEMBER_ID, memberId)
        .set(STATED_TOTAL.BID_ID, bidId)
        .set(STATED_TOTAL.TOTAL, total)
        .execute();
  }

  public void clearStatedTotal(Transaction tx, long memberId, long bidId) {
    tx.dsl()
        .deleteFrom(STATED_TOTAL)
        .where(STATED_TOTAL.MEMBER_ID.eq(memberId))
        .and(STATED_TOTAL.BID_ID.eq(bidId))
        .execute();
  }

  /** The totals members wrote on offline sheets: by member id, by bid id. */
  public Map<Long, Map<Long, BigDecimal>> statedTotals(Transaction tx, long projectId) {
    Map<Long, Map<Long, BigDecimal>> byMember = new LinkedHashMap<>();
    tx.dsl()
        .select(STATED_TOTAL.MEMBER_ID, STATED_TOTAL.BID_ID, STATED_TOTAL.TOTAL)
        .from(STATED_TOTAL)
        .join(PANEL_MEMBER)
        .on(PANEL_MEMBER.ID.eq(STATED_TOTAL.MEMBER_ID))
        .where(PANEL_MEMBER.PROJECT_ID.eq(projectId))
        .forEach(
            r ->
                byMember
                    .computeIfAbsent(r.value1(), m -> new LinkedHashMap<>())
                    .put(r.value2(), r.value3()));
    return byMember;
  }

  // ---- the finalized result -----------------------------------------------------------------

  public void insertResult(Transaction tx, long projectId, FinalResult result) {
    tx.dsl()
        .insertInto(EVALUATION_RESULT)
        .set(EVALUATION_RESULT.PROJECT_ID, projectId)
        .set(EVALUATION_RESULT.SHA256, result.sha256())
        .set(EVALUATION_RESULT.RESULT_TABLE, result.table().text())
        .set(EVALUATION_RESULT.FINALIZED_BY, result.finalizedBy())
        .set(EVALUATION_RESULT.FINALIZED_AT, result.finalizedAt().atOffset(ZoneOffset.UTC))
        .execute();
  }

  public Optional<FinalResult> result(Transaction tx, long projectId) {
    return tx.dsl()
        .selectFrom(EVALUATION_RESULT)
        .where(EVALUATION_RESULT.PROJECT_ID.eq(projectId))
        .fetchOptional(
            r ->
                new FinalResult(
                    new ResultTable(r.getResultTable()),
                    r.getSha256(),
                    r.getFinalizedBy(),
                    r.getFinalizedAt().toInstant()));
  }

  // ---- the score check's queries ----------------------------------------------------------

  public long insertQuery(Transaction tx, ScoreQuery query) {
    return tx.dsl()
        .insertInto(SCORE_QUERY)
        .set(SCORE_QUERY.MEMBER_ID, query.member())
        .set(SCORE_QUERY.BID_ID, query.bid())
        .set(SCORE_QUERY.CRITERION_CODE, query.criterion())
        .set(SCORE_QUERY.KIND, query.kind().name())
        .set(SCORE_QUERY.QUESTION, query.question())
        .set(SCORE_QUERY.STATE, query.state().name())
        .set(SCORE_QUERY.ANSWER, query.answer())
        .set(SCORE_QUERY.RAISED_BY, query.raisedBy())
        .set(SCORE_QUERY.RAISED_AT, query.raisedAt().atOffset(ZoneOffset.UTC))
        .returning(SCORE_QUERY.ID)
        .fetchOne()
        .getId();
  }

  public void answerQuery(
      Transaction tx, long queryId, ScoreQuery.State state, String answer, Instant at) {
    tx.dsl()
        .update(SCORE_QUERY)
        .set(SCORE_QUERY.STATE, state.name())
        .set(SCORE_QUERY.ANSWER, answer)
        .set(SCORE_QUERY.ANSWERED_AT, at.atOffset(ZoneOffset.UTC))
        .where(SCORE_QUERY.ID.eq(queryId))
        .execute();
  }

  /** The project's queries, oldest first. */
  public List<ScoreQuery> queries(Transaction tx, long projectId) {
    return tx.dsl()
        .select(SCORE_QUERY.fields())
        .from(SCORE_QUERY)
        .join(PANEL_MEMBER)
        .on(PANEL_MEMBER.ID.eq(SCORE_QUERY.MEMBER_ID))
        .where(PANEL_MEMBER.PROJECT_ID.eq(projectId))
        .orderBy(SCORE_QUERY.ID)
        .fetch(
            r ->
                new ScoreQuery(
                    r.get(SCORE_QUERY.ID),
                    r.get(SCORE_QUERY.MEMBER_ID),
                    r.get(SCORE_QUERY.BID_ID),
                    r.get(SCORE_QUERY.CRITERION_CODE),
                    ScoreCheck.Kind.valueOf(r.get(SCORE_QUERY.KIND)),
                    r.get(SCORE_QUERY.QUESTION),
                    ScoreQuery.State.valueOf(r.get(SCORE_QUERY.STATE)),
                    r.get(SCORE_QUERY.ANSWER),
                    r.get(SCORE_QUERY.RAISED_BY),
                    r.get(SCORE_QUERY.RAISED_AT).toInstant(),
                    Optional.ofNullable(r.get(SCORE_QUERY.ANSWERED_AT))
                        .map(OffsetDateTime::toInstant)));
  }
}
