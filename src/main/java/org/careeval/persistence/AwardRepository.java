package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.AWARD_OFFER;
import static org.careeval.persistence.jooq.Tables.BID;
import static org.careeval.persistence.jooq.Tables.CONTRACT;
import static org.careeval.persistence.jooq.Tables.EVALUATION_RESULT;
import static org.careeval.persistence.jooq.Tables.ORGANIZATION;
import static org.careeval.persistence.jooq.Tables.PROJECT;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.award.AwardOffer;
import org.careeval.domain.award.AwardOutcome;
import org.careeval.domain.award.BidRecord;
import org.careeval.domain.award.ContractDraft;
import org.careeval.domain.project.ProjectStatus;
import org.careeval.domain.scoring.ResultTable;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The award's offers in order and the contract drafts they create. */
public final class AwardRepository {

  public List<AwardOffer> offers(Transaction tx, long projectId) {
    return tx.dsl()
        .select()
        .from(AWARD_OFFER)
        .join(BID)
        .on(BID.ID.eq(AWARD_OFFER.BID_ID))
        .where(AWARD_OFFER.PROJECT_ID.eq(projectId))
        .orderBy(AWARD_OFFER.SEQ)
        .fetch(AwardRepository::offer);
  }

  public void insert(Transaction tx, long projectId, AwardOffer offer) {
    tx.dsl()
        .insertInto(AWARD_OFFER)
        .set(AWARD_OFFER.PROJECT_ID, projectId)
        .set(AWARD_OFFER.SEQ, offer.seq())
        .set(AWARD_OFFER.BID_ID, offer.bidId())
        .set(AWARD_OFFER.ORGANIZATION_ID, offer.organizationId())
        .set(AWARD_OFFER.RANKED, offer.rank())
        .set(AWARD_OFFER.AMOUNT, offer.amount())
        .set(AWARD_OFFER.BUYER, offer.buyer())
        .set(AWARD_OFFER.OFFERED_BY, offer.offeredBy())
        .set(AWARD_OFFER.OFFERED_AT, offer.offeredAt().atOffset(ZoneOffset.UTC))
        .set(AWARD_OFFER.OUTCOME, offer.outcome().name())
        .set(AWARD_OFFER.REASON, offer.reason())
        .execute();
  }

  /** Closes an open offer with its outcome; false when it was no longer open. */
  public boolean close(
      Transaction tx,
      long projectId,
      int seq,
      AwardOutcome outcome,
      String reason,
      String by,
      Instant at) {
    return tx.dsl()
            .update(AWARD_OFFER)
            .set(AWARD_OFFER.OUTCOME, outcome.name())
            .set(AWARD_OFFER.REASON, reason)
            .set(AWARD_OFFER.CLOSED_BY, by)
            .set(AWARD_OFFER.CLOSED_AT, at.atOffset(ZoneOffset.UTC))
            .where(AWARD_OFFER.PROJECT_ID.eq(projectId))
            .and(AWARD_OFFER.SEQ.eq(seq))
            .and(AWARD_OFFER.OUTCOME.eq(AwardOutcome.OFFERED.name()))
            .execute()
        == 1;
  }

  /** Creates the contract draft of an offer; returns its id. */
  public long insertContractDraft(
      Transaction tx,
      long projectId,
      long organizationId,
      int seq,
      BigDecimal amount,
      String by,
      Instant at) {
    return ContractRepository.insert(tx, projectId, organizationId, seq, amount, by, at);
  }

  /** The contract draft created by an offer, withdrawn when the organization refused to sign. */
  public void withdrawContractDraft(Transaction tx, long projectId, int seq) {
    tx.dsl()
        .update(CONTRACT)
        .set(CONTRACT.STATUS, "WITHDRAWN")
        .set(CONTRACT.VERSION, CONTRACT.VERSION.plus(1))
        .where(CONTRACT.PROJECT_ID.eq(projectId))
        .and(CONTRACT.AWARD_SEQ.eq(seq))
        .and(CONTRACT.STATUS.eq("DRAFT"))
        .execute();
  }

