package org.careeval.ui.delivery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.delivery.ContractIndicator;
import org.careeval.domain.delivery.EvidenceFile;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.delivery.PeriodReport;
import org.careeval.domain.delivery.ReportState;
import org.careeval.domain.delivery.ReportValue;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.service.CareEvalServices;
import org.careeval.service.contract.ContractService;
import org.careeval.service.contract.DeliveryOverview;
import org.careeval.service.contract.DeliveryService;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.ImportProblemTable;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;
import org.careeval.ui.common.UiExecutor;

/**
 * 履约: what is missing in the county (or the officer's own projects); for the chosen signed
 * contract, each quarter's report — values, narrative, evidence, its course (submit, accept,
 * return, unlock) — and the report sheet out and back; the contract's plan (baseline and targets
 * per quarter) and the county template. Acceptance is {@link AcceptanceViewModel}'s.
 */
public final class DeliveryViewModel {

  /** A quarter of the chosen contract and its report, if one was started. */
  public record PeriodRow(Period period, Optional<PeriodReport> report) {}

  private final CareEvalServices services;
  private final Session session;
  private final DialogService dialogs;
  private final Messages messages;
  private final ScreenTasks tasks;
  private final ObservableList<Contract> contracts = FXCollections.observableArrayList();
  private final ObjectProperty<Contract> contract = new SimpleObjectProperty<>();
  private final BooleanProperty mineOnly = new SimpleBooleanProperty();
  private final ObservableList<DeliveryOverview.Line> lines = FXCollections.observableArrayList();
  private final StringProperty quiet = new SimpleStringProperty("");
  private final ObservableList<PeriodRow> periods = FXCollections.observableArrayList();
  private final ObjectProperty<PeriodRow> period = new SimpleObjectProperty<>();
  private final ObservableList<ValueRow> values = FXCollections.observableArrayList();
  private final StringProperty narrative = new SimpleStringProperty("");
  private final ObservableList<EvidenceFile> evidence = FXCollections.observableArrayList();
  private final StringProperty reportInfo = new SimpleStringProperty("");
  private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper submitted = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper accepted = new ReadOnlyBooleanWrapper();
  private final ObservableList<PlanRow> planRows = FXCollections.observableArrayList();
  private final ObservableList<Period> planPeriods = FXCollections.observableArrayList();
  private final StringProperty childrenCovered = new SimpleStringProperty("");
  private final StringProperty planInfo = new SimpleStringProperty("");
  private List<ContractIndicator> plan = List.of();
  // the quarter to show once the contract opens (a missing-items line, an imported sheet)
  private Optional<Period> wanted = Optional.empty();

  public DeliveryViewModel(
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
    contract.addListener((obs, old, now) -> open(now));
    period.addListener((obs, old, now) -> show(now));
    mineOnly.addListener((obs, old, now) -> loadOverview());
  }

  public boolean canEdit() {
    return session.can(Permission.PROJECT_EDIT);
  }

  public boolean canUnlock() {
    return session.can(Permission.REPORT_UNLOCK);
  }

  public boolean canEditTemplate() {
    return session.can(Permission.INDICATOR_TEMPLATE_EDIT);
  }

  public void load() {
    loadOverview();
    tasks.run(
        () ->
            services.contracts().list(session).stream()
                .map(ContractService.Detail::contract)
                .filter(c -> c.status() == Contract.Status.SIGNED)
                .toList(),
        this::showContracts);
  }

  private void loadOverview() {
    Optional<String> officer = mineOnly.get() ? Optional.of(session.username()) : Optional.empty();
    tasks.run(() -> services.deliveryOverview().of(session, officer), this::showOverview);
  }

  private void showOverview(DeliveryOverview.Overview overview) {
    lines.setAll(overview.lines());
    quiet.set(
        overview.quiet().isEmpty()
            ? ""
            : messages.get(
                "delivery.quiet",
                String.join(
                    "、",
                    overview.quiet().stream()
                        .map(q -> messages.get("delivery.quietOne", q.contractNumber(), q.days()))
                        .toList())));
  }

