package org.careeval.service.project;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.project.Project;
import org.careeval.domain.project.ProjectStatus;
import org.careeval.domain.rubric.Rubric;
import org.careeval.domain.rubric.RubricFinding;
import org.careeval.domain.rubric.RubricRules;
import org.careeval.domain.rubric.RubricSettings;
import org.careeval.domain.rubric.RubricVersion;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.Database;
import org.careeval.persistence.ProjectRepository;
import org.careeval.persistence.RubricRepository;
import org.careeval.persistence.Transaction;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.imports.ImportProblem;
import org.careeval.service.rubric.RubricTemplates;
import org.careeval.service.rubric.RubricWorkbook;
import org.careeval.service.security.Sessions;

/**
 * A project's rubric: set from a template, copied from an earlier project or imported from the
 * rubric workbook; stored only when every rule holds. Until the first score is saved the current
 * version is simply replaced; after that ({@link #lock}) only a supervisor can change it, with a
 * reason, and the change becomes the next version — earlier ones stay readable, and scores given
 * under them name the version they were given under (step 7 asks those to be re-scored).
 */
public final class RubricService {

  /** What an import did: the version stored, or the problems (nothing stored) and the warnings. */
  public record ImportResult(
      Optional<RubricVersion> stored, List<ImportProblem> problems, List<ImportProblem> warnings) {
    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  private final Database database;
  private final ProjectRepository projects;
  private final RubricRepository repository;
  private final AuditTrail audit;
  private final CountyClock clock;
  private final Sessions sessions;

  public RubricService(
      Database database,
      ProjectRepository projects,
      RubricRepository repository,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.database = database;
    this.projects = projects;
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  public Optional<RubricVersion> current(Session session, long projectId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(tx -> repository.current(tx, projectId));
  }

  public List<RubricVersion> versions(Session session, long projectId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(tx -> repository.versions(tx, projectId));
  }

  /**
   * Stores a rubric for a project. Refused when a rule does not hold (the first problem), when its
   * method is not the project's, when the project is past its review, or when the current version
   * is locked and the user is not a supervisor giving a reason.
   *
   * @param reason why a locked rubric is changed; ignored while it is not locked
   */
  public RubricVersion save(Session session, long projectId, Rubric rubric, String reason) {
    sessions.require(session, Permission.PROJECT_READ);
    List<RubricFinding> problems = RubricRules.check(rubric).problems();
    if (!problems.isEmpty()) {
      LocalizedText first = problems.get(0).reason();
      throw new CareEvalException(first.key(), first.arguments().toArray());
    }
    return database.inTransaction(tx -> store(tx, session, projectId, rubric, reason));
  }

  /**
   * Changes the evaluation settings of the project's current rubric (its lists and criteria stay):
   * the same rules and the same lock as {@link #save}.
   */
  public RubricVersion saveSettings(
      Session session, long projectId, RubricSettings settings, String reason) {
    Rubric current =
        current(session, projectId)
            .map(RubricVersion::rubric)
            .orElseThrow(
                () -> new CareEvalException("error.rubric.none", Long.toString(projectId)));
    return save(session, projectId, current.withSettings(settings), reason);
  }

  /** Stores a shipped template, moved to the project's method (a tender one for 邀请招标). */
  public RubricVersion applyTemplate(Session session, long projectId, RubricTemplates template) {
    Project project = projectFor(session, projectId);
    return save(session, projectId, template.rubric().forMethod(project.method()), "");
  }

  /** Stores a copy of another project's current rubric, moved to this project's method. */
  public RubricVersion copyFrom(Session session, long projectId, long sourceProjectId) {
    Project project = projectFor(session, projectId);
    Rubric source =
        current(session, sourceProjectId)
            .map(RubricVersion::rubric)
            .orElseThrow(
                () ->
                    new CareEvalException(
                        "error.rubric.noneToCopy", Long.toString(sourceProjectId)));
    return save(session, projectId, source.forMethod(project.method()), "");
  }

  /**
   * Imports the rubric workbook for a project; all or nothing. Settings the workbook does not hold
   * (the low-price alert, the extra tie-break) stay as the current version has them.
   */
  public ImportResult importWorkbook(Session session, long projectId, Path file, String reason) {
    sessions.require(session, Permission.PROJECT_READ);
    Optional<RubricSettings> base = current(session, projectId).map(v -> v.rubric().settings());
    RubricWorkbook.Read read = RubricWorkbook.read(file, base);
    if (!read.valid()) {
      return new ImportResult(Optional.empty(), read.problems(), read.warnings());
    }
    RubricVersion stored =
        database.inTransaction(
            tx -> store(tx, session, projectId, read.rubric().orElseThrow(), reason));
    return new ImportResult(Optional.of(stored), List.of(), read.warnings());
  }

  /** Writes the project's current rubric as the rubric workbook; audited. */
  public void exportWorkbook(Session session, long projectId, Path file) {
    RubricVersion version =
        current(session, projectId)
            .orElseThrow(
                () -> new CareEvalException("error.rubric.none", Long.toString(projectId)));
    RubricWorkbook.write(version.rubric(), file);
    sessions.write(
        session,
        Permission.PROJECT_READ,
        tx -> {
          audit.exported(
              tx,
              session,
              AuditEntity.RUBRIC,
              Map.of(
                  "project", projectId,
                  "version", version.version(),
                  "file", file.getFileName().toString()));
          return null;
        });
  }

  /**
   * Locks the project's current rubric: step 7 calls this when the first score is saved. Nothing
   * happens when it is locked already.
   */
  public void lock(Session session, long projectId) {
    sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          RubricVersion current =
              repository
                  .current(tx, projectId)
                  .orElseThrow(
                      () -> new CareEvalException("error.rubric.none", Long.toString(projectId)));
          if (repository.lock(tx, current.id(), clock.instant())) {
            audit.updated(
                tx,
                session,
                AuditEntity.RUBRIC,
                current.id(),
                Map.of("locked", false),
                Map.of("locked", true));
          }
          return null;
        });
  }

