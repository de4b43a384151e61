package org.careeval.service.evaluation;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.expert.Conflicts;
import org.careeval.domain.expert.Expert;
import org.careeval.domain.project.Project;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.rubric.CriterionKind;
import org.careeval.domain.scoring.GivenScore;
import org.careeval.domain.scoring.OpenedBid;
import org.careeval.domain.scoring.PanelComposition;
import org.careeval.domain.scoring.PanelMember;
import org.careeval.domain.scoring.Ranking;
import org.careeval.domain.scoring.ScoreCheck;
import org.careeval.domain.scoring.ScoreQuery;
import org.careeval.domain.scoring.ScoreValue;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.system.Setting;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.Database;
import org.careeval.persistence.EvaluationRepository;
import org.careeval.persistence.ExpertRepository;
import org.careeval.persistence.PanelDrawRepository;
import org.careeval.persistence.ProjectRepository;
import org.careeval.persistence.RubricRepository;
import org.careeval.persistence.SettingRepository;
import org.careeval.persistence.Transaction;
import org.careeval.report.excel.FormWorkbook;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.imports.ImportProblem;
import org.careeval.service.security.Sessions;

/**
 * Scoring (issue 12): each member scores the bids that passed both reviews — drafts, then a
 * submission that objective scores must agree with — and nobody sees another member's scores until
 * all have submitted. Then the score check (87号令 Art 64): the leader (or the officer) sends items
 * back, the member corrects or, for a score far from the median, confirms with a reason; each
 * member signs, and when the last one has, the rubric is frozen and no score can change.
 */
public final class ScoringService {

  /**
   * What the signed-in user may see of a project's evaluation. {@code me} is their seat on the
   * panel (for an expert's account); {@code scores} holds only their own until every member has
   * submitted, then everyone's; {@code findings} and {@code queries} are empty until then; {@code
   * composition} says what the panel lacks against the method (domain rules 2.5).
   */
  public record View(
      Project project,
      List<Criterion> criteria,
      List<OpenedBid> scoredBids,
      List<PanelMember> panel,
      Optional<PanelMember> me,
      Map<Long, Map<Long, Map<String, GivenScore>>> scores,
      Map<Long, Map<Long, BigDecimal>> statedTotals,
      List<ScoreCheck.Finding> findings,
      List<ScoreQuery> queries,
      boolean allSubmitted,
      boolean allSigned,
      List<LocalizedText> composition,
      List<LocalizedText> conflicts) {

    /** Items that stop signing: findings that must be corrected, and unanswered queries. */
    public long blocking() {
      return findings.stream().filter(f -> f.kind().mustCorrect()).count()
          + queries.stream().filter(ScoreQuery::open).count();
    }
  }

  /** One cell of the grid as typed: points (blank = not yet) and the member's comment. */
  public record Entry(String points, String note) {}

  static final int MAX_NOTE = 500;

  private final Database database;
  private final ProjectRepository projects;
  private final RubricRepository rubrics;
  private final EvaluationRepository evaluations;
  private final SettingRepository settings;
  private final ExpertRepository experts;
  private final PanelDrawRepository draws;
  private final AuditTrail audit;
  private final CountyClock clock;
  private final Sessions sessions;

