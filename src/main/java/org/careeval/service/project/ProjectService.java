package org.careeval.service.project;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.FreeText;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.Problem;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.project.Project;
import org.careeval.domain.project.ProjectDraft;
import org.careeval.domain.project.ProjectOfficer;
import org.careeval.domain.project.ProjectStatus;
import org.careeval.domain.project.ProjectTransitions;
import org.careeval.domain.project.ServiceCategory;
import org.careeval.domain.rubric.Rubric;
import org.careeval.domain.rubric.RubricVersion;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.careeval.persistence.Database;
import org.careeval.persistence.ProjectRepository;
import org.careeval.persistence.RubricRepository;
import org.careeval.persistence.Transaction;
import org.careeval.persistence.UserRepository;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.security.Sessions;

/**
 * Purchase projects: created and edited by officers, moved through their statuses only when nothing
 * is missing (each refusal names what is), every change audited. Once bids are being judged the
 * method and the budget are fixed.
 */
public final class ProjectService {

  private final Database database;
  private final ProjectRepository repository;
  private final RubricRepository rubrics;
  private final UserRepository users;
  private final AuditTrail audit;
  private final CountyClock clock;
  private final Sessions sessions;

  public ProjectService(
      Database database,
      ProjectRepository repository,
      RubricRepository rubrics,
      UserRepository users,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.database = database;
    this.repository = repository;
    this.rubrics = rubrics;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  public List<Project> list(Session session) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(repository::list);
  }

