package org.careeval.ui.performance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.delivery.Indicator;
import org.careeval.domain.performance.Evaluation;
import org.careeval.domain.performance.EvaluationKind;
import org.careeval.domain.performance.EvaluatorKind;
import org.careeval.domain.performance.IndicatorLine;
import org.careeval.domain.performance.PlannedEvaluation;
import org.careeval.domain.performance.Rectification;
import org.careeval.domain.performance.Satisfaction;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.service.CareEvalServices;
import org.careeval.service.contract.ContractService;
import org.careeval.service.i18n.Messages;
import org.careeval.service.performance.PerformanceService;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.ImportProblemTable;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;
import org.careeval.ui.common.UiExecutor;

/**
 * 绩效评价: a signed contract's evaluation plan (each quarter, mid-term, final, spot-check follow-ups);
 * starting one from the accepted delivery data; scoring its indicators (or through the 绩效指标 sheet);
 * satisfaction surveys; findings and rectification items; the spot-check mismatches and open
 * warnings beside it; the supervisor's sign-off.
 */
public final class PerformanceViewModel {

  private final CareEvalServices services;
  private final Session session;
  private final DialogService dialogs;
  private final Messages messages;
  private final ScreenTasks tasks;
  private final ObservableList<Contract> contracts = FXCollections.observableArrayList();
  private final ObjectProperty<Contract> contract = new SimpleObjectProperty<>();
  private final ObservableList<PerformanceService.Planned> plan =
      FXCollections.observableArrayList();
  private final ObjectProperty<PerformanceService.Planned> planned = new SimpleObjectProperty<>();
  private final ObjectProperty<PerformanceService.Detail> detail = new SimpleObjectProperty<>();
  private final ObjectProperty<EvaluatorKind> evaluator =
      new SimpleObjectProperty<>(EvaluatorKind.DEPARTMENT);
  private final StringProperty evaluatorName = new SimpleStringProperty("");
  private final StringProperty team = new SimpleStringProperty("");
  private final StringProperty findings = new SimpleStringProperty("");
  private final StringProperty summary = new SimpleStringProperty("");
  private final ObservableList<LineRow> lines = FXCollections.observableArrayList();
  private final ObservableList<String> problems = FXCollections.observableArrayList();
  private final ObservableList<SurveyRow> surveys = FXCollections.observableArrayList();
  private final ObservableList<Rectification> rectifications = FXCollections.observableArrayList();
  private final ObservableList<String> context = FXCollections.observableArrayList();
  private final BooleanProperty editable = new SimpleBooleanProperty(false);
  private final BooleanProperty signable = new SimpleBooleanProperty(false);
  private final BooleanProperty startable = new SimpleBooleanProperty(false);
  private final ObservableList<org.careeval.domain.delivery.Period> quarters =
      FXCollections.observableArrayList();
  private final ObjectProperty<org.careeval.domain.delivery.Period> quarter =
      new SimpleObjectProperty<>();

  public PerformanceViewModel(
      CareEvalServices services,
      Session session,
      UiExecutor executor,
      DialogService dialogs,
      Messages messages) {
    this.services = services;
    this.session = session;
    this.dialogs = dialogs;
    this.messages = messages;
    this.tasks = new ScreenTasks(executor);
    contract.addListener((obs, old, now) -> loadPlan());
    // the last eight quarters, the one just ended first: what a supervisor is asked for
    org.careeval.domain.delivery.Period p =
        org.careeval.domain.delivery.Period.of(services.clock().today()).previous();
    for (int i = 0; i < 8; i++, p = p.previous()) {
      quarters.add(p);
    }
    quarter.set(quarters.get(0));
    planned.addListener((obs, old, now) -> open(now));
  }

  public boolean canEdit() {
    return session.can(Permission.PROJECT_EDIT);
  }

  public boolean canSign() {
    return session.can(Permission.EVALUATION_SIGN);
  }