  public ScoringService(
      Database database,
      ProjectRepository projects,
      RubricRepository rubrics,
      EvaluationRepository evaluations,
      SettingRepository settings,
      ExpertRepository experts,
      PanelDrawRepository draws,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.database = database;
    this.projects = projects;
    this.rubrics = rubrics;
    this.evaluations = evaluations;
    this.settings = settings;
    this.experts = experts;
    this.draws = draws;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  /** The projects where the signed-in expert sits on the panel. */
  public List<Project> myProjects(Session session) {
    sessions.require(session, Permission.PROJECT_SCORE);
    return database.read(
        tx ->
            evaluations.projectsOf(tx, session.username()).stream()
                .map(id -> projects.get(tx, id).orElseThrow())
                .toList());
  }

  public View view(Session session, long projectId) {
    return database.read(tx -> view(tx, session, load(tx, projectId)));
  }

  private View view(Transaction tx, Session session, StoredEvaluation e) {
    Optional<PanelMember> me = seat(session, e);
    boolean all = e.allSubmitted();
    Map<Long, Map<Long, Map<String, GivenScore>>> visible = new LinkedHashMap<>();
    if (all) {
      visible.putAll(e.scores());
    } else {
      me.ifPresent(m -> visible.put(m.id(), e.scores().getOrDefault(m.id(), Map.of())));
    }
    Map<Long, Map<Long, BigDecimal>> stated =
        all ? evaluations.statedTotals(tx, e.project().id()) : Map.of();
    List<ScoreCheck.Finding> findings = all ? check(tx, e, stated) : List.of();
    List<ScoreQuery> queries = all ? evaluations.queries(tx, e.project().id()) : List.of();
    List<PanelMember> shown =
        PanelNames.shown(tx, session, e.project().id(), e.panel(), evaluations, draws);
    return new View(
        e.project(),
        e.rubric().rubric().criteria(),
        e.scoredBids(),
        shown,
        me,
        visible,
        stated,
        findings,
        queries,
        all,
        e.allSigned(),
        PanelComposition.problems(e.project().method(), e.project().budget(), e.panel()),
        conflicts(tx, e).entrySet().stream()
            .flatMap(
                c -> c.getValue().stream().map(x -> conflictText(seatOf(shown, c.getKey()), x)))
            .toList());
  }

  /**
   * The ranking as it stands, for the score check: to readers of projects, and to members of the
   * panel once every member has submitted (they sign the result).
   */
  public Ranking.Result rank(Session session, long projectId) {
    return database.read(
        tx -> {
          StoredEvaluation e = load(tx, projectId);
          seat(session, e);
          return e.rank();
        });
  }

  /**
   * The members' conflicts with this project's bidders (employer and declared ties in the pool, by
   * code or the register's name rules), by member id; members kept by a supervisor's decision are
   * left out.
   */
  private Map<Long, List<Conflicts.Conflict>> conflicts(Transaction tx, StoredEvaluation e) {
    List<Conflicts.Bidder> bidders =
        e.bids().stream()
            .map(b -> new Conflicts.Bidder(b.bid().organization(), b.bid().uscc()))
            .toList();
    List<Expert> pool = experts.list(tx);
    Map<Long, List<Conflicts.Conflict>> byMember = new LinkedHashMap<>();
    for (PanelMember m : e.panel()) {
      if (m.keptDespiteTie()) {
        continue;
      }
      poolExpert(m, pool)
          .map(x -> Conflicts.of(x, bidders))
          .filter(list -> !list.isEmpty())
          .ifPresent(list -> byMember.put(m.id(), list));
    }
    return byMember;
  }

  /**
   * The pool's expert a member is: the one the seat was drawn for, or for a member seated by hand
   * the only expert of the pool with that name — so their declared ties apply too.
   */
  private static Optional<Expert> poolExpert(PanelMember m, List<Expert> pool) {
    if (m.expertId().isPresent()) {
      return pool.stream().filter(x -> m.expertId().get() == x.id()).findFirst();
    }
    List<Expert> named = pool.stream().filter(x -> x.name().equals(m.name())).toList();
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  private static PanelMember seatOf(List<PanelMember> panel, long memberId) {
    return panel.stream().filter(m -> m.id() == memberId).findFirst().orElseThrow();
  }

  private static LocalizedText conflictText(PanelMember m, Conflicts.Conflict c) {
    return new LocalizedText(
        "error.scoring.conflict",
        m.name(),
        c.bidder().name(),
        new LocalizedText(c.tie().kind().labelKey()));
  }

  /**
   * A member scores once they have declared, at sign-in, that they have no tie to any bidder; a
   * member tied to a bidder may not score the project (issue 13) unless a supervisor recorded why
   * the tie does not disqualify — otherwise they are replaced.
   */
  private void refuseUnlessCleared(Transaction tx, StoredEvaluation e, PanelMember member) {
    if (!member.declared()) {
      throw new CareEvalException("error.scoring.notDeclared", member.name());
    }
    List<Conflicts.Conflict> found = conflicts(tx, e).getOrDefault(member.id(), List.of());
    if (!found.isEmpty()) {
      LocalizedText text = conflictText(member, found.get(0));
      throw new CareEvalException(text.key(), text.arguments().toArray());
    }
  }

  private List<ScoreCheck.Finding> check(
      Transaction tx, StoredEvaluation e, Map<Long, Map<Long, BigDecimal>> stated) {
    BigDecimal percent =
        new BigDecimal(
            settings
                .find(tx, Setting.SCORE_DEVIATION_PERCENT.key())
                .orElse(Setting.SCORE_DEVIATION_PERCENT.defaultValue()));
    return new ScoreCheck(e.rubric().rubric().criteria(), percent)
        .run(
            e.panel().stream().map(PanelMember::id).toList(),
            e.scoredBids().stream().map(OpenedBid::id).toList(),
            e.points(),
            stated);
  }

  /**
   * The user's seat: an expert sees only projects where they sit; readers of projects see every
   * project, with no seat.
   */
  private Optional<PanelMember> seat(Session session, StoredEvaluation e) {
    Optional<PanelMember> me =
        e.panel().stream()
            .filter(m -> m.username().equals(Optional.of(session.username())))
            .findFirst();
    if (me.isPresent() && session.can(Permission.PROJECT_SCORE)) {
      sessions.require(session, Permission.PROJECT_SCORE);
      return me;
    }
    if (session.can(Permission.PROJECT_READ)) {
      sessions.require(session, Permission.PROJECT_READ);
      return Optional.empty();
    }
    sessions.require(session, Permission.PROJECT_SCORE);
    throw new CareEvalException("error.scoring.notOnPanel", e.project().name());
  }

  private StoredEvaluation load(Transaction tx, long projectId) {
    return StoredEvaluation.load(tx, projects, rubrics, evaluations, projectId);
  }

  // ---- the member's own grid ----------------------------------------------------------------

  /**
   * Saves the signed-in member's draft: every typed cell is checked against its criterion's range;
   * a blank cell removes the score. The first score locks the rubric.
   */
  public void saveDraft(Session session, long projectId, Map<Long, Map<String, Entry>> entries) {
    sessions.write(
        session,
        Permission.PROJECT_SCORE,
        tx -> {
          StoredEvaluation e = load(tx, projectId);
          PanelMember me = openSeat(session, e);
          refuseUnlessCleared(tx, e, me);
          Map<String, Criterion> byCode = criteria(e);
          List<Long> scored = e.scoredBids().stream().map(OpenedBid::id).toList();
          Map<Long, Map<String, GivenScore>> before = e.scores().getOrDefault(me.id(), Map.of());
          List<String> changed = new ArrayList<>();
          entries.forEach(
              (bid, byCriterion) -> {
                if (!scored.contains(bid)) {
                  throw new CareEvalException("error.bid.notFound");
                }
                byCriterion.forEach(
                    (code, entry) -> {
                      Optional<GivenScore> now = given(byCode, code, entry);
                      Optional<GivenScore> was =
                          Optional.ofNullable(before.getOrDefault(bid, Map.of()).get(code));
                      if (!now.equals(was)) {
                        store(tx, e, me.id(), bid, code, now);
                        changed.add(
                            bid
                                + "/"
                                + code
                                + "="
                                + now.map(g -> g.points().toPlainString()).orElse(""));
                      }
                    });
              });
          if (!changed.isEmpty()) {
            rubrics.lock(tx, e.rubric().id(), clock.instant());
            audit.updated(
                tx,
                session,
                AuditEntity.SCORE,
                me.id(),
                Map.of(),
                Map.of("project", projectId, "draft", changed));
          }
          return null;
        });
  }

  private static Optional<GivenScore> given(
      Map<String, Criterion> byCode, String code, Entry entry) {
    Criterion criterion = byCode.get(code);
    if (criterion == null) {
      throw new IllegalArgumentException("not a criterion of the rubric: " + code);
    }
    String note = entry.note() == null ? "" : entry.note().strip();
    if (note.length() > MAX_NOTE) {
      throw new CareEvalException("error.scoring.noteTooLong");
    }
    if (entry.points() == null || entry.points().isBlank()) {
      return Optional.empty();
    }
    ScoreValue.Parsed parsed = ScoreValue.parse(criterion, entry.points());
    parsed
        .problem()
        .ifPresent(
            p -> {
              throw new CareEvalException(p.key(), p.arguments().toArray());
            });
    return Optional.of(new GivenScore(parsed.points().orElseThrow(), note));
  }

  private void store(
      Transaction tx,
      StoredEvaluation e,
      long member,
      long bid,
      String code,
      Optional<GivenScore> now) {
    if (now.isPresent()) {
      evaluations.putScore(tx, e.rubric().id(), member, bid, code, now.get());
    } else {
      evaluations.deleteScore(tx, member, bid, code);
    }
  }

  /**
   * Submits the signed-in member's scores: every scored bid has every criterion, and each objective
   * score equals the one members who submitted already gave.
   */
  public void submit(Session session, long projectId) {
    sessions.write(
        session,
        Permission.PROJECT_SCORE,
        tx -> {
          StoredEvaluation e = load(tx, projectId);
          PanelMember me = openSeat(session, e);
          refuseUnlessCleared(tx, e, me);
          Map<Long, Map<String, BigDecimal>> mine = e.points().getOrDefault(me.id(), Map.of());
          refuseIncomplete(e, mine);
          refuseObjectiveDisagreement(e, me, mine);
          evaluations.setSubmitted(tx, me.id(), Optional.of(clock.instant()));
          rubrics.lock(tx, e.rubric().id(), clock.instant());
          audit.updated(
              tx,
              session,
              AuditEntity.PANEL_MEMBER,
              me.id(),
              Map.of("submitted", false),
              Map.of("project", projectId, "submitted", true));
          return null;
        });
  }

  private static void refuseIncomplete(
      StoredEvaluation e, Map<Long, Map<String, BigDecimal>> mine) {
    int blank = 0;
    String firstBid = "";
    String firstCode = "";
    for (OpenedBid bid : e.scoredBids()) {
      for (Criterion c : e.rubric().rubric().criteria()) {
        if (!mine.getOrDefault(bid.id(), Map.of()).containsKey(c.code())) {
          if (blank++ == 0) {
            firstBid = bid.bid().organization();
            firstCode = c.code();
          }
        }
      }
    }
    if (blank > 0) {
      throw new CareEvalException(
          "error.scoring.incomplete", Integer.toString(blank), firstBid, firstCode);
    }
  }

  private static void refuseObjectiveDisagreement(
      StoredEvaluation e, PanelMember me, Map<Long, Map<String, BigDecimal>> mine) {
    Map<Long, Map<Long, Map<String, BigDecimal>>> points = e.points();
    for (PanelMember other : e.panel()) {
      if (other.id() == me.id() || !other.submitted()) {
        continue;
      }
      for (OpenedBid bid : e.scoredBids()) {
        for (Criterion c : e.rubric().rubric().criteria()) {
          if (c.kind() != CriterionKind.OBJECTIVE) {
            continue;
          }
          BigDecimal own = mine.get(bid.id()).get(c.code());
          BigDecimal theirs =
              points
                  .getOrDefault(other.id(), Map.of())
                  .getOrDefault(bid.id(), Map.of())
                  .get(c.code());
          if (theirs != null && own.compareTo(theirs) != 0) {
            throw new CareEvalException(
                "error.scoring.objectiveDiffers",
                c.code(),
                bid.bid().organization(),
                own.toPlainString(),
                theirs.toPlainString());
          }
        }
      }
    }
  }

  /** The signed-in member's seat while they may still change their scores. */
  private static PanelMember openSeat(Session session, StoredEvaluation e) {
    PanelMember me = ownSeat(session, e);
    if (me.submitted()) {
      throw new CareEvalException("error.scoring.submitted", e.project().name());
    }
    return me;
  }

  private static PanelMember ownSeat(Session session, StoredEvaluation e) {
    refuseSigned(e);
    return e.panel().stream()
        .filter(m -> m.username().equals(Optional.of(session.username())))
        .findFirst()
        .orElseThrow(() -> new CareEvalException("error.scoring.notOnPanel", e.project().name()));
  }

  private static void refuseSigned(StoredEvaluation e) {
    if (e.allSigned()) {
      throw new CareEvalException("error.scoring.allSigned", e.project().name());
    }
  }

  private static Map<String, Criterion> criteria(StoredEvaluation e) {
    Map<String, Criterion> byCode = new LinkedHashMap<>();
    e.rubric().rubric().criteria().forEach(c -> byCode.put(c.code(), c));
    return byCode;
  }

  // ---- the score check ------------------------------------------------------------------------

  /**
   * Sends an item of the score check back to its member, by the leader's account or the officer.
   * {@code criterion} is empty for a summing error.
   */
  public long sendBack(
      Session session,
      long projectId,
      long memberId,
      long bidId,
      String criterion,
      ScoreCheck.Kind kind,
      String question) {
    Permission permission = officerOr(session);
    return sessions.write(
        session,
        permission,
        tx -> {
          StoredEvaluation e = load(tx, projectId);
          refuseSigned(e);
          if (!e.allSubmitted()) {
            throw new CareEvalException("error.scoring.notAllSubmitted");
          }
          if (permission == Permission.PROJECT_SCORE && !ownSeat(session, e).leader()) {
            throw new CareEvalException("error.scoring.notLeader");
          }
          PanelMember member = member(e, memberId);
          if (member.signed()) {
            throw new CareEvalException("error.scoring.signedAlready", member.name());
          }
          if (e.scoredBids().stream().noneMatch(b -> b.id() == bidId)) {
            throw new CareEvalException("error.bid.notFound");
          }
          String why = question == null ? "" : question.strip();
          if (why.isEmpty()) {
            throw new CareEvalException("error.scoring.queryRequired");
          }
          long id =
              evaluations.insertQuery(
                  tx,
                  new ScoreQuery(
                      0,
                      memberId,
                      bidId,
                      criterion,
                      kind,
                      why,
                      ScoreQuery.State.OPEN,
                      "",
                      session.username(),
                      clock.instant(),
                      Optional.empty()));
          audit.created(
              tx,
              session,
              AuditEntity.SCORE_QUERY,
              id,
              Map.of(
                  "project", projectId,
                  "member", member.name(),
                  "bid", bidId,
                  "criterion", criterion,
                  "kind", kind.name(),
                  "question", why));
          return id;
        });
  }

  /**
   * Answers a query: with {@code newPoints} the score is corrected (for a summing error the stated
   * total is dropped and the computed sum stands); without, the score is confirmed — allowed only
   * for a score far from the median. Either way with a reason. By the member's account, or the
   * officer recording a member who works on paper.
   */
  public void answer(
      Session session, long projectId, long queryId, Optional<String> newPoints, String reason) {
    Permission permission = officerOr(session);
    sessions.write(
        session,
        permission,
        tx -> {
          StoredEvaluation e = load(tx, projectId);
          refuseSigned(e);
          ScoreQuery query =
              evaluations.queries(tx, projectId).stream()
                  .filter(q -> q.id() == queryId)
                  .findFirst()
                  .orElseThrow(() -> new CareEvalException("error.scoring.queryNotFound"));
          PanelMember member = member(e, query.member());
          if (permission == Permission.PROJECT_SCORE && ownSeat(session, e).id() != member.id()) {
            throw new CareEvalException("error.scoring.notYourQuery", member.name());
          }
          if (!query.open()) {
            throw new CareEvalException("error.scoring.queryAnswered");
          }
          String why = reason == null ? "" : reason.strip();
          if (why.isEmpty()) {
            throw new CareEvalException("error.scoring.answerRequired");
          }
          Optional<String> typed = newPoints.map(String::strip).filter(p -> !p.isEmpty());
          ScoreQuery.State state;
          Map<String, Object> after = new LinkedHashMap<>();
          after.put("reason", why);
          if (query.kind() == ScoreCheck.Kind.SUM_ERROR) {
            evaluations.clearStatedTotal(tx, member.id(), query.bid());
            state = ScoreQuery.State.CORRECTED;
          } else if (typed.isPresent()) {
            Optional<GivenScore> now =
                given(criteria(e), query.criterion(), new Entry(typed.get(), why));
            Optional<GivenScore> was =
                Optional.ofNullable(
                    e.scores()
                        .getOrDefault(member.id(), Map.of())
                        .getOrDefault(query.bid(), Map.of())
                        .get(query.criterion()));
            store(tx, e, member.id(), query.bid(), query.criterion(), now);
            after.put("before", was.map(g -> g.points().toPlainString()).orElse(""));
            after.put("after", now.orElseThrow().points().toPlainString());
            state = ScoreQuery.State.CORRECTED;
          } else if (query.kind().mustCorrect()) {
            throw new CareEvalException(
                "error.scoring.mustCorrect", new LocalizedText(query.kind().labelKey()));
          } else {
            state = ScoreQuery.State.CONFIRMED;
          }
          evaluations.answerQuery(tx, queryId, state, why, clock.instant());
          after.put("state", state.name());
          audit.updated(
              tx,
              session,
              AuditEntity.SCORE_QUERY,
              queryId,
              Map.of("state", query.state().name()),
              after);
          return null;
        });
  }

  /**
   * Records a member's signature (by their account, or the officer for a member signing on paper).
   * Refused while items must be corrected or queries wait; the last signature freezes the rubric.
   */
  public void sign(Session session, long projectId, long memberId) {
    Permission permission = officerOr(session);
    sessions.write(
        session,
        permission,
        tx -> {
          StoredEvaluation e = load(tx, projectId);
          PanelMember member = member(e, memberId);
          if (permission == Permission.PROJECT_SCORE && ownSeat(session, e).id() != memberId) {
            throw new CareEvalException("error.scoring.notYourSignature");
          }
          if (member.signed()) {
            throw new CareEvalException("error.scoring.signedAlready", member.name());
          }
          if (!e.allSubmitted()) {
            throw new CareEvalException("error.scoring.notAllSubmitted");
          }
          View view = view(tx, session, e);
          if (view.blocking() > 0) {
            throw new CareEvalException(
                "error.scoring.signBlocked", Long.toString(view.blocking()));
          }
          evaluations.setSigned(tx, memberId, clock.instant());
          audit.updated(
              tx,
              session,
              AuditEntity.PANEL_MEMBER,
              memberId,
              Map.of("signed", false),
              Map.of("project", projectId, "signed", true, "recordedBy", session.username()));
          boolean last =
              e.panel().stream().filter(m -> m.id() != memberId).allMatch(PanelMember::signed);
          if (last) {
            rubrics.freeze(tx, e.rubric().id(), clock.instant());
            audit.updated(
                tx,
                session,
                AuditEntity.RUBRIC,
                e.rubric().id(),
                Map.of("frozen", false),
                Map.of("project", projectId, "frozen", true));
          }
          return null;
        });
  }

  // ---- offline member sheets ------------------------------------------------------------------

  /** What an import of filled member sheets did: the members it submitted, or every problem. */
  public record SheetImport(List<String> members, List<ImportProblem> problems) {
    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  /**
   * Writes one protected score sheet per member who has not submitted yet into {@code folder},
   * named 评分表-<member>.xlsx; returns the files written.
   */
  public List<Path> exportSheets(Session session, long projectId, Path folder) {
    sessions.require(session, Permission.PROJECT_EDIT);
    StoredEvaluation e =
        database.read(
            tx -> {
              StoredEvaluation loaded = load(tx, projectId);
              if (!PanelNames.visible(tx, session, projectId, loaded.panel(), evaluations, draws)) {
                throw new CareEvalException("error.panel.namesHidden", loaded.project().name());
              }
              return loaded;
            });
    refuseSigned(e);
    List<Path> written = new ArrayList<>();
    for (PanelMember member : e.panel()) {
      if (!member.submitted()) {
        Path file =
            folder.resolve("评分表-" + member.name().replaceAll("[\\\\/:*?\"<>|]", "_") + ".xlsx");
        FormWorkbook.write(MemberSheet.sheets(e, member, Map.of(), true), file);
        written.add(file);
      }
    }
    sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          audit.exported(
              tx,
              session,
              AuditEntity.SCORE,
              Map.of(
                  "project",
                  projectId,
                  "files",
                  written.stream().map(f -> f.getFileName().toString()).toList()));
          return null;
        });
    return written;
  }

  /**
   * Imports filled member sheets, all or nothing: each names a member of this project who has not
   * submitted, each score is in range, the structure and checksum are as exported, and objective
   * scores agree with each other and with members who submitted. Each member's scores are then
   * submitted.
   */
  public SheetImport importSheets(Session session, long projectId, List<Path> files) {
    sessions.require(session, Permission.PROJECT_EDIT);
    // one read: the evaluation and the drawn members' conflicts with its bidders
    Map.Entry<StoredEvaluation, Map<Long, List<Conflicts.Conflict>>> stored =
        database.read(
            tx -> {
              StoredEvaluation loaded = load(tx, projectId);
              return Map.entry(loaded, conflicts(tx, loaded));
            });
    StoredEvaluation e = stored.getKey();
    Map<Long, List<Conflicts.Conflict>> conflicted = stored.getValue();
    refuseSigned(e);
    List<ImportProblem> problems = new ArrayList<>();
    Map<Long, MemberSheet.Read> reads = new LinkedHashMap<>();
    Map<Long, String> fileOf = new LinkedHashMap<>();
    for (Path file : files) {
      MemberSheet.Read read = MemberSheet.read(file, e);
      problems.addAll(read.problems());
      read.member()
          .ifPresent(
              m -> {
                String where = "[" + file.getFileName() + "]" + MemberSheet.SHEET;
                if (m.submitted()) {
                  problems.add(
                      new ImportProblem(
                          where,
                          MemberSheet.MEMBER_ROW,
                          "B",
                          new LocalizedText("error.memberSheet.alreadySubmitted", m.name())));
                } else if (fileOf.containsKey(m.id())) {
                  problems.add(
                      new ImportProblem(
                          where,
                          MemberSheet.MEMBER_ROW,
                          "B",
                          new LocalizedText(
                              "error.memberSheet.twice", m.name(), fileOf.get(m.id()))));
                } else {
                  reads.put(m.id(), read);
                  fileOf.put(m.id(), file.getFileName().toString());
                }
              });
    }
    for (Long member : reads.keySet()) {
      if (!member(e, member).declared()) {
        problems.add(
            new ImportProblem(
                "[" + fileOf.get(member) + "]" + MemberSheet.SHEET,
                MemberSheet.MEMBER_ROW,
                "B",
                new LocalizedText("error.scoring.notDeclared", member(e, member).name())));
      } else if (conflicted.containsKey(member)) {
        problems.add(
            new ImportProblem(
                "[" + fileOf.get(member) + "]" + MemberSheet.SHEET,
                MemberSheet.MEMBER_ROW,
                "B",
                conflictText(member(e, member), conflicted.get(member).get(0))));
      }
    }
    if (problems.isEmpty()) {
      problems.addAll(objectiveDisagreements(e, reads, fileOf));
    }
    if (!problems.isEmpty()) {
      return new SheetImport(List.of(), problems);
    }
    List<String> members = new ArrayList<>();
    sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          for (Map.Entry<Long, MemberSheet.Read> read : reads.entrySet()) {
            long member = read.getKey();
            read.getValue()
                .scores()
                .forEach(
                    (bid, byCode) ->
                        byCode.forEach(
                            (code, points) ->
                                evaluations.putScore(
                                    tx,
                                    e.rubric().id(),
                                    member,
                                    bid,
                                    code,
                                    new GivenScore(points, ""))));
            read.getValue()
                .statedTotals()
                .forEach((bid, total) -> evaluations.putStatedTotal(tx, member, bid, total));
            evaluations.setSubmitted(tx, member, Optional.of(clock.instant()));
            members.add(member(e, member).name());
          }
          rubrics.lock(tx, e.rubric().id(), clock.instant());
          audit.record(
              tx,
              session.username(),
              AuditAction.IMPORT,
              AuditEntity.SCORE,
              Long.toString(projectId),
              Map.of(),
              Map.of(
                  "project", projectId, "members", members, "files", List.copyOf(fileOf.values())));
          return null;
        });
    return new SheetImport(members, List.of());
  }

  /** Objective scores of the imported sheets that differ, each at its cell. */
  private List<ImportProblem> objectiveDisagreements(
      StoredEvaluation e, Map<Long, MemberSheet.Read> reads, Map<Long, String> fileOf) {
    Map<Long, Map<Long, Map<String, BigDecimal>>> points = new LinkedHashMap<>();
    List<Long> members = new ArrayList<>();
    Map<Long, Map<Long, Map<String, BigDecimal>>> stored = e.points();
    for (PanelMember m : e.panel()) {
      if (m.submitted()) {
        members.add(m.id());
        points.put(m.id(), stored.getOrDefault(m.id(), Map.of()));
      } else if (reads.containsKey(m.id())) {
        members.add(m.id());
        points.put(m.id(), reads.get(m.id()).scores());
      }
    }
    List<Criterion> objective =
        e.rubric().rubric().criteria().stream()
            .filter(c -> c.kind() == CriterionKind.OBJECTIVE)
            .toList();
    List<Long> bids = e.scoredBids().stream().map(OpenedBid::id).toList();
    List<Criterion> all = e.rubric().rubric().criteria();
    List<ImportProblem> problems = new ArrayList<>();
    for (ScoreCheck.Finding f :
        new ScoreCheck(objective, BigDecimal.valueOf(100)).run(members, bids, points, Map.of())) {
      if (f.kind() == ScoreCheck.Kind.OBJECTIVE_UNEQUAL && reads.containsKey(f.member())) {
        int column =
            3
                + all.indexOf(
                    all.stream()
                        .filter(c -> c.code().equals(f.criterion()))
                        .findFirst()
                        .orElseThrow());
        problems.add(
            new ImportProblem(
                "[" + fileOf.get(f.member()) + "]" + MemberSheet.SHEET,
                MemberSheet.HEADER_ROW + 1 + bids.indexOf(f.bid()),
                ImportProblem.columnLetters(column),
                new LocalizedText(
                    "error.evaluation.objectiveDiffers",
                    f.criterion(),
                    e.scoredBids().get(bids.indexOf(f.bid())).bid().organization())));
      }
    }
    return problems;
  }

  private static Permission officerOr(Session session) {
    return session.can(Permission.PROJECT_EDIT)
        ? Permission.PROJECT_EDIT
        : Permission.PROJECT_SCORE;
  }

  private static PanelMember member(StoredEvaluation e, long memberId) {
    return e.panel().stream()
        .filter(m -> m.id() == memberId)
        .findFirst()
        .orElseThrow(() -> new CareEvalException("error.panel.notFound"));
  }
}