  private void showContracts(List<Contract> loaded) {
    Long kept = contract.get() == null ? null : contract.get().id();
    contracts.setAll(loaded);
    Contract chosen =
        loaded.stream()
            .filter(c -> kept != null && c.id() == kept)
            .findFirst()
            .orElse(loaded.isEmpty() ? null : loaded.get(0));
    if (chosen != null && contract.get() != null && chosen.id() == contract.get().id()) {
      open(chosen);
    }
    contract.set(chosen);
  }

  /** Opens a contract at the line of the missing-items list chosen. */
  public void openLine(DeliveryOverview.Line line) {
    contracts.stream()
        .filter(c -> c.id() == line.contractId())
        .findFirst()
        .ifPresent(
            c -> {
              wanted = Optional.of(line.period());
              if (contract.get() != null && contract.get().id() == c.id()) {
                open(c);
              } else {
                contract.set(c);
              }
            });
  }

  private void open(Contract c) {
    if (c == null) {
      periods.clear();
      planRows.clear();
      return;
    }
    tasks.run(
        () ->
            new Opened(
                services.delivery().plan(session, c.id()),
                services.delivery().reports(session, c.id())),
        this::showOpened);
  }

  private record Opened(DeliveryService.Plan plan, List<PeriodReport> reports) {}

  private void showOpened(Opened opened) {
    plan = opened.plan().indicators();
    planPeriods.setAll(opened.plan().periods());
    planRows.setAll(plan.stream().map(ci -> new PlanRow(ci, opened.plan().periods())).toList());
    childrenCovered.set(opened.plan().childrenCovered().map(String::valueOf).orElse(""));
    planInfo.set(
        messages.get(
            opened.plan().fromTemplate() ? "delivery.plan.fromTemplate" : "delivery.plan.saved"));
    Period keep = wanted.orElse(period.get() == null ? null : period.get().period());
    wanted = Optional.empty();
    List<PeriodRow> rows = new ArrayList<>();
    for (Period p : opened.plan().periods()) {
      rows.add(
          new PeriodRow(
              p, opened.reports().stream().filter(r -> r.period().equals(p)).findFirst()));
    }
    periods.setAll(rows);
    period.set(
        rows.stream().filter(r -> r.period().equals(keep)).findFirst().orElse(firstOpen(rows)));
  }

  /** The first quarter whose report is not accepted, else the last one. */
  private static PeriodRow firstOpen(List<PeriodRow> rows) {
    return rows.stream()
        .filter(r -> r.report().map(x -> x.state() != ReportState.ACCEPTED).orElse(true))
        .findFirst()
        .orElse(rows.isEmpty() ? null : rows.get(rows.size() - 1));
  }

  private void show(PeriodRow row) {
    if (row == null) {
      values.clear();
      evidence.clear();
      narrative.set("");
      reportInfo.set("");
      editable.set(false);
      submitted.set(false);
      accepted.set(false);
      return;
    }
    Optional<PeriodReport> r = row.report();
    values.setAll(
        plan.stream()
            .map(ci -> new ValueRow(ci, row.period(), r.flatMap(x -> x.value(ci.seq()))))
            .toList());
    narrative.set(r.map(PeriodReport::narrative).orElse(""));
    evidence.setAll(r.map(PeriodReport::evidence).orElse(List.of()));
    ReportState state = r.map(PeriodReport::state).orElse(ReportState.DRAFT);
    editable.set(canEdit() && state.editable());
    submitted.set(canEdit() && state == ReportState.SUBMITTED);
    accepted.set(canUnlock() && state == ReportState.ACCEPTED);
    reportInfo.set(info(row.period(), r));
  }

