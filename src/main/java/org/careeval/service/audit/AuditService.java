package org.careeval.service.audit;

import java.util.List;
import org.careeval.domain.audit.AuditChain;
import org.careeval.domain.audit.AuditEvent;
import org.careeval.domain.audit.AuditFilter;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.AuditRepository;
import org.careeval.persistence.Database;

/** Reading and verifying the audit trail. Nothing here can change or remove an event. */
public final class AuditService {

  /** The viewer shows at most this many events; narrow the filter to see older ones. */
  public static final int VIEWER_LIMIT = 2000;

  private final Database database;
  private final AuditRepository repository;

  public AuditService(Database database, AuditRepository repository) {
    this.database = database;
    this.repository = repository;
  }

  /** The result of a verification, with the head hash a supervisor may write down. */
  public record VerificationReport(AuditChain.Verification verification, String head) {}

  public List<AuditEvent> search(Session session, AuditFilter filter) {
    session.require(Permission.AUDIT_READ);
    return database.read(tx -> repository.search(tx, filter, VIEWER_LIMIT));
  }

  public List<String> actors(Session session) {
    session.require(Permission.AUDIT_READ);
    return database.read(repository::actors);
  }

  public List<String> entityTypes(Session session) {
    session.require(Permission.AUDIT_READ);
    return database.read(repository::entityTypes);
  }

  /** Recomputes every hash and link; names the first broken event. */
  public VerificationReport verify(Session session) {
    session.require(Permission.AUDIT_VERIFY);
    return database.read(
        tx -> {
          AuditChain.Verifier verifier = new AuditChain.Verifier();
          repository.forEachInOrder(tx, verifier::accept);
          String head = repository.head(tx);
          return new VerificationReport(verifier.finish(head), head);
        });
  }
}
