package org.careeval.service.expert;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.FreeText;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.expert.CreditRecord;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.Database;
import org.careeval.persistence.ExpertCreditRepository;
import org.careeval.persistence.ExpertRepository;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.security.Sessions;

/**
 * An expert's credit record (信用记录, issue 13): the panels sat on, answers to draws, score
 * corrections — read from where they are recorded — and the lateness and absences the officer
 * records, each with a date, the project if any and a note. Audited.
 */
public final class ExpertCreditService {

  static final int MAX_NOTE = 500;

  private final Database database;
  private final ExpertRepository experts;
  private final ExpertCreditRepository credits;
  private final AuditTrail audit;
  private final CountyClock clock;
  private final Sessions sessions;

  public ExpertCreditService(
      Database database,
      ExpertRepository experts,
      ExpertCreditRepository credits,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.database = database;
    this.experts = experts;
    this.credits = credits;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  public CreditRecord record(Session session, long expertId) {
    sessions.require(session, Permission.EXPERT_READ);
    return database.read(tx -> credits.record(tx, expertId));
  }

  /** Records lateness or absence on {@code date}, at a project if given, with a note. */
  public void recordEvent(
      Session session,
      long expertId,
      CreditRecord.Kind kind,
      LocalDate date,
      Optional<Long> projectId,
      String note) {
    String text = FreeText.required("note", "credit.field.note", note, MAX_NOTE);
    if (date.isAfter(clock.today())) {
      throw new CareEvalException("error.credit.future", date.toString());
    }
    sessions.write(
        session,
        Permission.EXPERT_MANAGE,
        tx -> {
          String name =
              experts.list(tx).stream()
                  .filter(e -> e.id() == expertId)
                  .findFirst()
                  .orElseThrow(
                      () -> new CareEvalException("error.expert.notFound", Long.toString(expertId)))
                  .name();
          long id =
              credits.insert(
                  tx,
                  expertId,
                  projectId,
                  new CreditRecord.Event(kind, date, "", text, session.username()),
                  clock.instant());
          Map<String, Object> what = new LinkedHashMap<>();
          what.put("expert", name);
          what.put("credit", kind.name());
          what.put("date", date.toString());
          what.put("project", projectId.map(Object::toString).orElse(""));
          what.put("note", text);
          audit.created(tx, session, AuditEntity.EXPERT, expertId + "-credit-" + id, what);
          return id;
        });
  }
}
