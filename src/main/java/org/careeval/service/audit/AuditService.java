package org.careeval.service.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.audit.AuditChain;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.audit.AuditEvent;
import org.careeval.domain.audit.AuditFilter;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.AuditAnchor;
import org.careeval.persistence.AuditRepository;
import org.careeval.persistence.Database;
import org.careeval.persistence.Transaction;
import org.careeval.report.TableReport;
import org.careeval.report.excel.TableWorkbook;
import org.careeval.service.i18n.Messages;
import org.careeval.service.security.Sessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reading and verifying the audit trail. Nothing here can change or remove an event. */
public final class AuditService {

  private static final Logger LOG = LoggerFactory.getLogger(AuditService.class);

  /** The viewer shows at most this many events; narrow the filter to see older ones. */
  public static final int VIEWER_LIMIT = 2000;

  private final Database database;
  private final Sessions sessions;
  private final AuditRepository repository;
  private final AuditTrail trail;
  private final AuditAnchor anchor;

  public AuditService(
      Database database,
      AuditRepository repository,
      AuditTrail trail,
      Sessions sessions,
      AuditAnchor anchor) {
    this.anchor = anchor;
    this.sessions = sessions;
    this.database = database;
    this.repository = repository;
    this.trail = trail;
  }

  /** The result of a verification, with the head hash a supervisor may write down. */
  public record VerificationReport(AuditChain.Verification verification, String head) {}

  public List<AuditEvent> search(Session session, AuditFilter filter) {
    sessions.require(session, Permission.AUDIT_READ);
    return database.read(tx -> repository.search(tx, filter, VIEWER_LIMIT));
  }

  /**
   * The viewer's page as an auditor reads it: each event with its object by name and its changed
   * fields in {@code messages}' language (the first {@value #VIEWER_LIMIT} matching events).
   */
  public List<AuditReading.Readable> read(Session session, AuditFilter filter, Messages messages) {
    sessions.require(session, Permission.AUDIT_READ);
    return database.read(
        tx -> {
          AuditReading reading = reading(tx, messages);
          return repository.search(tx, filter, VIEWER_LIMIT).stream().map(reading::read).toList();
        });
  }

  private AuditReading reading(Transaction tx, Messages messages) {
    return new AuditReading(
        messages,
        new AuditReading.Names(
            repository.organizationNames(tx),
            repository.userNames(tx),
            repository.projectNames(tx)));
  }

  public List<String> actors(Session session) {
    sessions.require(session, Permission.AUDIT_READ);
    return database.read(repository::actors);
  }

  public List<String> entityTypes(Session session) {
    sessions.require(session, Permission.AUDIT_READ);
    return database.read(repository::entityTypes);
  }

  /** Recomputes every hash and link; names the first broken event. */
  public VerificationReport verify(Session session) {
    sessions.require(session, Permission.AUDIT_VERIFY);
    return database.read(
        tx -> {
          AuditChain.Verifier verifier = new AuditChain.Verifier();
          repository.forEachInOrder(tx, verifier::accept);
          String head = repository.head(tx);
          return new VerificationReport(againstAnchor(tx, verifier.finish(head)), head);
        });
  }

  /**
   * A chain that is consistent inside the database must still contain the event the anchor file
   * names, unchanged: otherwise events were removed from the end (and the head rewritten) or the
   * chain was recomputed.
   */
  private AuditChain.Verification againstAnchor(Transaction tx, AuditChain.Verification inside) {
    if (!inside.intact()) {
      return inside;
    }
    return unvouchedMark(tx)
        .map(
            mark ->
                new AuditChain.Verification(
                    inside.checked(),
                    Optional.of(mark.eventId()),
                    Optional.of(AuditChain.Break.ANCHOR_MISMATCH)))
        .orElse(inside);
  }

  /** The first anchor mark (kept evidence first) whose event is gone or different. */
  private Optional<AuditAnchor.Mark> unvouchedMark(Transaction tx) {
    return Stream.of(anchor.readBroken(), anchor.read())
        .flatMap(Optional::stream)
        .filter(mark -> !repository.hashOf(tx, mark.eventId()).equals(Optional.of(mark.hash())))
        .findFirst();
  }

  /**
   * Checks the newest events against the anchor without a session, when a data directory opens; a
   * mismatch is logged as an error (the full check is {@link #verify}).
   */
  public void checkAnchorOnOpen() {
    database
        .read(this::unvouchedMark)
        .ifPresent(
            mark -> {
              anchor.keepAsBroken(); // the next event moves the anchor on; the evidence stays
              LOG.error(
                  "Audit trail: event {} named by careeval.audit-anchor is missing or changed;"
                      + " run careeval audit verify",
                  mark.eventId());
            });
  }

  /**
   * Exports the events matching the filter (all of them, not only the viewer's first {@value
   * #VIEWER_LIMIT}) to an .xlsx file, and records the export in the trail.
   *
   * @return the number of events written
   */
  public int export(
      Session session, AuditFilter filter, Path file, Messages messages, ZoneId zone) {
    sessions.require(session, Permission.AUDIT_EXPORT);
    int[] count = {0};
    TableReport report =
        new TableReport(
            messages.get("audit.title"),
            List.of(
                messages.get("audit.column.id"),
                messages.get("audit.column.time"),
                messages.get("audit.column.actor"),
                messages.get("audit.column.action"),
                messages.get("audit.column.entity"),
                messages.get("audit.column.entityId"),
                messages.get("audit.column.subject"),
                messages.get("audit.column.changes"),
                messages.get("audit.column.before"),
                messages.get("audit.column.after"),
                messages.get("audit.column.hash")),
            row ->
                database.read(
                    tx -> {
                      AuditReading reading = reading(tx, messages);
                      repository.forEachMatching(
                          tx,
                          filter,
                          e -> {
                            count[0]++;
                            row.accept(exportRow(reading.read(e)));
                          });
                      return null;
                    }));
    try {
      // the rows stream from the database into the workbook; the trail is never held in memory
      TableWorkbook.write(report, file, zone);
    } catch (IOException e) {
      throw new CareEvalException(e, "error.export.failed", file, e.getMessage());
    }
    sessions.write(
        session,
        Permission.AUDIT_EXPORT,
        tx -> {
          trail.exported(
              tx,
              session,
              AuditEntity.AUDIT_TRAIL,
              Map.of("file", file.getFileName().toString(), "events", count[0]));
          return null;
        });
    LOG.info("Audit export to {} by {}: {} events", file, session.username(), count[0]);
    return count[0];
  }

  /**
   * One event in the export: readable columns for the auditor, then the stored record as the hash
   * chain covers it, for anyone who checks the chain by hand.
   */
  private static List<Object> exportRow(AuditReading.Readable r) {
    AuditEvent e = r.event();
    return List.of(
        e.id(),
        e.occurredAt(),
        e.actor(),
        r.action(),
        r.entity(),
        e.entityId(),
        r.subject(),
        r.summary(),
        e.before(),
        e.after(),
        e.hash());
  }
}
