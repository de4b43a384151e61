package org.careeval.service.evaluation;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.Problem;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.project.Project;
import org.careeval.domain.project.ProjectDraft;
import org.careeval.domain.project.ProjectStatus;
import org.careeval.domain.scoring.FinalResult;
import org.careeval.domain.scoring.GivenScore;
import org.careeval.domain.scoring.MemberDraft;
import org.careeval.domain.scoring.OpenedBid;
import org.careeval.domain.scoring.PanelMember;
import org.careeval.domain.scoring.PanelRole;
import org.careeval.domain.scoring.Ranking;
import org.careeval.domain.scoring.ResultTable;
import org.careeval.domain.scoring.Sensitivity;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.Database;
import org.careeval.persistence.EvaluationRepository;
import org.careeval.persistence.PanelDrawRepository;
import org.careeval.persistence.ProjectRepository;
import org.careeval.persistence.ReReviewRepository;
import org.careeval.persistence.RubricRepository;
import org.careeval.persistence.Transaction;
import org.careeval.report.excel.FormWorkbook;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.imports.ImportProblem;
import org.careeval.service.security.Sessions;

/**
 * Whole evaluations (issue 12): imported from the evaluation workbook — a project under review with
 * its locked rubric, bids and reviews, panel and scores, all or nothing — and ranked from what is
 * stored, by {@link Ranking}.
 */
public final class EvaluationService {

  /** What an import did: the new project's id, or every problem (nothing stored). */
  public record ImportResult(Optional<Long> projectId, List<ImportProblem> problems) {
    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  private final Database database;
  private final ProjectRepository projects;
  private final RubricRepository rubrics;
  private final EvaluationRepository evaluations;
  private final PanelDrawRepository draws;
  private final ReReviewRepository reReviews;
  private final AuditTrail audit;
  private final CountyClock clock;
  private final Sessions sessions;