  public void load() {
    tasks.run(
        () ->
            services.contracts().list(session).stream()
                .map(ContractService.Detail::contract)
                .filter(c -> c.status() == Contract.Status.SIGNED)
                .toList(),
        signed -> {
          Contract chosen = contract.get();
          contracts.setAll(signed);
          if (chosen == null || signed.stream().noneMatch(c -> c.id() == chosen.id())) {
            contract.set(signed.isEmpty() ? null : signed.get(0));
          } else {
            loadPlan();
          }
        });
  }

  private void loadPlan() {
    Contract c = contract.get();
    if (c == null) {
      plan.clear();
      return;
    }
    PerformanceService.Planned was = planned.get();
    tasks.run(
        () -> services.performance().plan(session, c.id()),
        loaded -> {
          plan.setAll(loaded);
          planned.set(
              loaded.stream()
                  .filter(p -> was != null && same(p, was))
                  .findFirst()
                  .orElse(
                      loaded.stream()
                          .filter(p -> p.evaluation().isPresent())
                          .reduce((a, b) -> b)
                          .orElse(null)));
        });
  }

  private static boolean same(PerformanceService.Planned a, PerformanceService.Planned b) {
    return a.plan().kind() == b.plan().kind()
        && a.plan().stage().equals(b.plan().stage())
        && a.evaluation().map(Evaluation::id).equals(b.evaluation().map(Evaluation::id));
  }

  private void open(PerformanceService.Planned p) {
    startable.set(canEdit() && p != null && p.evaluation().isEmpty());
    if (p == null || p.evaluation().isEmpty()) {
      show(null);
      return;
    }
    long id = p.evaluation().get().id();
    tasks.run(() -> services.performance().detail(session, id), this::show);
  }

  private void show(PerformanceService.Detail d) {
    detail.set(d);
    problems.clear();
    context.clear();
    if (d == null) {
      lines.clear();
      rectifications.clear();
      surveys.setAll(surveyRows(List.of()));
      summary.set(
          planned.get() == null
              ? messages.get("performance.choose")
              : messages.get(
                  "performance.notStarted",
                  planned.get().plan().stage(),
                  planned.get().plan().dueOn().toString()));
      editable.set(false);
      signable.set(false);
      return;
    }
    Evaluation e = d.evaluation();
    evaluator.set(e.evaluator());
    evaluatorName.set(e.evaluatorName());
    team.set(e.team());
    findings.set(e.findings());
    lines.setAll(d.lines().stream().map(LineRow::new).toList());
    // each line's problem names its indicator already
    for (Indicator.LineProblem p : d.problems()) {
      problems.add(messages.get(p.reason().key(), p.reason().arguments().toArray()));
    }
    d.flagged().forEach(s -> problems.add(messages.get("performance.flagged", s.line().level3())));
    d.disagreements()
        .forEach(
            x ->
                problems.add(
                    messages.get(
                        "performance.disagreement",
                        x.indicator(),
                        x.member(),
                        x.given().toPlainString(),
                        x.median().toPlainString())));
    surveys.setAll(surveyRows(d.surveys()));
    rectifications.setAll(d.rectifications());
    d.context()
        .mismatches()
        .forEach(
            i ->
                context.add(
                    messages.get(
                        "performance.context.mismatch",
                        i.period().code(),
                        i.finding().chinese(),
                        i.note())));
    d.context()
        .openWarnings()
        .forEach(
            w ->
                context.add(
                    messages.get(
                        "performance.context.warning",
                        messages.get(w.level().labelKey()),
                        w.raisedOn().toString(),
                        w.detail())));
    summary.set(
        messages.get(
            "performance.summary",
            e.kind().chinese(),
            e.stage(),
            messages.get(e.state().labelKey()),
            e.total().map(t -> t.toPlainString()).orElse("—"),
            e.grade().orElse("—"),
            e.resultSha256().map(h -> h.substring(0, 12)).orElse("—")));
    editable.set(canEdit() && !e.signed());
    signable.set(canSign() && e.state() == Evaluation.State.SCORED);
  }

