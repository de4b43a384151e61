package org.careeval.service.records;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.FreeText;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.records.MandatoryReport;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.ContractRepository;
import org.careeval.persistence.Database;
import org.careeval.persistence.MandatoryReportRepository;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.security.Sessions;

/**
 * The 强制报告 log of a contract (未成年人保护法 Art 11, issue 15): each report of suspected harm the
 * organization's staff made — when, to which authority, the receipt number — and its follow-up.
 * Nothing about the child is kept. Every entry and change is audited.
 */
public final class MandatoryReportService {

  private final Database database;
  private final ContractRepository contracts;
  private final MandatoryReportRepository reports;
  private final AuditTrail audit;
  private final CountyClock clock;
  private final Sessions sessions;

  public MandatoryReportService(
      Database database,
      ContractRepository contracts,
      MandatoryReportRepository reports,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.database = database;
    this.contracts = contracts;
    this.reports = reports;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  public List<MandatoryReport> list(Session session, long contractId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(tx -> reports.ofContract(tx, contractId));
  }

  /** Logs a report: not in the future, the receiving body and the receipt number given. */
  public List<MandatoryReport> record(Session session, MandatoryReport entered) {
    MandatoryReport r =
        new MandatoryReport(
            0,
            entered.contractId(),
            entered.reportedAt(),
            entered.authority(),
            FreeText.clean(entered.authorityName()),
            FreeText.clean(entered.receiptNumber()),
            entered.followUp(),
            FreeText.clean(entered.followUpNote()),
            session.username(),
            0);
    List<LocalizedText> problems = r.problems(clock.now().toLocalDateTime());
    if (!problems.isEmpty()) {
      throw new CareEvalException("error.mandatory.invalid", problems);
    }
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          contracts
              .get(tx, r.contractId())
              .filter(c -> c.status() == Contract.Status.SIGNED)
              .orElseThrow(
                  () ->
                      new CareEvalException(
                          "error.records.notSigned", Long.toString(r.contractId())));
          long id = reports.insert(tx, r, clock.instant());
          Map<String, Object> what = new LinkedHashMap<>();
          what.put("reportedAt", r.reportedAt().toString());
          what.put("authority", r.authority().name());
          what.put("authorityName", r.authorityName());
          what.put("receipt", r.receiptNumber());
          audit.created(tx, session, AuditEntity.MANDATORY_REPORT, id, what);
          return reports.ofContract(tx, r.contractId());
        });
  }

  /** Records how a report was followed up. */
  public List<MandatoryReport> followUp(
      Session session,
      long contractId,
      long id,
      int version,
      MandatoryReport.FollowUp state,
      String note) {
    String text = FreeText.clean(note);
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          MandatoryReport before =
              reports
                  .get(tx, contractId, id)
                  .orElseThrow(() -> new CareEvalException("error.mandatory.notFound", id));
          if (!reports.followUp(tx, id, version, state, text)) {
            throw new CareEvalException("error.conflict.mandatory", id);
          }
          audit.updated(
              tx,
              session,
              AuditEntity.MANDATORY_REPORT,
              id,
              Map.of("followUp", before.followUp().name(), "note", before.followUpNote()),
              Map.of("followUp", state.name(), "note", text));
          return reports.ofContract(tx, contractId);
        });
  }
}