  public Project get(Session session, long id) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(tx -> find(tx, id));
  }

  /**
   * The service-category catalogue (domain rules 5.4), in its order: for projects and its keeper.
   */
  public List<ServiceCategory> categories(Session session) {
    sessions.require(
        session,
        session.can(Permission.CATALOGUE_MANAGE)
            ? Permission.CATALOGUE_MANAGE
            : Permission.PROJECT_READ);
    return database.read(repository::categories);
  }

  /** The users a project may name as responsible: active officers, by user name. */
  public List<ProjectOfficer> officers(Session session) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(this::activeOfficers);
  }

  private List<ProjectOfficer> activeOfficers(Transaction tx) {
    return users.findAll(tx).stream()
        .filter(u -> u.active() && u.roles().contains(Role.OFFICER))
        .map(u -> new ProjectOfficer(u.username(), u.displayName()))
        .toList();
  }

  /** A named officer must be an active officer; none may be named yet while drafting. */
  private void refuseUnknownOfficer(Transaction tx, String officer) {
    if (!officer.isEmpty()
        && activeOfficers(tx).stream().noneMatch(o -> o.username().equals(officer))) {
      throw new CareEvalException("error.project.officerUnknown", officer);
    }
  }

  /** Adds a service category at the end of the catalogue (the administrator's). */
  public ServiceCategory addCategory(
      Session session, String name, boolean material, ServiceCategory.Purpose purpose) {
    String clean = checkedCategoryName(name);
    return sessions.write(
        session,
        Permission.CATALOGUE_MANAGE,
        tx -> {
          refuseTakenCategory(tx, clean, 0);
          long id = repository.insertCategory(tx, clean, material, purpose);
          ServiceCategory added = category(tx, id);
          audit.created(tx, session, AuditEntity.SERVICE_CATEGORY, id, values(added));
          return added;
        });
  }

  /**
   * Renames, retags or retires a category read at {@code changed.version()}. A retired category
   * stays on the projects that name it and is no longer offered.
   */
  public ServiceCategory updateCategory(Session session, ServiceCategory changed) {
    String clean = checkedCategoryName(changed.name());
    return sessions.write(
        session,
        Permission.CATALOGUE_MANAGE,
        tx -> {
          ServiceCategory before = category(tx, changed.id());
          refuseTakenCategory(tx, clean, changed.id());
          ServiceCategory after =
              new ServiceCategory(
                  changed.id(),
                  clean,
                  changed.material(),
                  changed.purpose(),
                  changed.active(),
                  changed.version());
          if (!repository.updateCategory(tx, after)) {
            throw new CareEvalException("error.conflict.category", before.name());
          }
          audit.updated(
              tx,
              session,
              AuditEntity.SERVICE_CATEGORY,
              changed.id(),
              values(before),
              values(after));
          return category(tx, changed.id());
        });
  }

  private static String checkedCategoryName(String name) {
    String clean = FreeText.clean(name);
    FreeText.check(
            ServiceCategory.NAME, "project.category.name", clean, ServiceCategory.MAX_NAME, true)
        .ifPresent(p -> Problem.refuseFirst(List.of(p)));
    return clean;
  }

  private void refuseTakenCategory(Transaction tx, String name, long exceptId) {
    if (repository.categoryNameTaken(tx, name, exceptId)) {
      throw new CareEvalException("error.category.duplicate", name);
    }
  }

  private ServiceCategory category(Transaction tx, long id) {
    return repository.categories(tx).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
  }

  private static Map<String, Object> values(ServiceCategory c) {
    return Map.of(
        "name",
        c.name(),
        "material",
        c.material(),
        "purpose",
        c.purpose().name(),
        "active",
        c.active());
  }

  public Project create(Session session, ProjectDraft draft) {
    sessions.require(session, Permission.PROJECT_EDIT);
    Problem.refuseFirst(draft.check());
    Project project =
        new Project(
                0,
                draft.fiscalYear(),
                draft.name(),
                draft.budget(),
                draft.method(),
                ProjectStatus.DRAFT,
                "",
                draft.termStart(),
                draft.termEnd(),
                draft.officer(),
                draft.categoryIds(),
                draft.placeIds(),
                draft.targetGroups(),
                Optional.empty(),
                0)
            .with(draft);
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          refuseUnknownOfficer(tx, draft.officer());
          long id = repository.insert(tx, project, session.username(), clock.instant());
          Project created = find(tx, id);
          audit.created(tx, session, AuditEntity.PROJECT, id, values(created));
          return created;
        });
  }

  /**
   * Saves the form's values over a project read at {@code version}. Closed projects do not change;
   * once bids are judged the method and the budget stay as published.
   */
  public Project update(Session session, long id, int version, ProjectDraft draft) {
    sessions.require(session, Permission.PROJECT_EDIT);
    Problem.refuseFirst(draft.check());
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          Project before = find(tx, id);
          if (!draft.officer().equals(before.officer())) {
            refuseUnknownOfficer(tx, draft.officer());
          }
          if (!before.status().open()) {
            throw new CareEvalException("error.project.closed", before.name(), status(before));
          }
          if (before.status().reviewStarted()
              && (before.method() != draft.method()
                  || before.budget().compareTo(draft.budget()) != 0)) {
            throw new CareEvalException("error.project.frozen", before.name());
          }
          Project changed = withVersion(before.with(draft), version);
          write(tx, session, before, changed);
          return find(tx, id);
        });
  }

  /** What each status the project may move to still lacks (empty lists: ready). */
  public Map<ProjectStatus, List<LocalizedText>> readiness(Session session, long id) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(
        tx -> {
          Project project = find(tx, id);
          Optional<Rubric> rubric = rubrics.current(tx, id).map(RubricVersion::rubric);
          Map<ProjectStatus, List<LocalizedText>> missing = new EnumMap<>(ProjectStatus.class);
          for (ProjectStatus next : project.status().allowedNext()) {
            List<LocalizedText> lacks = new ArrayList<>();
            if (!next.needsReason()) {
              lacks.addAll(ProjectTransitions.missingFor(project, next, rubric, "", clock.today()));
              lacks.addAll(awardedInEvaluation(tx, project, next));
            }
            missing.put(next, lacks);
          }
          return missing;
        });
  }

  /**
   * Moves a project read at {@code version} to {@code target}; refused with everything it lacks.
   *
   * @param reason required for 终止 and 废标
   * @param awarded the organization awarded, for 已定标 of a procurement held before the app
   */
  public Project changeStatus(
      Session session,
      long id,
      int version,
      ProjectStatus target,
      String reason,
      Optional<Long> awarded) {
    sessions.require(session, Permission.PROJECT_EDIT);
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          Project before = find(tx, id);
          Project asked =
              before.withStatus(
                  before.status(),
                  before.statusReason(),
                  target == ProjectStatus.AWARDED ? awarded : before.awardedOrganizationId());
          Optional<Rubric> rubric = rubrics.current(tx, id).map(RubricVersion::rubric);
          List<LocalizedText> missing =
              new ArrayList<>(
                  ProjectTransitions.missingFor(asked, target, rubric, reason, clock.today()));
          missing.addAll(awardedInEvaluation(tx, before, target));
          if (!missing.isEmpty()) {
            throw new CareEvalException(
                "error.project.notReady", new LocalizedText(target.labelKey()), missing);
          }
          String stored = target.needsReason() ? reason.strip() : "";
          Project changed =
              withVersion(asked.withStatus(target, stored, asked.awardedOrganizationId()), version);
          write(tx, session, before, changed);
          return find(tx, id);
        });
  }

  /**
   * A project whose bids are in the app is awarded in the recommended order from the evaluation
   * screen ({@code AwardService}); naming the organization here is for a procurement held before
   * the app, recorded afterwards.
   */
  private List<LocalizedText> awardedInEvaluation(
      Transaction tx, Project project, ProjectStatus target) {
    return target == ProjectStatus.AWARDED && repository.hasBids(tx, project.id())
        ? List.of(new LocalizedText("error.project.awardInEvaluation"))
        : List.of();
  }

  private void write(Transaction tx, Session session, Project before, Project changed) {
    if (!repository.update(tx, changed, clock.instant())) {
      throw new CareEvalException("error.conflict.project", before.name());
    }
    audit.updated(tx, session, AuditEntity.PROJECT, before.id(), values(before), values(changed));
  }

  private Project find(Transaction tx, long id) {
    return repository
        .get(tx, id)
        .orElseThrow(() -> new CareEvalException("error.project.notFound", Long.toString(id)));
  }

  private static LocalizedText status(Project p) {
    return new LocalizedText(p.status().labelKey());
  }

  private static Project withVersion(Project p, int version) {
    return new Project(
        p.id(),
        p.fiscalYear(),
        p.name(),
        p.budget(),
        p.method(),
        p.status(),
        p.statusReason(),
        p.termStart(),
        p.termEnd(),
        p.officer(),
        p.categoryIds(),
        p.placeIds(),
        p.targetGroups(),
        p.awardedOrganizationId(),
        version);
  }

  static Map<String, Object> values(Project p) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("fiscalYear", p.fiscalYear());
    values.put("name", p.name());
    values.put("budget", p.budget().toPlainString());
    values.put("method", p.method().name());
    values.put("status", p.status().name());
    values.put("statusReason", p.statusReason());
    values.put("termStart", p.termStart().map(Object::toString).orElse(""));
    values.put("termEnd", p.termEnd().map(Object::toString).orElse(""));
    values.put("officer", p.officer());
    values.put("categories", p.categoryIds().stream().sorted().toList());
    values.put("places", p.placeIds().stream().sorted().toList());
    values.put("targetGroups", p.targetGroups().stream().map(Enum::name).sorted().toList());
    values.put("awardedOrganization", p.awardedOrganizationId().map(Object::toString).orElse(""));
    return values;
  }
}
