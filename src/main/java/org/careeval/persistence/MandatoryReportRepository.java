package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.MANDATORY_REPORT;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.records.MandatoryReport;

/** The 强制报告 log of contracts. */
public final class MandatoryReportRepository {

  public long insert(Transaction tx, MandatoryReport r, Instant at) {
    return tx.dsl()
        .insertInto(MANDATORY_REPORT)
        .set(MANDATORY_REPORT.CONTRACT_ID, r.contractId())
        .set(MANDATORY_REPORT.REPORTED_AT, r.reportedAt())
        .set(MANDATORY_REPORT.AUTHORITY, r.authority().name())
        .set(MANDATORY_REPORT.AUTHORITY_NAME, r.authorityName())
        .set(MANDATORY_REPORT.RECEIPT_NUMBER, r.receiptNumber())
        .set(MANDATORY_REPORT.FOLLOW_UP, r.followUp().name())
        .set(MANDATORY_REPORT.FOLLOW_UP_NOTE, r.followUpNote())
        .set(MANDATORY_REPORT.RECORDED_BY, r.recordedBy())
        .set(MANDATORY_REPORT.RECORDED_AT, at.atOffset(ZoneOffset.UTC))
        .set(MANDATORY_REPORT.VERSION, 0)
        .returning(MANDATORY_REPORT.ID)
        .fetchOne()
        .getId();
  }

  public List<MandatoryReport> ofContract(Transaction tx, long contractId) {
    return tx.dsl()
        .selectFrom(MANDATORY_REPORT)
        .where(MANDATORY_REPORT.CONTRACT_ID.eq(contractId))
        .orderBy(MANDATORY_REPORT.REPORTED_AT.desc())
        .fetch(
            r ->
                new MandatoryReport(
                    r.getId(),
                    r.getContractId(),
                    r.getReportedAt(),
                    MandatoryReport.Authority.valueOf(r.getAuthority()),
                    r.getAuthorityName(),
                    r.getReceiptNumber(),
                    MandatoryReport.FollowUp.valueOf(r.getFollowUp()),
                    r.getFollowUpNote(),
                    r.getRecordedBy(),
                    r.getVersion()));
  }

  public Optional<MandatoryReport> get(Transaction tx, long contractId, long id) {
    return ofContract(tx, contractId).stream().filter(r -> r.id() == id).findFirst();
  }

  /** Records the follow-up of a report read at {@code version}; false if it changed meanwhile. */
  public boolean followUp(
      Transaction tx, long id, int version, MandatoryReport.FollowUp state, String note) {
    return tx.dsl()
            .update(MANDATORY_REPORT)
            .set(MANDATORY_REPORT.FOLLOW_UP, state.name())
            .set(MANDATORY_REPORT.FOLLOW_UP_NOTE, note)
            .set(MANDATORY_REPORT.VERSION, version + 1)
            .where(MANDATORY_REPORT.ID.eq(id))
            .and(MANDATORY_REPORT.VERSION.eq(version))
            .execute()
        == 1;
  }
}