  private String info(Period p, Optional<PeriodReport> r) {
    List<String> parts = new ArrayList<>();
    parts.add(
        p.chinese()
            + "："
            + messages.get(r.map(PeriodReport::state).orElse(ReportState.DRAFT).labelKey()));
    r.flatMap(PeriodReport::submittedOn)
        .ifPresent(on -> parts.add(messages.get("delivery.report.submittedOn", on.toString())));
    r.flatMap(PeriodReport::snapshotSha256)
        .ifPresent(h -> parts.add(messages.get("delivery.report.hash", h.substring(0, 16))));
    r.filter(x -> !x.returnReason().isEmpty())
        .ifPresent(x -> parts.add(messages.get("delivery.report.returned", x.returnReason())));
    r.filter(x -> !x.unlockReason().isEmpty())
        .ifPresent(x -> parts.add(messages.get("delivery.report.unlocked", x.unlockReason())));
    return String.join("　", parts);
  }

  /** Saves the values and narrative as typed. */
  public void saveReport() {
    saveThen(false, "delivery.report.savedMessage");
  }

  /**
   * Saves what is typed, then submits: refused with every check that fails (what was typed stays).
   */
  public void submit() {
    saveThen(true, "delivery.report.submittedMessage");
  }

  private void saveThen(boolean submitting, String doneKey) {
    withReport(
        (c, p) -> {
          List<ReportValue> typed = typedValues();
          int version = period.get().report().map(PeriodReport::version).orElse(-1);
          String text = narrative.get();
          tasks.run(
              () -> {
                PeriodReport saved =
                    services.delivery().saveReport(session, c.id(), p, version, text, typed);
                return submitting ? services.delivery().submit(session, c.id(), p) : saved;
              },
              r -> done(Message.of(doneKey, p.code())));
        });
  }

  /** Fills the actuals the quarter's service records give (not saved until the officer saves). */
  public void fillFromRecords() {
    withReport(
        (c, p) ->
            tasks.run(
                () -> services.records().actualsFor(session, c.id(), p),
                actuals -> {
                  int filled = 0;
                  for (ValueRow row : values) {
                    java.math.BigDecimal a = actuals.get(row.indicator().seq());
                    if (a != null) {
                      row.actualProperty().set(a.toPlainString());
                      filled++;
                    }
                  }
                  tasks.succeed(Message.of("delivery.fromRecords.done", filled));
                }));
  }

  public void accept() {
    withSubmitted(
        (c, r) -> {
          if (dialogs.confirm(
              messages.get("delivery.accept.title"),
              messages.get("delivery.accept.message", r.period().chinese(), c.organization()),
              messages.get("delivery.accept.action"))) {
            tasks.run(
                () -> services.delivery().accept(session, c.id(), r.period(), r.version()),
                x -> done(Message.of("delivery.report.acceptedMessage", r.period().code())));
          }
        });
  }

  public void giveBack() {
    withSubmitted(
        (c, r) ->
            dialogs
                .askText(
                    messages.get("delivery.return.title"),
                    messages.get("delivery.return.message", r.period().chinese()),
                    messages.get("delivery.return.action"))
                .ifPresent(
                    reason ->
                        tasks.run(
                            () ->
                                services
                                    .delivery()
                                    .giveBack(session, c.id(), r.period(), r.version(), reason),
                            x ->
                                done(
                                    Message.of(
                                        "delivery.report.returnedMessage", r.period().code())))));
  }

  public void unlock() {
    Contract c = contract.get();
    Optional<PeriodReport> r = period.get() == null ? Optional.empty() : period.get().report();
    if (c == null || r.isEmpty()) {
      return;
    }
    PeriodReport report = r.get();
    dialogs
        .askText(
            messages.get("delivery.unlock.title"),
            messages.get("delivery.unlock.message", report.period().chinese()),
            messages.get("delivery.unlock.action"))
        .ifPresent(
            reason ->
                tasks.run(
                    () ->
                        services
                            .delivery()
                            .unlock(session, c.id(), report.period(), report.version(), reason),
                    x ->
                        done(
                            Message.of(
                                "delivery.report.unlockedMessage", report.period().code()))));
  }

