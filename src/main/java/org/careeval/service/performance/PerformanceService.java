package org.careeval.service.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.FreeText;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.delivery.Indicator;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.delivery.ReportSnapshot;
import org.careeval.domain.monitor.Warning;
import org.careeval.domain.performance.Evaluation;
import org.careeval.domain.performance.EvaluationKind;
import org.careeval.domain.performance.EvaluationValues;
import org.careeval.domain.performance.EvaluatorKind;
import org.careeval.domain.performance.GradeBands;
import org.careeval.domain.performance.IndicatorLine;
import org.careeval.domain.performance.IndicatorScoring;
import org.careeval.domain.performance.LevelWeights;
import org.careeval.domain.performance.PanelScores;
import org.careeval.domain.performance.PlannedEvaluation;
import org.careeval.domain.performance.Rectification;
import org.careeval.domain.performance.Satisfaction;
import org.careeval.domain.records.SpotCheck;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.system.Setting;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.ContractRepository;
import org.careeval.persistence.Database;
import org.careeval.persistence.DeliveryRepository;
import org.careeval.persistence.PerformanceRepository;
import org.careeval.persistence.SettingRepository;
import org.careeval.persistence.SpotCheckRepository;
import org.careeval.persistence.Transaction;
import org.careeval.persistence.WarningRepository;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.imports.ImportProblem;
import org.careeval.service.security.Sessions;

/**
 * Periodic performance evaluations (issue 16): the plan a contract's term calls for; starting an
 * evaluation from the accepted delivery data (no re-typing) with the spot-check mismatches and open
 * warnings beside it; scoring per 财预〔2020〕10号 with the evaluator's level weights; satisfaction
 * surveys; findings and rectification items; the supervisor's sign-off, which locks the evaluation
 * and records the SHA-256 of its result. A signed grade is what evaluation installments wait for.
 */
public final class PerformanceService {

  /** One evaluation of a contract's plan, started or not. */
  public record Planned(PlannedEvaluation plan, Optional<Evaluation> evaluation) {}

  /** An evaluation as the county list shows it. */
  public record Listed(Evaluation evaluation, String contractNumber, String organization) {}

  /** What the evaluator sees beside the indicators: spot-check mismatches, open warnings. */
  public record Context(List<SpotCheck.Item> mismatches, List<Warning> openWarnings) {}

  /** An evaluation with everything on its page. */
  public record Detail(
      Evaluation evaluation,
      Contract contract,
      List<IndicatorScoring.Scored> lines,
      List<Indicator.LineProblem> problems,
      List<Satisfaction> surveys,
      List<Rectification> rectifications,
      Context context,
      List<String> members,
      List<PanelScores.Disagreement> disagreements) {

    /** Lines whose actual reached 130 % of the target without a note. */
    public List<IndicatorScoring.Scored> flagged() {
      return lines.stream().filter(s -> !s.flags().isEmpty()).toList();
    }
  }

  private final Database database;
  private final ContractRepository contracts;
  private final DeliveryRepository delivery;
  private final PerformanceRepository evaluations;
  private final SpotCheckRepository spotChecks;
  private final WarningRepository warnings;
  private final SettingRepository settings;
  private final AuditTrail audit;
  private final CountyClock clock;
  private final Sessions sessions;

  public PerformanceService(
      Database database,
      ContractRepository contracts,
      DeliveryRepository delivery,
      PerformanceRepository evaluations,
      SpotCheckRepository spotChecks,
      WarningRepository warnings,
      SettingRepository settings,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.database = database;
    this.contracts = contracts;
    this.delivery = delivery;
    this.evaluations = evaluations;
    this.spotChecks = spotChecks;
    this.warnings = warnings;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  /** Every evaluation of the county, due order. */
  public List<Listed> list(Session session) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(
        tx -> {
          Map<Long, Contract> byId =
              contracts.list(tx).stream().collect(Collectors.toMap(Contract::id, c -> c));
          return evaluations.all(tx).stream()
              .map(
                  e -> {
                    Contract c = byId.get(e.contractId());
                    return new Listed(e, c.number(), c.organization());
                  })
              .toList();
        });
  }

