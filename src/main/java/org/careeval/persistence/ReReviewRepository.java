package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.EVALUATION_RESULT;
import static org.careeval.persistence.jooq.Tables.PANEL_MEMBER;
import static org.careeval.persistence.jooq.Tables.RE_REVIEW;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.scoring.ReReview;
import org.careeval.persistence.jooq.tables.records.ReReviewRecord;

/** 复议 requests, their decisions and archives; reopening a signed evaluation. */
public final class ReReviewRepository {

  public List<ReReview> list(Transaction tx, long projectId) {
    return tx.dsl()
        .selectFrom(RE_REVIEW)
        .where(RE_REVIEW.PROJECT_ID.eq(projectId))
        .orderBy(RE_REVIEW.ID)
        .fetch(ReReviewRepository::toReReview);
  }

  public long insert(Transaction tx, long projectId, String reason, String by, Instant at) {
    return tx.dsl()
        .insertInto(RE_REVIEW)
        .set(RE_REVIEW.PROJECT_ID, projectId)
        .set(RE_REVIEW.REASON, reason)
        .set(RE_REVIEW.REQUESTED_BY, by)
        .set(RE_REVIEW.REQUESTED_AT, at.atOffset(ZoneOffset.UTC))
        .set(RE_REVIEW.STATE, ReReview.State.REQUESTED.name())
        .set(RE_REVIEW.DECISION_NOTE, "")
        .returning(RE_REVIEW.ID)
        .fetchOne()
        .getId();
  }

  /** Records the supervisor's decision; on approval, the archived original's table and hashes. */
  public void decide(
      Transaction tx,
      long id,
      ReReview.State state,
      String note,
      String by,
      Instant at,
      Optional<String> originalTable,
      Optional<String> originalSha256,
      Optional<String> archiveSha256) {
    tx.dsl()
        .update(RE_REVIEW)
        .set(RE_REVIEW.STATE, state.name())
        .set(RE_REVIEW.DECISION_NOTE, note)
        .set(RE_REVIEW.DECIDED_BY, by)
        .set(RE_REVIEW.DECIDED_AT, at.atOffset(ZoneOffset.UTC))
        .set(RE_REVIEW.ORIGINAL_TABLE, originalTable.orElse(null))
        .set(RE_REVIEW.ORIGINAL_SHA256, originalSha256.orElse(null))
        .set(RE_REVIEW.ARCHIVE_SHA256, archiveSha256.orElse(null))
        .where(RE_REVIEW.ID.eq(id))
        .execute();
  }

  /** Closes the approved 复议 of the project with the corrected result's hash. */
  public void close(Transaction tx, long projectId, String correctedSha256) {
    tx.dsl()
        .update(RE_REVIEW)
        .set(RE_REVIEW.STATE, ReReview.State.CLOSED.name())
        .set(RE_REVIEW.CORRECTED_SHA256, correctedSha256)
        .where(RE_REVIEW.PROJECT_ID.eq(projectId))
        .and(RE_REVIEW.STATE.eq(ReReview.State.APPROVED.name()))
        .execute();
  }

  /**
   * Reopens a signed evaluation for the original panel: signatures and submissions are cleared and
   * the finalized result (kept in the 复议's archive) is removed, so members correct and sign again.
   */
  public void reopen(Transaction tx, long projectId) {
    tx.dsl()
        .update(PANEL_MEMBER)
        .setNull(PANEL_MEMBER.SIGNED_AT)
        .setNull(PANEL_MEMBER.SUBMITTED_AT)
        .where(PANEL_MEMBER.PROJECT_ID.eq(projectId))
        .execute();
    tx.dsl()
        .deleteFrom(EVALUATION_RESULT)
        .where(EVALUATION_RESULT.PROJECT_ID.eq(projectId))
        .execute();
  }

  private static ReReview toReReview(ReReviewRecord r) {
    return new ReReview(
        r.getId(),
        r.getReason(),
        r.getRequestedBy(),
        r.getRequestedAt().toInstant(),
        ReReview.State.valueOf(r.getState()),
        Optional.ofNullable(r.getDecidedBy()),
        r.getDecisionNote(),
        Optional.ofNullable(r.getOriginalSha256()),
        Optional.ofNullable(r.getArchiveSha256()),
        Optional.ofNullable(r.getCorrectedSha256()));
  }
}