  private static List<SurveyRow> surveyRows(List<Satisfaction> saved) {
    return Arrays.stream(Satisfaction.Respondents.values())
        .map(g -> new SurveyRow(g, saved.stream().filter(s -> s.group() == g).findFirst()))
        .toList();
  }

  /** Starts the chosen evaluation of the plan with the evaluator entered. */
  public void start() {
    PerformanceService.Planned p = planned.get();
    Contract c = contract.get();
    if (p == null || c == null || p.evaluation().isPresent()) {
      return;
    }
    begin(c, p.plan().kind(), p.plan().stage());
  }

  /** Starts a spot-check follow-up of the contract, due today. */
  public void startFollowUp() {
    Contract c = contract.get();
    if (c != null) {
      begin(c, EvaluationKind.SPOT_CHECK_FOLLOW_UP, PlannedEvaluation.FOLLOW_UP_STAGE);
    }
  }

  private void begin(Contract c, EvaluationKind kind, String stage) {
    EvaluatorKind who = evaluator.get();
    String name = evaluatorName.get();
    String members = team.get();
    tasks.run(
        () -> services.performance().start(session, c.id(), kind, stage, who, name, members),
        d -> {
          tasks.succeed(Message.of("performance.started", stage));
          reloadTo(d);
        });
  }

  /** Saves the evaluator, the lines and the findings; lists what is still wrong. */
  public void save() {
    save(() -> {});
  }

  private void save(Runnable then) {
    PerformanceService.Detail d = detail.get();
    if (d == null) {
      return;
    }
    Evaluation e = d.evaluation();
    EvaluatorKind who = evaluator.get();
    String name = evaluatorName.get();
    String members = team.get();
    String found = findings.get();
    List<IndicatorLine> entered;
    try {
      entered = lines.stream().map(LineRow::entered).toList();
    } catch (org.careeval.domain.CareEvalException refused) {
      tasks.fail(Message.of(refused));
      return;
    }
    tasks.run(
        () ->
            services
                .performance()
                .save(session, e.id(), e.version(), who, name, members, entered, found),
        saved -> {
          tasks.succeed(
              saved.problems().isEmpty()
                  ? Message.of(
                      "performance.saved.scored",
                      saved.evaluation().total().orElseThrow().toPlainString(),
                      saved.evaluation().grade().orElse(""))
                  : Message.of("performance.saved.problems", saved.problems().size()));
          reloadTo(saved);
          then.run();
        });
  }

  /** Saves the surveys; the 满意度 indicators in % take the pooled rate. */
  public void saveSurveys() {
    PerformanceService.Detail d = detail.get();
    if (d == null) {
      return;
    }
    Evaluation e = d.evaluation();
    List<Satisfaction> entered;
    try {
      entered = surveys.stream().map(SurveyRow::entered).flatMap(Optional::stream).toList();
    } catch (org.careeval.domain.CareEvalException refused) {
      tasks.fail(Message.of(refused));
      return;
    }
    tasks.run(
        () -> services.performance().saveSurveys(session, e.id(), e.version(), entered),
        saved -> {
          tasks.succeed(Message.of("performance.surveys.saved"));
          reloadTo(saved);
        });
  }

  public void signOff() {
    PerformanceService.Detail d = detail.get();
    if (d == null
        || !dialogs.confirm(
            messages.get("performance.sign.title"),
            messages.get(
                "performance.sign.message",
                d.contract().number(),
                d.evaluation().stage(),
                d.evaluation().total().map(t -> t.toPlainString()).orElse(""),
                d.evaluation().grade().orElse("")),
            messages.get("performance.sign.button"))) {
      return;
    }
    Evaluation e = d.evaluation();
    tasks.run(
        () -> services.performance().signOff(session, e.id(), e.version()),
        signed -> {
          tasks.succeed(
              Message.of("performance.signed", signed.evaluation().resultSha256().orElse("")));
          reloadTo(signed);
        });
  }

