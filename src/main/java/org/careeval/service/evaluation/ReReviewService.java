package org.careeval.service.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.FreeText;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.project.ProjectStatus;
import org.careeval.domain.scoring.FinalResult;
import org.careeval.domain.scoring.ReReview;
import org.careeval.domain.scoring.ResultTable;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.Database;
import org.careeval.persistence.EvaluationRepository;
import org.careeval.persistence.EvidenceStore;
import org.careeval.persistence.ProjectRepository;
import org.careeval.persistence.ReReviewRepository;
import org.careeval.persistence.RubricRepository;
import org.careeval.persistence.Transaction;
import org.careeval.report.excel.FormWorkbook;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.security.Sessions;

/**
 * 复议 (87号令 Art 64: a result found wrong after signing is re-evaluated by the original committee):
 * the officer asks with a reason; the supervisor approves or rejects. Approval archives the signed
 * original — its result table and hash, and the workbook of the signed sheets kept by SHA-256 — and
 * reopens the evaluation: signatures and submissions are cleared so the members correct and sign
 * again; finalizing the corrected result records its hash beside the original. Audited.
 */
public final class ReReviewService {

  static final int MAX_TEXT = 500;

  private final Database database;
  private final ProjectRepository projects;
  private final RubricRepository rubrics;
  private final EvaluationRepository evaluations;
  private final ReReviewRepository reviews;
  private final EvidenceStore archive;
  private final AuditTrail audit;
  private final CountyClock clock;
  private final Sessions sessions;

  public ReReviewService(
      Database database,
      ProjectRepository projects,
      RubricRepository rubrics,
      EvaluationRepository evaluations,
      ReReviewRepository reviews,
      EvidenceStore archive,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.database = database;
    this.projects = projects;
    this.rubrics = rubrics;
    this.evaluations = evaluations;
    this.reviews = reviews;
    this.archive = archive;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  public List<ReReview> list(Session session, long projectId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(tx -> reviews.list(tx, projectId));
  }

  /** The officer asks for a 复议 of a signed evaluation, with the reason. */
  public long request(Session session, long projectId, String reason) {
    String why = text(reason, "reReview.field.reason");
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          StoredEvaluation e = signed(tx, projectId);
          if (reviews.list(tx, projectId).stream()
              .anyMatch(r -> r.state() == ReReview.State.REQUESTED)) {
            throw new CareEvalException("error.reReview.pending", e.project().name());
          }
          long id = reviews.insert(tx, projectId, why, session.username(), clock.instant());
          audit.created(
              tx,
              session,
              AuditEntity.PROJECT,
              projectId,
              Map.of("reReview", id, "reason", why, "project", e.project().name()));
          return id;
        });
  }

  /**
   * The supervisor approves the request: the signed original is archived and the evaluation
   * reopened for the members to correct and sign again.
   */
  public ReReview approve(Session session, long projectId, String note) {
    String why = text(note, "reReview.field.note");
    return sessions.write(
        session,
        Permission.RESULT_FINALIZE,
        tx -> {
          ReReview asked = requested(tx, projectId);
          StoredEvaluation e = signed(tx, projectId);
          Optional<FinalResult> finalized = evaluations.result(tx, projectId);
          ResultTable table =
              finalized
                  .map(FinalResult::table)
                  .orElseGet(() -> ResultTable.of(projectId, e.rank()));
          String sheets = archiveSheets(e, finalized);
          reviews.decide(
              tx,
              asked.id(),
              ReReview.State.APPROVED,
              why,
              session.username(),
              clock.instant(),
              Optional.of(table.text()),
              Optional.of(table.sha256()),
              Optional.of(sheets));
          reviews.reopen(tx, projectId);
          audit.updated(
              tx,
              session,
              AuditEntity.PROJECT,
              projectId,
              Map.of("reReview", asked.id(), "state", ReReview.State.REQUESTED.name()),
              Map.of(
                  "state",
                  ReReview.State.APPROVED.name(),
                  "note",
                  why,
                  "originalSha256",
                  table.sha256(),
                  "archiveSha256",
                  sheets));
          return find(tx, projectId, asked.id());
        });
  }

  /** The supervisor rejects the request, with the reason; the signed result stands. */
  public void reject(Session session, long projectId, String note) {
    String why = text(note, "reReview.field.note");
    sessions.write(
        session,
        Permission.RESULT_FINALIZE,
        tx -> {
          ReReview asked = requested(tx, projectId);
          reviews.decide(
              tx,
              asked.id(),
              ReReview.State.REJECTED,
              why,
              session.username(),
              clock.instant(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
          audit.updated(
              tx,
              session,
              AuditEntity.PROJECT,
              projectId,
              Map.of("reReview", asked.id(), "state", ReReview.State.REQUESTED.name()),
              Map.of("state", ReReview.State.REJECTED.name(), "note", why));
          return null;
        });
  }

  /** Saves the archived workbook of the signed sheets of a 复议 where the user chooses. */
  public void saveArchive(Session session, long projectId, long reviewId, Path target) {
    ReReview review =
        sessions.write(
            session,
            Permission.PROJECT_READ,
            tx -> {
              ReReview found =
                  reviews.list(tx, projectId).stream()
                      .filter(r -> r.id() == reviewId && r.archiveSha256().isPresent())
                      .findFirst()
                      .orElseThrow(
                          () ->
                              new CareEvalException(
                                  "error.reReview.noArchive", Long.toString(reviewId)));
              audit.exported(
                  tx,
                  session,
                  AuditEntity.PROJECT,
                  Map.of(
                      "project", projectId,
                      "reReview", reviewId,
                      "file", target.getFileName().toString()));
              return found;
            });
    try {
      archive.copyTo(review.archiveSha256().orElseThrow(), target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String archiveSheets(StoredEvaluation e, Optional<FinalResult> finalized) {
    try {
      Path file = Files.createTempFile("careeval-rereview", ".xlsx");
      try {
        FormWorkbook.write(
            ScoringSummary.sheets(e, e.rank(), finalized.map(FinalResult::shortHash)), file);
        return archive.put(file);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  private StoredEvaluation signed(Transaction tx, long projectId) {
    StoredEvaluation e = StoredEvaluation.load(tx, projects, rubrics, evaluations, projectId);
    if (e.project().status() != ProjectStatus.UNDER_REVIEW) {
      throw new CareEvalException("error.reReview.status", e.project().name());
    }
    if (!e.allSigned()) {
      throw new CareEvalException("error.reReview.notSigned", e.project().name());
    }
    return e;
  }

  private ReReview requested(Transaction tx, long projectId) {
    return reviews.list(tx, projectId).stream()
        .filter(r -> r.state() == ReReview.State.REQUESTED)
        .findFirst()
        .orElseThrow(() -> new CareEvalException("error.reReview.noneRequested"));
  }

  private ReReview find(Transaction tx, long projectId, long id) {
    return reviews.list(tx, projectId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
  }

  private static String text(String typed, String labelKey) {
    return FreeText.required("reason", labelKey, typed, MAX_TEXT);
  }
}