  public EvaluationService(
      Database database,
      ProjectRepository projects,
      RubricRepository rubrics,
      EvaluationRepository evaluations,
      PanelDrawRepository draws,
      ReReviewRepository reReviews,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.database = database;
    this.projects = projects;
    this.rubrics = rubrics;
    this.evaluations = evaluations;
    this.draws = draws;
    this.reReviews = reReviews;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  /**
   * Creates a project under review from an evaluation workbook. Its budget is the workbook's 预算
   * row, or — when the workbook has none — the highest quoted price, so the project is complete.
   */
  public ImportResult importWorkbook(Session session, Path file) {
    sessions.require(session, Permission.PROJECT_EDIT);
    EvaluationWorkbook.Read read = EvaluationWorkbook.read(file);
    if (read.evaluation().isEmpty()) {
      return new ImportResult(Optional.empty(), read.problems());
    }
    EvaluationWorkbook.Evaluation e = read.evaluation().get();
    BigDecimal budget =
        e.budget()
            .orElseGet(
                () ->
                    e.bids().stream()
                        .map(b -> b.bid().quotedPrice())
                        .max(BigDecimal::compareTo)
                        .orElse(BigDecimal.ONE));
    ProjectDraft draft =
        new ProjectDraft(
            clock.today().getYear(),
            e.projectName(),
            budget,
            e.rubric().settings().method(),
            Optional.empty(),
            Optional.empty(),
            "",
            Set.of(),
            Set.of(),
            Set.of());
    Problem.refuseFirst(draft.check());
    long id =
        sessions.write(session, Permission.PROJECT_EDIT, tx -> store(tx, session, draft, e, file));
    return new ImportResult(Optional.of(id), List.of());
  }

  private long store(
      Transaction tx,
      Session session,
      ProjectDraft draft,
      EvaluationWorkbook.Evaluation e,
      Path file) {
    Project project =
        new Project(
            0,
            draft.fiscalYear(),
            draft.name(),
            draft.budget(),
            draft.method(),
            ProjectStatus.UNDER_REVIEW,
            "",
            Optional.empty(),
            Optional.empty(),
            "",
            Set.of(),
            Set.of(),
            Set.of(),
            Optional.empty(),
            0);
    long projectId = projects.insert(tx, project, session.username(), clock.instant());
    long versionId =
        rubrics.insert(tx, projectId, 1, e.rubric(), "", session.username(), clock.instant());
    rubrics.lock(tx, versionId, clock.instant());
    Map<String, Long> bidIds = new HashMap<>();
    for (int i = 0; i < e.bids().size(); i++) {
      EvaluationWorkbook.ReviewedBid b = e.bids().get(i);
      bidIds.put(
          b.bid().uscc(),
          evaluations.insertBid(
              tx, projectId, i, b.bid(), b.qualified(), b.conforming(), Optional.empty()));
    }
    for (int m = 0; m < e.members().size(); m++) {
      String member = e.members().get(m);
      long memberId =
          evaluations.insertMember(
              tx, projectId, m, new MemberDraft(member, PanelRole.EXPERT, false, Optional.empty()));
      evaluations.setSubmitted(tx, memberId, Optional.of(clock.instant()));
      e.scores()
          .get(member)
          .forEach(
              (uscc, byCriterion) ->
                  byCriterion.forEach(
                      (code, points) ->
                          evaluations.putScore(
                              tx,
                              versionId,
                              memberId,
                              bidIds.get(uscc),
                              code,
                              new GivenScore(points, ""))));
    }
    Map<String, Object> what = new LinkedHashMap<>();
    what.put("file", file.getFileName().toString());
    what.put("name", draft.name());
    what.put("bids", e.bids().size());
    what.put("members", e.members().size());
    audit.record(
        tx,
        session.username(),
        AuditAction.IMPORT,
        AuditEntity.PROJECT,
        Long.toString(projectId),
        Map.of(),
        what);
    return projectId;
  }

  /** Writes the project's whole evaluation as the evaluation workbook; audited. */
  public void exportWorkbook(Session session, long projectId, Path file) {
    sessions.require(session, Permission.PROJECT_READ);
    EvaluationWorkbook.Evaluation evaluation = database.read(tx -> evaluation(tx, projectId));
    EvaluationWorkbook.write(evaluation, file);
    exported(session, Map.of("project", projectId, "file", file.getFileName().toString()));
  }

  /** Records that a file of the project's evaluation left the application. */
  private void exported(Session session, Map<String, ?> what) {
    sessions.write(
        session,
        Permission.PROJECT_READ,
        tx -> {
          audit.exported(tx, session, AuditEntity.PROJECT, what);
          return null;
        });
  }

  private EvaluationWorkbook.Evaluation evaluation(Transaction tx, long projectId) {
    StoredEvaluation stored = StoredEvaluation.load(tx, projects, rubrics, evaluations, projectId);
    Map<Long, String> usccById = new HashMap<>();
    List<EvaluationWorkbook.ReviewedBid> bids = new ArrayList<>();
    for (OpenedBid b : stored.bids()) {
      usccById.put(b.id(), b.bid().uscc());
      bids.add(new EvaluationWorkbook.ReviewedBid(b.bid(), b.qualified(), b.conforming()));
    }
    List<String> members = new ArrayList<>();
    Map<String, Map<String, Map<String, BigDecimal>>> scores = new LinkedHashMap<>();
    Map<Long, Map<Long, Map<String, BigDecimal>>> points = stored.points();
    for (PanelMember m : stored.panel()) {
      members.add(m.name());
      Map<String, Map<String, BigDecimal>> byBid = new LinkedHashMap<>();
      points
          .getOrDefault(m.id(), Map.of())
          .forEach((bidId, byCode) -> byBid.put(usccById.get(bidId), byCode));
      scores.put(m.name(), byBid);
    }
    return new EvaluationWorkbook.Evaluation(
        stored.project().name(),
        Optional.of(stored.project().budget()),
        stored.rubric().rubric(),
        bids,
        members,
        scores);
  }

  /**
   * Writes the scoring summary workbook: 评分汇总表, 评审汇总表 and each member's sheet, print-ready; once
   * every member has submitted. Audited.
   */
  public void exportSummary(Session session, long projectId, Path file) {
    sessions.require(session, Permission.PROJECT_READ);
    StoredEvaluation stored =
        database.read(
            tx -> {
              StoredEvaluation loaded =
                  StoredEvaluation.load(tx, projects, rubrics, evaluations, projectId);
              return loaded.withPanel(
                  PanelNames.shown(tx, session, projectId, loaded.panel(), evaluations, draws));
            });
    Optional<FinalResult> finalized = database.read(tx -> evaluations.result(tx, projectId));
    FormWorkbook.write(
        ScoringSummary.sheets(stored, stored.rank(), finalized.map(FinalResult::shortHash)), file);
    exported(
        session,
        Map.of("project", projectId, "summary", true, "file", file.getFileName().toString()));
  }

  /**
   * What a verification found: the stored hash, the hash of the table recomputed now, what differs.
   */
  public record Verification(FinalResult stored, String recomputed, List<String> differences) {
    public boolean matches() {
      return stored.sha256().equals(recomputed);
    }
  }

  /**
   * The sensitivity check before finalizing: the ranking under the other aggregation rule and
   * without each member in turn (members in panel order), beside the ranking as computed.
   */
  public List<Sensitivity.Scenario> sensitivity(Session session, long projectId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(
        tx -> {
          StoredEvaluation stored =
              StoredEvaluation.load(tx, projects, rubrics, evaluations, projectId);
          stored.refuseUnlessRankable();
          return new Sensitivity(
                  stored.rubric().rubric().settings(), stored.rubric().rubric().criteria())
              .run(stored.bidList(), stored.scoresByBidIndex());
        });
  }

  /**
   * Locks the result (the supervisor's): once every member has signed, the canonical result table
   * and its SHA-256 are stored; it can be verified at any time afterwards. Audited.
   */
  public FinalResult finalizeResult(Session session, long projectId) {
    return sessions.write(
        session,
        Permission.RESULT_FINALIZE,
        tx -> {
          StoredEvaluation stored =
              StoredEvaluation.load(tx, projects, rubrics, evaluations, projectId);
          if (!stored.allSigned()) {
            throw new CareEvalException("error.result.notSigned", stored.project().name());
          }
          if (evaluations.result(tx, projectId).isPresent()) {
            throw new CareEvalException("error.result.finalized", stored.project().name());
          }
          ResultTable table = ResultTable.of(projectId, stored.rank());
          FinalResult result =
              new FinalResult(table, table.sha256(), session.username(), clock.instant());
          evaluations.insertResult(tx, projectId, result);
          reReviews.close(tx, projectId, result.sha256());
          audit.created(
              tx,
              session,
              AuditEntity.PROJECT,
              projectId,
              Map.of("finalized", true, "sha256", result.sha256()));
          return result;
        });
  }

  /** The finalized result, if the supervisor has finalized it. */
  public Optional<FinalResult> finalized(Session session, long projectId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(tx -> evaluations.result(tx, projectId));
  }

  /** Recomputes the result table from what is stored now and compares it with the finalized one. */
  public Verification verify(Session session, long projectId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(
        tx -> {
          StoredEvaluation stored =
              StoredEvaluation.load(tx, projects, rubrics, evaluations, projectId);
          FinalResult result =
              evaluations
                  .result(tx, projectId)
                  .orElseThrow(
                      () ->
                          new CareEvalException(
                              "error.result.notFinalized", stored.project().name()));
          ResultTable now = ResultTable.of(projectId, stored.rank());
          return new Verification(result, now.sha256(), result.table().differencesTo(now));
        });
  }

  /** The project's ranking from its stored bids, scores and current rubric. */
  public Ranking.Result rank(Session session, long projectId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(
        tx -> StoredEvaluation.load(tx, projects, rubrics, evaluations, projectId).rank());
  }
}