  /** The evaluations a signed contract's term calls for, with those already started. */
  public List<Planned> plan(Session session, long contractId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(
        tx -> {
          Contract c = signed(tx, contractId);
          List<Evaluation> started = evaluations.ofContract(tx, contractId);
          List<Planned> plan = new ArrayList<>();
          for (PlannedEvaluation p :
              PlannedEvaluation.of(c.termStart().orElseThrow(), c.termEnd().orElseThrow())) {
            plan.add(
                new Planned(
                    p,
                    started.stream()
                        .filter(e -> e.kind() == p.kind() && e.stage().equals(p.stage()))
                        .findFirst()));
          }
          started.stream()
              .filter(e -> e.kind() == EvaluationKind.SPOT_CHECK_FOLLOW_UP)
              .forEach(
                  e ->
                      plan.add(
                          new Planned(
                              new PlannedEvaluation(e.kind(), e.stage(), e.dueOn()),
                              Optional.of(e))));
          return plan;
        });
  }

  /**
   * Starts an evaluation of the plan (or a spot-check follow-up, due today): its lines from the
   * contract's indicators with the accepted delivery data of the quarters it covers.
   */
  public Detail start(
      Session session,
      long contractId,
      EvaluationKind kind,
      String stage,
      EvaluatorKind evaluator,
      String evaluatorName,
      String team) {
    String name = evaluatorName(evaluator, evaluatorName);
    String members = text(team, 500, "performance.field.team");
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          Contract c = signed(tx, contractId);
          PlannedEvaluation planned = planned(c, kind, stage);
          boolean taken =
              kind != EvaluationKind.SPOT_CHECK_FOLLOW_UP
                  && evaluations.ofContract(tx, contractId).stream()
                      .anyMatch(e -> e.kind() == kind && e.stage().equals(stage));
          if (taken) {
            throw new CareEvalException("error.performance.started", c.number(), stage);
          }
          List<IndicatorLine> lines = startingLines(tx, c, planned);
          if (lines.isEmpty()) {
            throw new CareEvalException("error.performance.noPlan", c.number());
          }
          long id =
              evaluations.insert(
                  tx, contractId, kind, planned.stage(), planned.dueOn(), evaluator, name, members);
          evaluations.replaceLines(tx, id, PerformanceRepository.OWN, unscored(lines));
          audit.created(
              tx,
              session,
              AuditEntity.PERFORMANCE_EVALUATION,
              id,
              Map.of(
                  "contract", c.number(),
                  "kind", kind.name(),
                  "stage", planned.stage(),
                  "evaluator", evaluator.name(),
                  "evaluatorName", name,
                  "team", members));
          return detail(tx, id);
        });
  }

  public Detail detail(Session session, long evaluationId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(tx -> detail(tx, evaluationId));
  }

  /**
   * Saves what the evaluator entered: who evaluates, the lines (values, bands, scores, notes) and
   * the findings. Every line is scored; the evaluation is scored — total and grade — once no line
   * has a problem and the level weights fit the evaluator, otherwise it keeps its entries and lists
   * what is wrong.
   */
  public Detail save(
      Session session,
      long evaluationId,
      int version,
      EvaluatorKind evaluator,
      String evaluatorName,
      String team,
      List<IndicatorLine> lines,
      String findings) {
    String name = evaluatorName(evaluator, evaluatorName);
    String members = text(team, 500, "performance.field.team");
    String found = text(findings, 4000, "performance.field.findings");
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          Evaluation e = editable(tx, evaluationId, version);
          store(tx, session, e, evaluator, name, members, lines, found);
          return detail(tx, evaluationId);
        });
  }

  /** Stores the evaluator and the lines, scored; the evaluation is scored when nothing is wrong. */
  private void store(
      Transaction tx,
      Session session,
      Evaluation e,
      EvaluatorKind evaluator,
      String name,
      String members,
      List<IndicatorLine> lines,
      String found) {
    long evaluationId = e.id();
    int version = e.version();
    List<IndicatorScoring.Scored> stored =
        evaluations.lines(tx, evaluationId, PerformanceRepository.OWN);
    List<IndicatorLine> kept = sameIndicators(stored, lines);
    if (!evaluations.updateEvaluator(tx, evaluationId, version, evaluator, name, members)) {
      throw new CareEvalException("error.conflict.performance");
    }
    Scoring scoring = score(tx, evaluator, kept);
    evaluations.replaceLines(tx, evaluationId, PerformanceRepository.OWN, scoring.lines());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("evaluator", evaluator.name());
    after.put("evaluatorName", name);
    after.put("lines", kept.size());
    if (scoring.problems().isEmpty()) {
      GradeBands bands = bands(tx);
      BigDecimal total = scoring.total();
      String grade = bands.grade(total);
      evaluations.updateScored(
          tx,
          evaluationId,
          version + 1,
          total,
          Optional.of(grade),
          Optional.of(bands.rank(grade)),
          found);
      after.put("total", total.toPlainString());
      after.put("grade", grade);
    } else {
      evaluations.updateUnscored(tx, evaluationId, version + 1, found);
    }
    audit.updated(
        tx,
        session,
        AuditEntity.PERFORMANCE_EVALUATION,
        evaluationId,
        Map.of(
            "state",
            e.state().name(),
            "total",
            e.total().map(BigDecimal::toPlainString).orElse("")),
        after);
  }

  /**
   * Imports a filled 绩效指标 sheet into the evaluation: the same indicators (by 三级指标) with their
   * weights, all or nothing; then saved as {@link #save} does.
   */
  public Detail importSheet(Session session, long evaluationId, int version, Path file) {
    sessions.require(session, Permission.PROJECT_EDIT);
    Detail before = detail(session, evaluationId);
    List<IndicatorLine> lines = matched(before, file);
    Evaluation e = before.evaluation();
    return save(
        session,
        evaluationId,
        version,
        e.evaluator(),
        e.evaluatorName(),
        e.team(),
        lines,
        e.findings());
  }

  /**
   * Imports one member's filled sheet (several evaluators of one evaluation): stored under the
   * member's name; the evaluation's qualitative scores become the mean of its members'
   * (PanelScores) and it is scored again. A member's score far from the others' median is listed.
   */
  public Detail importMemberSheet(
      Session session, long evaluationId, int version, String member, Path file) {
    String name = text(member, 100, "performance.field.member");
    if (name.isEmpty()) {
      throw new CareEvalException("error.performance.memberName");
    }
    sessions.require(session, Permission.PROJECT_EDIT);
    Detail before = detail(session, evaluationId);
    List<IndicatorLine> lines = matched(before, file);
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          Evaluation e = editable(tx, evaluationId, version);
          evaluations.replaceLines(tx, evaluationId, name, score(tx, e.evaluator(), lines).lines());
          List<IndicatorScoring.Scored> own =
              evaluations.lines(tx, evaluationId, PerformanceRepository.OWN);
          PanelScores.Aggregate panel =
              panel(tx, evaluationId, own, evaluations.members(tx, evaluationId));
          store(
              tx,
              session,
              e,
              e.evaluator(),
              e.evaluatorName(),
              e.team(),
              panel.lines(),
              e.findings());
          return detail(tx, evaluationId);
        });
  }

  private PanelScores.Aggregate panel(
      Transaction tx, long evaluationId, List<IndicatorScoring.Scored> own, List<String> members) {
    Map<String, List<IndicatorLine>> scored = new LinkedHashMap<>();
    for (String m : members) {
      scored.put(
          m,
          evaluations.lines(tx, evaluationId, m).stream()
              .map(IndicatorScoring.Scored::line)
              .toList());
    }
    return PanelScores.of(
        own.stream().map(IndicatorScoring.Scored::line).toList(),
        scored,
        Integer.parseInt(setting(tx, Setting.SCORE_DEVIATION_PERCENT)));
  }

  /** The sheet's lines matched to the evaluation's indicators, all or nothing. */
  private static List<IndicatorLine> matched(Detail before, Path file) {
    IndicatorSheet.Read read = IndicatorSheet.read(file);
    if (!read.accepted()) {
      throw new SheetRefused(read.problems());
    }
    Map<String, IndicatorLine> byName =
        read.lines().stream().collect(Collectors.toMap(IndicatorLine::level3, Function.identity()));
    List<ImportProblem> problems = new ArrayList<>();
    List<IndicatorLine> lines = new ArrayList<>();
    String sheet = "[" + file.getFileName() + "]" + IndicatorSheet.SHEET;
    for (IndicatorScoring.Scored s : before.lines()) {
      IndicatorLine mine = s.line();
      IndicatorLine theirs = byName.remove(mine.level3());
      if (theirs == null) {
        problems.add(
            new ImportProblem(
                sheet, 0, "C", new LocalizedText("error.performance.sheetMissing", mine.level3())));
      } else if (theirs.kind() != mine.kind() || theirs.weight().compareTo(mine.weight()) != 0) {
        problems.add(
            new ImportProblem(
                sheet,
                theirs.seq(),
                "F",
                new LocalizedText("error.performance.sheetChanged", mine.level3())));
      } else {
        lines.add(theirs.withSeq(mine.seq()));
      }
    }
    byName
        .values()
        .forEach(
            extra ->
                problems.add(
                    new ImportProblem(
                        sheet,
                        extra.seq(),
                        "C",
                        new LocalizedText("error.performance.sheetExtra", extra.level3()))));
    if (!problems.isEmpty()) {
      throw new SheetRefused(problems);
    }
    return lines;
  }

  /** A refused sheet: every problem, nothing saved. */
  public static final class SheetRefused extends CareEvalException {
    private static final long serialVersionUID = 1L;
    private final transient List<ImportProblem> problems;

    SheetRefused(List<ImportProblem> problems) {
      super("error.performance.sheetRefused", problems.size());
      this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
      return problems;
    }
  }

  /** Writes the evaluation's 绩效指标 sheet, for evaluators who work in Excel. */
  public void exportSheet(Session session, long evaluationId, Path file) {
    Detail d = detail(session, evaluationId);
    sessions.write(
        session,
        Permission.PROJECT_READ,
        tx -> {
          audit.exported(
              tx,
              session,
              AuditEntity.PERFORMANCE_EVALUATION,
              Map.of("evaluation", evaluationId, "file", file.getFileName().toString()));
          return null;
        });
    IndicatorSheet.write(d.lines().stream().map(IndicatorScoring.Scored::line).toList(), file);
  }

  /**
   * Saves the satisfaction surveys (raw counts per respondent group) and sets the actual of the
   * evaluation's 满意度 indicators measured in % to the pooled rate — (very satisfied + satisfied)
   * over the valid answers of every group.
   */
  public Detail saveSurveys(
      Session session, long evaluationId, int version, List<Satisfaction> surveys) {
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          Evaluation e = editable(tx, evaluationId, version);
          evaluations.replaceSurveys(tx, evaluationId, surveys);
          Optional<BigDecimal> rate = pooledRate(surveys);
          List<IndicatorLine> lines = new ArrayList<>();
          for (IndicatorScoring.Scored s :
              evaluations.lines(tx, evaluationId, PerformanceRepository.OWN)) {
            IndicatorLine l = s.line();
            boolean satisfaction =
                l.level1().equals("满意度") && l.kind().quantitative() && l.unit().equals("%");
            lines.add(satisfaction && rate.isPresent() ? l.withActual(rate.get()) : l);
          }
          evaluations.replaceLines(
              tx, evaluationId, PerformanceRepository.OWN, score(tx, e.evaluator(), lines).lines());
          audit.updated(
              tx,
              session,
              AuditEntity.PERFORMANCE_EVALUATION,
              evaluationId,
              Map.of(),
              Map.of(
                  "surveys",
                  surveys.stream()
                      .map(s -> s.group().name() + ":" + s.valid() + ":" + s.rate())
                      .collect(Collectors.joining(","))));
          return detail(tx, evaluationId);
        });
  }

  /** Writes the survey sheet to fill in: one row per respondent group, counts per answer. */
  public void writeSurveySheet(Session session, long evaluationId, Path file) {
    Detail d = detail(session, evaluationId);
    SurveySheet.write(d.surveys(), file);
  }

  /**
   * Imports the filled survey sheet, all or nothing (every problem at its row and column), then
   * saves the surveys as {@link #saveSurveys} does.
   */
  public Detail importSurveys(Session session, long evaluationId, int version, Path file) {
    sessions.require(session, Permission.PROJECT_EDIT);
    SurveySheet.Read read = SurveySheet.read(file);
    if (!read.accepted()) {
      throw new SheetRefused(read.problems());
    }
    return saveSurveys(session, evaluationId, version, read.surveys());
  }

  /**
   * The supervisor's sign-off: only a scored evaluation whose flagged lines are explained; it locks
   * the evaluation and records the SHA-256 of its result (the lines, total and grade).
   */
  public Detail signOff(Session session, long evaluationId, int version) {
    return sessions.write(
        session,
        Permission.EVALUATION_SIGN,
        tx -> {
          Detail d = detail(tx, evaluationId);
          Evaluation e = d.evaluation();
          if (e.version() != version) {
            throw new CareEvalException("error.conflict.performance");
          }
          if (e.state() != Evaluation.State.SCORED) {
            throw new CareEvalException("error.performance.notScored");
          }
          if (!d.flagged().isEmpty()) {
            throw new CareEvalException(
                "error.performance.notesMissing",
                d.flagged().stream().map(s -> s.line().level3()).collect(Collectors.joining("、")));
          }
          String sha = ReportSnapshot.sha256(canonical(d));
          if (!evaluations.sign(
              tx, evaluationId, version, session.username(), clock.instant(), sha)) {
            throw new CareEvalException("error.conflict.performance");
          }
          audit.updated(
              tx,
              session,
              AuditEntity.PERFORMANCE_EVALUATION,
              evaluationId,
              Map.of("state", e.state().name()),
              Map.of(
                  "state", Evaluation.State.SIGNED.name(),
                  "total", e.total().orElseThrow().toPlainString(),
                  "grade", e.grade().orElse(""),
                  "resultSha256", sha));
          return detail(tx, evaluationId);
        });
  }

  /** Adds a rectification item to an evaluation: what, whose, by when. */
  public Rectification addRectification(
      Session session, long evaluationId, String description, String owner, LocalDate dueOn) {
    String what = text(description, 1000, "performance.field.rectification");
    String who = text(owner, 100, "performance.field.owner");
    if (what.isEmpty() || who.isEmpty()) {
      throw new CareEvalException("error.performance.rectificationIncomplete");
    }
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          evaluation(tx, evaluationId);
          long id = evaluations.insertRectification(tx, evaluationId, what, who, dueOn);
          audit.created(
              tx,
              session,
              AuditEntity.RECTIFICATION,
              id,
              Map.of(
                  "evaluation",
                  evaluationId,
                  "description",
                  what,
                  "owner",
                  who,
                  "dueOn",
                  dueOn.toString()));
          return rectification(tx, id);
        });
  }

  /**
   * Records the follow-up of a rectification item; {@code close} — the supervisor's, who found it
   * done — closes it today.
   */
  public Rectification followUp(
      Session session, long itemId, int version, String followUp, boolean close) {
    String text = text(followUp, 1000, "performance.field.followUp");
    if (text.isEmpty()) {
      throw new CareEvalException("error.performance.followUpEmpty");
    }
    return sessions.write(
        session,
        close ? Permission.EVALUATION_SIGN : Permission.PROJECT_EDIT,
        tx -> {
          Rectification before = rectification(tx, itemId);
          Optional<LocalDate> closedOn = close ? Optional.of(clock.today()) : Optional.empty();
          if (!evaluations.followUp(tx, itemId, version, text, closedOn)) {
            throw new CareEvalException("error.conflict.performance");
          }
          audit.updated(
              tx,
              session,
              AuditEntity.RECTIFICATION,
              itemId,
              Map.of("followUp", before.followUp(), "done", before.done()),
              Map.of("followUp", text, "done", close));
          return rectification(tx, itemId);
        });
  }

  /** Every rectification item of the county. */
  public List<Rectification> rectifications(Session session) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(evaluations::rectifications);
  }

  private record Scoring(
      List<IndicatorScoring.Scored> lines,
      BigDecimal total,
      List<Indicator.LineProblem> problems) {}

  /** Scores every line it can (zero for a line with a problem) and checks the level weights. */
  private Scoring score(Transaction tx, EvaluatorKind evaluator, List<IndicatorLine> lines) {
    List<Indicator.LineProblem> problems = new ArrayList<>();
    List<IndicatorScoring.Scored> scored = new ArrayList<>();
    for (IndicatorLine l : lines) {
      List<Indicator.LineProblem> own = IndicatorScoring.problems(l);
      problems.addAll(own);
      scored.add(
          own.isEmpty()
              ? new IndicatorScoring.Scored(l, IndicatorScoring.score(l), IndicatorScoring.flags(l))
              : new IndicatorScoring.Scored(l, BigDecimal.ZERO.setScale(2), java.util.Set.of()));
    }
    IndicatorScoring.Result all = IndicatorScoring.score(lines);
    all.problems().stream().filter(p -> p.seq() == 0).forEach(problems::add);
    String split = setting(tx, Setting.PERFORMANCE_SELF_WEIGHTS);
    LevelWeights.problems(evaluator, lines, split)
        .forEach(reason -> problems.add(new Indicator.LineProblem(0, "weight", reason)));
    BigDecimal total =
        scored.stream()
            .map(IndicatorScoring.Scored::score)
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .setScale(2, RoundingMode.HALF_UP);
    return new Scoring(scored, total, problems);
  }

  private Detail detail(Transaction tx, long id) {
    Evaluation e = evaluation(tx, id);
    Contract c = contracts.get(tx, e.contractId()).orElseThrow();
    List<IndicatorScoring.Scored> stored = evaluations.lines(tx, id, PerformanceRepository.OWN);
    Scoring scoring =
        score(tx, e.evaluator(), stored.stream().map(IndicatorScoring.Scored::line).toList());
    List<IndicatorScoring.Scored> lines = new ArrayList<>();
    for (int i = 0; i < stored.size(); i++) {
      // stored scores are what was saved; flags are worked out again from the values
      lines.add(
          new IndicatorScoring.Scored(
              stored.get(i).line(), stored.get(i).score(), scoring.lines().get(i).flags()));
    }
    List<String> members = evaluations.members(tx, id);
    PanelScores.Aggregate panel = panel(tx, id, stored, members);
    return new Detail(
        e,
        c,
        lines,
        scoring.problems(),
        evaluations.surveys(tx, id),
        evaluations.rectifications(tx, id),
        context(tx, c.id()),
        members,
        panel.disagreements());
  }

  private Context context(Transaction tx, long contractId) {
    List<SpotCheck.Item> mismatches =
        spotChecks.list(tx, Optional.of(contractId)).stream()
            .flatMap(s -> s.items().stream())
            .filter(i -> i.finding().mismatch())
            .toList();
    List<Warning> open =
        warnings.list(tx, true).stream()
            .filter(w -> w.contractId().equals(Optional.of(contractId)))
            .toList();
    return new Context(mismatches, open);
  }

  private List<IndicatorLine> startingLines(Transaction tx, Contract c, PlannedEvaluation p) {
    List<Period> term = Period.covering(c.termStart().orElseThrow(), c.termEnd().orElseThrow());
    BigDecimal paid =
        contracts.installments(tx, c.id()).stream()
            .filter(org.careeval.domain.contract.Installment::paid)
            .map(org.careeval.domain.contract.Installment::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal execution =
        c.amount().signum() == 0
            ? BigDecimal.ZERO.setScale(2)
            : paid.multiply(new BigDecimal("100")).divide(c.amount(), 2, RoundingMode.HALF_UP);
    return EvaluationValues.lines(
        delivery.plan(tx, c.id()),
        delivery.reports(tx, c.id()),
        EvaluationValues.quarters(p.kind(), p.stage(), p.dueOn(), term),
        execution);
  }

  private PlannedEvaluation planned(Contract c, EvaluationKind kind, String stage) {
    if (kind == EvaluationKind.SPOT_CHECK_FOLLOW_UP) {
      return new PlannedEvaluation(kind, PlannedEvaluation.FOLLOW_UP_STAGE, clock.today());
    }
    return PlannedEvaluation.of(c.termStart().orElseThrow(), c.termEnd().orElseThrow()).stream()
        .filter(p -> p.kind() == kind && p.stage().equals(stage))
        .findFirst()
        .orElseThrow(
            () -> new CareEvalException("error.performance.notPlanned", stage, c.number()));
  }

  private static List<IndicatorScoring.Scored> unscored(List<IndicatorLine> lines) {
    return lines.stream()
        .map(l -> new IndicatorScoring.Scored(l, BigDecimal.ZERO.setScale(2), java.util.Set.of()))
        .toList();
  }

  /** The entered lines, which must be the evaluation's indicators, weights unchanged. */
  private static List<IndicatorLine> sameIndicators(
      List<IndicatorScoring.Scored> stored, List<IndicatorLine> entered) {
    Map<Integer, IndicatorLine> bySeq = new HashMap<>();
    entered.forEach(l -> bySeq.put(l.seq(), l));
    List<IndicatorLine> kept = new ArrayList<>();
    for (IndicatorScoring.Scored s : stored) {
      IndicatorLine mine = s.line();
      IndicatorLine theirs = bySeq.get(mine.seq());
      if (theirs == null
          || !theirs.level3().equals(mine.level3())
          || theirs.kind() != mine.kind()
          || theirs.weight().compareTo(mine.weight()) != 0) {
        throw new CareEvalException("error.performance.linesChanged", mine.level3());
      }
      kept.add(theirs);
    }
    if (entered.size() != stored.size()) {
      throw new CareEvalException("error.performance.linesChanged", "-");
    }
    return kept;
  }

  static Optional<BigDecimal> pooledRate(List<Satisfaction> surveys) {
    int valid = surveys.stream().mapToInt(Satisfaction::valid).sum();
    if (valid == 0) {
      return Optional.empty();
    }
    int satisfied = surveys.stream().mapToInt(s -> s.verySatisfied() + s.satisfied()).sum();
    return Optional.of(
        BigDecimal.valueOf(100L * satisfied)
            .divide(BigDecimal.valueOf(valid), 2, RoundingMode.HALF_UP));
  }

  /** The result the SHA-256 is taken of: contract, evaluation, every line, total and grade. */
  static String canonical(Detail d) {
    Evaluation e = d.evaluation();
    StringBuilder text = new StringBuilder();
    text.append(d.contract().number())
        .append('|')
        .append(e.kind().name())
        .append('|')
        .append(e.stage())
        .append('|')
        .append(e.evaluator().name())
        .append('|')
        .append(e.evaluatorName())
        .append('\n');
    for (IndicatorScoring.Scored s : d.lines()) {
      IndicatorLine l = s.line();
      text.append(l.seq())
          .append('|')
          .append(l.level3())
          .append('|')
          .append(l.weight().toPlainString())
          .append('|')
          .append(l.target().map(BigDecimal::toPlainString).orElse(""))
          .append('|')
          .append(l.actual().map(BigDecimal::toPlainString).orElse(""))
          .append('|')
          .append(l.band().map(Enum::name).orElse(""))
          .append('|')
          .append(l.given().map(BigDecimal::toPlainString).orElse(""))
          .append('|')
          .append(s.score().toPlainString())
          .append('\n');
    }
    text.append(e.total().map(BigDecimal::toPlainString).orElse(""))
        .append('|')
        .append(e.grade().orElse(""));
    return text.toString();
  }

  private Evaluation evaluation(Transaction tx, long id) {
    return evaluations
        .get(tx, id)
        .orElseThrow(() -> new CareEvalException("error.performance.notFound", Long.toString(id)));
  }

  private Evaluation editable(Transaction tx, long id, int version) {
    Evaluation e = evaluation(tx, id);
    if (e.signed()) {
      throw new CareEvalException("error.performance.signed");
    }
    if (e.version() != version) {
      throw new CareEvalException("error.conflict.performance");
    }
    return e;
  }

  private Rectification rectification(Transaction tx, long id) {
    return evaluations.rectifications(tx).stream()
        .filter(r -> r.id() == id)
        .findFirst()
        .orElseThrow(() -> new CareEvalException("error.performance.notFound", Long.toString(id)));
  }

  private Contract signed(Transaction tx, long contractId) {
    return contracts
        .get(tx, contractId)
        .filter(c -> c.status() == Contract.Status.SIGNED)
        .orElseThrow(
            () -> new CareEvalException("error.records.notSigned", Long.toString(contractId)));
  }

  private GradeBands bands(Transaction tx) {
    return GradeBands.parse(setting(tx, Setting.PERFORMANCE_GRADES));
  }

  private String setting(Transaction tx, Setting s) {
    return settings.find(tx, s.key()).orElse(s.defaultValue());
  }

  /** The evaluating body's name as typed; a third party must name itself. */
  private static String evaluatorName(EvaluatorKind evaluator, String typed) {
    String name = text(typed, 200, "performance.field.evaluatorName");
    if (evaluator == EvaluatorKind.THIRD_PARTY && name.isEmpty()) {
      throw new CareEvalException("error.performance.thirdPartyName");
    }
    return name;
  }

  private static String text(String value, int max, String fieldKey) {
    String clean = FreeText.clean(value);
    if (clean.length() > max) {
      throw new CareEvalException("error.performance.tooLong", new LocalizedText(fieldKey), max);
    }
    return clean;
  }
}