  public void addEvidence() {
    withReport(
        (c, p) -> {
          List<Path> files =
              dialogs.chooseOpenFiles(
                  messages.get("delivery.evidence.choose"),
                  messages.get("delivery.evidence.files"),
                  "*");
          if (files.isEmpty()) {
            return;
          }
          tasks.run(
              () -> {
                for (Path f : files) {
                  services.delivery().addEvidence(session, c.id(), p, f);
                }
                return files.size();
              },
              n -> done(Message.of("delivery.evidence.added", n)));
        });
  }

  public void removeEvidence(EvidenceFile file) {
    withReport(
        (c, p) -> {
          if (file != null
              && dialogs.confirm(
                  messages.get("delivery.evidence.removeTitle"),
                  messages.get("delivery.evidence.removeMessage", file.fileName()),
                  messages.get("delivery.evidence.removeAction"))) {
            tasks.run(
                () -> services.delivery().removeEvidence(session, c.id(), p, file.sha256()),
                x -> done(Message.of("delivery.evidence.removed", file.fileName())));
          }
        });
  }

  public void saveEvidence(EvidenceFile file) {
    Contract c = contract.get();
    if (c == null || file == null || period.get() == null) {
      return;
    }
    Period p = period.get().period();
    String extension =
        file.fileName().contains(".") ? file.fileName().replaceAll("^.*\\.", "") : "*";
    dialogs
        .chooseSaveFile(
            messages.get("delivery.evidence.save"),
            file.fileName(),
            messages.get("delivery.evidence.files"),
            extension)
        .ifPresent(
            target ->
                tasks.run(
                    () -> {
                      services.delivery().saveEvidence(session, c.id(), p, file.sha256(), target);
                      return target;
                    },
                    saved -> tasks.succeed(Message.of("delivery.evidence.saved", saved))));
  }

  /** Writes the period's report sheet for the organization to fill in. */
  public void writeSheet() {
    Contract c = contract.get();
    if (c == null || period.get() == null) {
      return;
    }
    Period p = period.get().period();
    dialogs
        .chooseSaveFile(
            messages.get("delivery.sheet.save"),
            messages.get("delivery.sheet.fileName", c.number(), p.code()),
            messages.get("delivery.sheet.files"),
            "xlsx")
        .ifPresent(
            file ->
                tasks.run(
                    () -> {
                      services.delivery().writeSheet(session, c.id(), p, file);
                      return file;
                    },
                    saved -> tasks.succeed(Message.of("delivery.sheet.done", saved))));
  }

  /** Reads a filled sheet back; every problem in a table, nothing saved. */
  public void importSheet() {
    Contract c = contract.get();
    if (c == null) {
      return;
    }
    dialogs
        .chooseOpenFile(
            messages.get("delivery.sheet.open"), messages.get("delivery.sheet.files"), "xlsx")
        .ifPresent(
            file ->
                tasks.run(
                    () -> services.delivery().importSheet(session, c.id(), file),
                    result -> {
                      if (result.problems().isEmpty()) {
                        wanted = result.report().map(PeriodReport::period);
                        done(
                            Message.of(
                                "delivery.import.done",
                                result.report().orElseThrow().period().code(),
                                result.report().orElseThrow().values().size()));
                      } else {
                        tasks.fail(Message.of("delivery.import.refused", result.problems().size()));
                        ImportProblemTable.show(
                            dialogs,
                            messages,
                            messages.get("delivery.import.title"),
                            messages.get("delivery.import.refused", result.problems().size()),
                            result.problems());
                      }
                    }));
  }

  /** Saves the plan as typed in the table. */
  public void savePlan() {
    Contract c = contract.get();
    if (c == null) {
      return;
    }
    List<ContractIndicator> typed;
    Optional<Integer> children;
    try {
      typed = planRows.stream().map(PlanRow::planned).toList();
      children = children(childrenCovered.get());
    } catch (CareEvalException e) {
      tasks.fail(Message.of(e));
      return;
    }
    tasks.run(
        () -> services.delivery().savePlan(session, c.id(), typed, children),
        saved -> done(Message.of("delivery.plan.savedMessage", c.number())));
  }