  public void exportSheet() {
    PerformanceService.Detail d = detail.get();
    if (d == null) {
      return;
    }
    saving(
        messages.get("performance.sheet.fileName", d.contract().number(), d.evaluation().stage()),
        file -> services.performance().exportSheet(session, d.evaluation().id(), file),
        "performance.sheet.written");
  }

  /** Chooses where to save a workbook, writes it and says where it went. */
  private void saving(String fileName, java.util.function.Consumer<Path> write, String doneKey) {
    dialogs
        .chooseSaveFile(
            messages.get("performance.sheet.save"),
            fileName,
            messages.get("delivery.sheet.files"),
            "xlsx")
        .ifPresent(
            (Path file) ->
                tasks.run(
                    () -> {
                      write.accept(file);
                      return file;
                    },
                    done -> tasks.succeed(Message.of(doneKey, done))));
  }

  public void importSheet() {
    PerformanceService.Detail d = detail.get();
    if (d == null) {
      return;
    }
    Evaluation e = d.evaluation();
    importing(
        file -> services.performance().importSheet(session, e.id(), e.version(), file),
        done -> Message.of("performance.sheet.imported"));
  }

  /** Writes the survey sheet to fill in Excel (the groups, counts saved so far). */
  public void writeSurveySheet() {
    PerformanceService.Detail d = detail.get();
    if (d == null) {
      return;
    }
    saving(
        messages.get("performance.surveys.fileName"),
        file -> services.performance().writeSurveySheet(session, d.evaluation().id(), file),
        "performance.surveys.templateDone");
  }

  /** Imports a filled survey sheet, all or nothing. */
  public void importSurveys() {
    PerformanceService.Detail d = detail.get();
    if (d == null) {
      return;
    }
    Evaluation e = d.evaluation();
    importing(
        file -> services.performance().importSurveys(session, e.id(), e.version(), file),
        done -> Message.of("performance.surveys.saved"));
  }

  /** Imports one team member's sheet; the members' qualitative scores are averaged. */
  public void importMemberSheet() {
    PerformanceService.Detail d = detail.get();
    if (d == null) {
      return;
    }
    Evaluation e = d.evaluation();
    Optional<String> member =
        dialogs.askText(
            messages.get("performance.member.title"),
            messages.get("performance.member.message"),
            messages.get("performance.sheet.importMember"));
    member.ifPresent(
        name ->
            importing(
                file ->
                    services
                        .performance()
                        .importMemberSheet(session, e.id(), e.version(), name, file),
                done -> Message.of("performance.member.imported", name, done.members().size())));
  }

  /** Chooses a sheet and imports it; a refused sheet lists every problem in a table. */
  private void importing(
      java.util.function.Function<Path, PerformanceService.Detail> work,
      java.util.function.Function<PerformanceService.Detail, Message> done) {
    dialogs
        .chooseOpenFile(
            messages.get("performance.sheet.open"), messages.get("delivery.sheet.files"), "xlsx")
        .ifPresent(
            file ->
                tasks.run(
                    () -> {
                      try {
                        return work.apply(file);
                      } catch (PerformanceService.SheetRefused refused) {
                        return refused;
                      }
                    },
                    result -> {
                      if (result instanceof PerformanceService.SheetRefused refused) {
                        tasks.fail(Message.of(refused));
                        ImportProblemTable.show(
                            dialogs,
                            messages,
                            messages.get("performance.sheet.refusedTitle"),
                            messages.describe(refused),
                            refused.problems());
                      } else {
                        PerformanceService.Detail imported = (PerformanceService.Detail) result;
                        tasks.succeed(done.apply(imported));
                        reloadTo(imported);
                      }
                    }));
  }

