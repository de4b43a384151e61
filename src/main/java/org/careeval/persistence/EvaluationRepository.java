package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.BID;
import static org.careeval.persistence.jooq.Tables.PANEL_MEMBER;
import static org.careeval.persistence.jooq.Tables.SCORE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.scoring.Bid;

/** A project's bids with their reviews, its panel and the members' scores. */
public final class EvaluationRepository {

  /** A stored bid and its id. */
  public record StoredBid(long id, Bid bid, boolean qualified, boolean conforming) {}

  /** A member of the panel and their scores: by bid id, by criterion code. */
  public record MemberScores(String name, Map<Long, Map<String, BigDecimal>> scores) {}

  public long insertBid(
      Transaction tx, long projectId, int seq, Bid bid, boolean qualified, boolean conforming) {
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
        .returning(BID.ID)
        .fetchOne()
        .getId();
  }

  public long insertMember(Transaction tx, long projectId, int seq, String name) {
    return tx.dsl()
        .insertInto(PANEL_MEMBER)
        .set(PANEL_MEMBER.PROJECT_ID, projectId)
        .set(PANEL_MEMBER.SEQ, seq)
        .set(PANEL_MEMBER.NAME, name)
        .returning(PANEL_MEMBER.ID)
        .fetchOne()
        .getId();
  }

  public void insertScore(
      Transaction tx,
      long versionId,
      long memberId,
      long bidId,
      String criterion,
      BigDecimal points) {
    tx.dsl()
        .insertInto(SCORE)
        .set(SCORE.RUBRIC_VERSION_ID, versionId)
        .set(SCORE.MEMBER_ID, memberId)
        .set(SCORE.BID_ID, bidId)
        .set(SCORE.CRITERION_CODE, criterion)
        .set(SCORE.POINTS, points)
        .execute();
  }

  /** The project's bids in the order they were recorded. */
  public List<StoredBid> bids(Transaction tx, long projectId) {
    return tx.dsl()
        .selectFrom(BID)
        .where(BID.PROJECT_ID.eq(projectId))
        .orderBy(BID.SEQ)
        .fetch(
            r ->
                new StoredBid(
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
                    r.getConformityPassed()));
  }

  /** The panel in its order, each member with their scores. */
  public List<MemberScores> members(Transaction tx, long projectId) {
    Map<Long, MemberScores> members = new LinkedHashMap<>();
    tx.dsl()
        .selectFrom(PANEL_MEMBER)
        .where(PANEL_MEMBER.PROJECT_ID.eq(projectId))
        .orderBy(PANEL_MEMBER.SEQ)
        .forEach(m -> members.put(m.getId(), new MemberScores(m.getName(), new LinkedHashMap<>())));
    tx.dsl()
        .select(SCORE.MEMBER_ID, SCORE.BID_ID, SCORE.CRITERION_CODE, SCORE.POINTS)
        .from(SCORE)
        .where(SCORE.MEMBER_ID.in(members.keySet()))
        .forEach(
            r ->
                members
                    .get(r.value1())
                    .scores()
                    .computeIfAbsent(r.value2(), b -> new LinkedHashMap<>())
                    .put(r.value3(), r.value4()));
    return new ArrayList<>(members.values());
  }

  /** For each bid id, each member's scores by criterion code (members in panel order). */
  public Map<Long, List<Map<String, BigDecimal>>> scores(Transaction tx, long projectId) {
    Map<Long, Map<Long, Map<String, BigDecimal>>> byBid = new LinkedHashMap<>();
    tx.dsl()
        .select(SCORE.BID_ID, SCORE.MEMBER_ID, SCORE.CRITERION_CODE, SCORE.POINTS)
        .from(SCORE)
        .join(PANEL_MEMBER)
        .on(PANEL_MEMBER.ID.eq(SCORE.MEMBER_ID))
        .where(PANEL_MEMBER.PROJECT_ID.eq(projectId))
        .orderBy(PANEL_MEMBER.SEQ)
        .forEach(
            r ->
                byBid
                    .computeIfAbsent(r.value1(), b -> new LinkedHashMap<>())
                    .computeIfAbsent(r.value2(), m -> new LinkedHashMap<>())
                    .put(r.value3(), r.value4()));
    Map<Long, List<Map<String, BigDecimal>>> scores = new LinkedHashMap<>();
    byBid.forEach((bid, members) -> scores.put(bid, new ArrayList<>(members.values())));
    return scores;
  }
}