  private RubricVersion store(
      Transaction tx, Session session, long projectId, Rubric rubric, String reason) {
    Project project =
        projects
            .get(tx, projectId)
            .orElseThrow(
                () -> new CareEvalException("error.project.notFound", Long.toString(projectId)));
    refuseForProject(project, rubric);
    Optional<RubricVersion> current = repository.current(tx, projectId);
    if (current.isPresent() && current.get().frozen()) {
      throw new CareEvalException("error.rubric.frozen", project.name());
    }
    if (current.isPresent() && current.get().locked()) {
      return newVersion(tx, session, project, current.get(), rubric, reason);
    }
    sessions.requireCurrent(tx, session, Permission.PROJECT_EDIT);
    if (current.isEmpty()) {
      long id =
          repository.insert(tx, projectId, 1, rubric, "", session.username(), clock.instant());
      audit.created(tx, session, AuditEntity.RUBRIC, id, summary(projectId, 1, rubric, ""));
    } else {
      RubricVersion before = current.get();
      repository.replace(tx, before.id(), rubric);
      audit.updated(
          tx,
          session,
          AuditEntity.RUBRIC,
          before.id(),
          summary(projectId, before.version(), before.rubric(), ""),
          summary(projectId, before.version(), rubric, ""));
    }
    return repository.current(tx, projectId).orElseThrow();
  }

  private RubricVersion newVersion(
      Transaction tx,
      Session session,
      Project project,
      RubricVersion locked,
      Rubric rubric,
      String reason) {
    sessions.requireCurrent(tx, session, Permission.RUBRIC_CHANGE_LOCKED);
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new CareEvalException("error.rubric.reasonRequired", project.name());
    }
    int next = locked.version() + 1;
    long id =
        repository.insert(tx, project.id(), next, rubric, why, session.username(), clock.instant());
    audit.created(tx, session, AuditEntity.RUBRIC, id, summary(project.id(), next, rubric, why));
    return repository.current(tx, project.id()).orElseThrow();
  }

  private static void refuseForProject(Project project, Rubric rubric) {
    if (!project.status().open() || project.status().compareTo(ProjectStatus.UNDER_REVIEW) > 0) {
      throw new CareEvalException(
          "error.rubric.projectPastReview",
          project.name(),
          new LocalizedText(project.status().labelKey()));
    }
    if (rubric.settings().method() != project.method()) {
      throw new CareEvalException(
          "error.project.rubricMethod",
          new LocalizedText(rubric.settings().method().labelKey()),
          new LocalizedText(project.method().labelKey()));
    }
  }

  private Project projectFor(Session session, long projectId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(
        tx ->
            projects
                .get(tx, projectId)
                .orElseThrow(
                    () ->
                        new CareEvalException("error.project.notFound", Long.toString(projectId))));
  }

  /** What the trail keeps of a rubric version: its shape and settings, not every line. */
  private static Map<String, Object> summary(long projectId, int version, Rubric r, String reason) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("project", projectId);
    values.put("version", version);
    values.put("method", r.settings().method().name());
    values.put("pricePoints", r.settings().pricePoints().toPlainString());
    values.put("aggregation", r.settings().aggregation().name());
    values.put("decimals", r.settings().decimals());
    values.put("smeDeduction", r.settings().smeDeductionPercent().toPlainString());
    values.put("qualification", r.qualification().size());
    values.put("conformity", r.conformity().size());
    values.put(
        "criteria",
        r.criteria().stream().map(c -> c.code() + " " + c.maxPoints().toPlainString()).toList());
    if (!reason.isEmpty()) {
      values.put("reason", reason);
    }
    return values;
  }
}