  /** Adds a rectification item to the evaluation shown. */
  public void addRectification(String description, String owner, LocalDate dueOn) {
    PerformanceService.Detail d = detail.get();
    if (d == null) {
      return;
    }
    tasks.run(
        () ->
            services
                .performance()
                .addRectification(session, d.evaluation().id(), description, owner, dueOn),
        added -> {
          tasks.succeed(Message.of("performance.rectification.added"));
          open(planned.get());
        });
  }

  /** Records a follow-up of an item; closing is the supervisor's. */
  public void followUp(Rectification item, boolean close) {
    dialogs
        .askText(
            messages.get(
                close
                    ? "performance.rectification.closeTitle"
                    : "performance.rectification.followTitle"),
            item.description(),
            messages.get(
                close ? "performance.rectification.close" : "performance.rectification.follow"))
        .ifPresent(
            text ->
                tasks.run(
                    () ->
                        services
                            .performance()
                            .followUp(session, item.id(), item.version(), text, close),
                    done -> {
                      tasks.succeed(Message.of("performance.rectification.saved"));
                      open(planned.get());
                    }));
  }

  /** Shows a saved evaluation and refreshes the plan around it. */
  private void reloadTo(PerformanceService.Detail d) {
    show(d);
    Contract c = contract.get();
    if (c == null) {
      return;
    }
    tasks.run(
        () -> services.performance().plan(session, c.id()),
        loaded -> {
          plan.setAll(loaded);
          loaded.stream()
              .filter(
                  p -> p.evaluation().map(Evaluation::id).equals(Optional.of(d.evaluation().id())))
              .findFirst()
              .ifPresent(planned::set);
        });
  }

  /** Writes the quarterly evaluation workbook of the chosen quarter. */
  public void writeQuarterly() {
    org.careeval.domain.delivery.Period p = quarter.get();
    if (p == null) {
      return;
    }
    dialogs
        .chooseSaveFile(
            messages.get("performance.quarterly.save"),
            messages.get("performance.quarterly.fileName", p.chinese()),
            messages.get("delivery.sheet.files"),
            "xlsx")
        .ifPresent(
            file ->
                tasks.run(
                    () -> services.quarterlyReports().write(session, p, file),
                    count -> tasks.succeed(Message.of("report.quarterly.done", file, count))));
  }

  public ObservableList<org.careeval.domain.delivery.Period> quarters() {
    return quarters;
  }

  public ObjectProperty<org.careeval.domain.delivery.Period> quarterProperty() {
    return quarter;
  }

  /** Labels for the evaluator kinds, in order. */
  public List<EvaluatorKind> evaluatorKinds() {
    return new ArrayList<>(List.of(EvaluatorKind.values()));
  }

  public ObservableList<Contract> contracts() {
    return contracts;
  }

  public ObjectProperty<Contract> contractProperty() {
    return contract;
  }

  public ObservableList<PerformanceService.Planned> plan() {
    return plan;
  }

  public ObjectProperty<PerformanceService.Planned> plannedProperty() {
    return planned;
  }

  public ObjectProperty<PerformanceService.Detail> detailProperty() {
    return detail;
  }

  public ObjectProperty<EvaluatorKind> evaluatorProperty() {
    return evaluator;
  }

  public StringProperty evaluatorNameProperty() {
    return evaluatorName;
  }

  public StringProperty teamProperty() {
    return team;
  }

  public StringProperty findingsProperty() {
    return findings;
  }

  public StringProperty summaryProperty() {
    return summary;
  }

  public ObservableList<LineRow> lines() {
    return lines;
  }

  public ObservableList<String> problems() {
    return problems;
  }

  public ObservableList<SurveyRow> surveys() {
    return surveys;
  }

  public ObservableList<Rectification> rectifications() {
    return rectifications;
  }

  public ObservableList<String> context() {
    return context;
  }

  public BooleanProperty editableProperty() {
    return editable;
  }

  public BooleanProperty signableProperty() {
    return signable;
  }

  public BooleanProperty startableProperty() {
    return startable;
  }

  public ScreenTasks tasks() {
    return tasks;
  }
}