  public void exportTemplate() {
    dialogs
        .chooseSaveFile(
            messages.get("delivery.template.save"),
            messages.get("delivery.template.fileName"),
            messages.get("delivery.sheet.files"),
            "xlsx")
        .ifPresent(
            file ->
                tasks.run(
                    () -> {
                      services.delivery().exportTemplate(session, file);
                      return file;
                    },
                    saved -> tasks.succeed(Message.of("indicator.template.done", saved))));
  }

  public void importTemplate() {
    dialogs
        .chooseOpenFile(
            messages.get("delivery.template.open"), messages.get("delivery.sheet.files"), "xlsx")
        .ifPresent(
            file ->
                tasks.run(
                    () -> services.delivery().importTemplate(session, file),
                    read -> {
                      if (read.problems().isEmpty()) {
                        tasks.succeed(
                            Message.of("indicator.import.done", read.indicators().size()));
                      } else {
                        tasks.fail(Message.of("delivery.import.refused", read.problems().size()));
                        ImportProblemTable.show(
                            dialogs,
                            messages,
                            messages.get("delivery.template.open"),
                            messages.get("delivery.import.refused", read.problems().size()),
                            read.problems());
                      }
                    }));
  }

  private static Optional<Integer> children(String typed) {
    String text = typed == null ? "" : typed.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      throw new CareEvalException("error.rubric.number", text);
    }
  }

  private List<ReportValue> typedValues() {
    return values.stream().map(ValueRow::value).toList();
  }

  private void withReport(java.util.function.BiConsumer<Contract, Period> action) {
    Contract c = contract.get();
    if (c == null || period.get() == null) {
      return;
    }
    try {
      action.accept(c, period.get().period());
    } catch (CareEvalException e) {
      tasks.fail(Message.of(e));
    }
  }

  private void withSubmitted(java.util.function.BiConsumer<Contract, PeriodReport> action) {
    Contract c = contract.get();
    if (c != null && period.get() != null) {
      period.get().report().ifPresent(r -> action.accept(c, r));
    }
  }

  private void done(Message message) {
    tasks.succeed(message);
    loadOverview();
    open(contract.get());
  }

  /** A line's state in the user's language. */
  public String state(DeliveryOverview.Line line) {
    return messages.get(line.status().state().labelKey());
  }

  public String text(LocalizedText t) {
    return messages.get(t.key(), t.arguments().toArray());
  }

  public ObservableList<Contract> contracts() {
    return contracts;
  }

  public ObjectProperty<Contract> contractProperty() {
    return contract;
  }

  public BooleanProperty mineOnlyProperty() {
    return mineOnly;
  }

  public ObservableList<DeliveryOverview.Line> lines() {
    return lines;
  }

  public StringProperty quietProperty() {
    return quiet;
  }

  public ObservableList<PeriodRow> periods() {
    return periods;
  }

  public ObjectProperty<PeriodRow> periodProperty() {
    return period;
  }

  public ObservableList<ValueRow> values() {
    return values;
  }

  public StringProperty narrativeProperty() {
    return narrative;
  }

  public ObservableList<EvidenceFile> evidence() {
    return evidence;
  }

  public StringProperty reportInfoProperty() {
    return reportInfo;
  }

  public ReadOnlyBooleanProperty editableProperty() {
    return editable.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty submittedProperty() {
    return submitted.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty acceptedProperty() {
    return accepted.getReadOnlyProperty();
  }

  public ObservableList<PlanRow> planRows() {
    return planRows;
  }

  public ObservableList<Period> planPeriods() {
    return planPeriods;
  }

  public StringProperty childrenCoveredProperty() {
    return childrenCovered;
  }

  public StringProperty planInfoProperty() {
    return planInfo;
  }

  public ScreenTasks tasks() {
    return tasks;
  }
}