  /** The contract draft of an offer: its id and status. */
  public Optional<ContractDraft> contractDraft(Transaction tx, long projectId, int seq) {
    return tx.dsl()
        .selectFrom(CONTRACT)
        .where(CONTRACT.PROJECT_ID.eq(projectId))
        .and(CONTRACT.AWARD_SEQ.eq(seq))
        .fetchOptional(r -> new ContractDraft(r.getId(), r.getAmount(), r.getStatus()));
  }

  /**
   * Every project an organization bid on (linked to the register, or typed with its code), newest
   * project first.
   */
  public List<BidRecord> bidsOf(Transaction tx, long organizationId) {
    Map<Long, AwardOutcome> outcomes = lastOutcomes(tx, organizationId);
    return tx.dsl()
        .select(
            PROJECT.ID,
            PROJECT.NAME,
            PROJECT.FISCAL_YEAR,
            PROJECT.STATUS,
            BID.ID,
            BID.USCC,
            BID.QUOTED_PRICE,
            BID.FINAL_QUOTE,
            BID.QUALIFICATION_PASSED,
            BID.CONFORMITY_PASSED,
            EVALUATION_RESULT.RESULT_TABLE)
        .from(BID)
        .join(PROJECT)
        .on(PROJECT.ID.eq(BID.PROJECT_ID))
        .leftJoin(EVALUATION_RESULT)
        .on(EVALUATION_RESULT.PROJECT_ID.eq(PROJECT.ID))
        .where(
            BID.ORGANIZATION_ID
                .eq(organizationId)
                .or(
                    BID.ORGANIZATION_ID
                        .isNull()
                        .and(
                            BID.USCC.in(
                                DSL.select(ORGANIZATION.CODE)
                                    .from(ORGANIZATION)
                                    .where(ORGANIZATION.ID.eq(organizationId))))))
        .orderBy(PROJECT.FISCAL_YEAR.desc(), PROJECT.ID.desc())
        .fetch(
            r ->
                new BidRecord(
                    r.get(PROJECT.ID),
                    r.get(PROJECT.FISCAL_YEAR),
                    r.get(PROJECT.NAME),
                    ProjectStatus.valueOf(r.get(PROJECT.STATUS)),
                    Optional.ofNullable(r.get(BID.FINAL_QUOTE)).orElse(r.get(BID.QUOTED_PRICE)),
                    r.get(BID.QUALIFICATION_PASSED) && r.get(BID.CONFORMITY_PASSED),
                    Optional.ofNullable(r.get(EVALUATION_RESULT.RESULT_TABLE))
                        .flatMap(t -> new ResultTable(t).rankOf(r.get(BID.USCC))),
                    Optional.ofNullable(outcomes.get(r.get(BID.ID)))));
  }

  /** The outcome of the last offer made to each of the organization's bids, by bid id. */
  private static Map<Long, AwardOutcome> lastOutcomes(Transaction tx, long organizationId) {
    Map<Long, AwardOutcome> outcomes = new HashMap<>();
    tx.dsl()
        .select(AWARD_OFFER.BID_ID, AWARD_OFFER.OUTCOME)
        .from(AWARD_OFFER)
        .where(AWARD_OFFER.ORGANIZATION_ID.eq(organizationId))
        .orderBy(AWARD_OFFER.PROJECT_ID, AWARD_OFFER.SEQ)
        .forEach(r -> outcomes.put(r.value1(), AwardOutcome.valueOf(r.value2())));
    return outcomes;
  }

  private static AwardOffer offer(Record r) {
    return new AwardOffer(
        r.get(AWARD_OFFER.SEQ),
        r.get(AWARD_OFFER.BID_ID),
        r.get(BID.ORGANIZATION_NAME),
        r.get(AWARD_OFFER.ORGANIZATION_ID),
        r.get(AWARD_OFFER.RANKED),
        r.get(AWARD_OFFER.AMOUNT),
        r.get(AWARD_OFFER.BUYER),
        r.get(AWARD_OFFER.OFFERED_BY),
        r.get(AWARD_OFFER.OFFERED_AT).toInstant(),
        AwardOutcome.valueOf(r.get(AWARD_OFFER.OUTCOME)),
        r.get(AWARD_OFFER.REASON));
  }
}
