package org.careeval.ui.project;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.project.Project;
import org.careeval.domain.rubric.Aggregation;
import org.careeval.domain.rubric.BandLines;
import org.careeval.domain.rubric.CheckItem;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.rubric.CriterionKind;
import org.careeval.domain.rubric.Points;
import org.careeval.domain.rubric.Rubric;
import org.careeval.domain.rubric.RubricFinding;
import org.careeval.domain.rubric.RubricRules;
import org.careeval.domain.rubric.RubricSection;
import org.careeval.domain.rubric.RubricSettings;
import org.careeval.domain.rubric.RubricVersion;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.service.i18n.Messages;
import org.careeval.service.project.RubricService;
import org.careeval.service.rubric.RubricTemplates;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.ImportProblemTable;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;
import org.careeval.ui.common.UiExecutor;
import org.careeval.ui.common.UnsavedChanges;

/**
 * The rubric of the selected project: its three lists and settings, every problem and warning the
 * rules find, its versions, and the ways to set it — a template, an earlier project's rubric, or
 * the rubric workbook — and to export it.
 */
public final class RubricViewModel {

  private final RubricService rubrics;
  private final Session session;
  private final DialogService dialogs;
  private final Messages messages;
  private final ScreenTasks tasks;
  private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
  private final ObservableList<RubricVersion> versions = FXCollections.observableArrayList();
  private final ObservableList<RubricVersion> versionsView =
      FXCollections.unmodifiableObservableList(versions);
  private final ObjectProperty<RubricVersion> shown = new SimpleObjectProperty<>();
  private final ObservableList<CheckItem> qualification = FXCollections.observableArrayList();
  private final ObservableList<CheckItem> qualificationView =
      FXCollections.unmodifiableObservableList(qualification);
  private final ObservableList<CheckItem> conformity = FXCollections.observableArrayList();
  private final ObservableList<CheckItem> conformityView =
      FXCollections.unmodifiableObservableList(conformity);
  private final ObservableList<Criterion> criteria = FXCollections.observableArrayList();
  private final ObservableList<Criterion> criteriaView =
      FXCollections.unmodifiableObservableList(criteria);
  private final ObservableList<Message> findings = FXCollections.observableArrayList();
  private final ObservableList<Message> findingsView =
      FXCollections.unmodifiableObservableList(findings);
  private final ReadOnlyObjectWrapper<Message> summary = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Message> tieBreak = new ReadOnlyObjectWrapper<>();
  private final StringProperty pricePoints = new SimpleStringProperty("");
  private final ObjectProperty<Aggregation> aggregation = new SimpleObjectProperty<>();
  private final StringProperty decimals = new SimpleStringProperty("");
  private final StringProperty smeDeduction = new SimpleStringProperty("");
  private final StringProperty approvalReference = new SimpleStringProperty("");
  private final StringProperty lowPriceAlert = new SimpleStringProperty("");
  private final BooleanProperty technicalTieBreak = new SimpleBooleanProperty(false);
  private final BooleanProperty tender = new SimpleBooleanProperty(false);
  private final BooleanProperty edited = new SimpleBooleanProperty(false);
  private final UnsavedChanges unsaved;

  public RubricViewModel(
      RubricService rubrics,
      Session session,
      UiExecutor executor,
      DialogService dialogs,
      Messages messages) {
    this.rubrics = rubrics;
    this.session = session;
    this.dialogs = dialogs;
    this.messages = messages;
    this.tasks = new ScreenTasks(executor);
    this.unsaved =
        new UnsavedChanges(edited, dialogs, messages, this::saveRubricThen, this::discardEdits);
    project.addListener(
        (obs, old, now) -> {
          boolean same = old != null && now != null && old.id() == now.id();
          if (same && edited.get()) {
            return; // the project was saved or moved on: the rubric being edited stays
          }
          if (!same) {
            tasks.clear();
          }
          load();
        });
    shown.addListener((obs, old, now) -> show(now));
  }

  /** Loads the versions of the project's rubric and shows the newest. */
  public void load() {
    Project p = project.get();
    if (p == null) {
      versions.clear();
      shown.set(null);
      return;
    }
    tasks.run(() -> rubrics.versions(session, p.id()), this::showVersions);
  }

  private void showVersions(List<RubricVersion> list) {
    versions.setAll(list);
    RubricVersion newest = list.isEmpty() ? null : list.get(list.size() - 1);
    if (java.util.Objects.equals(newest, shown.get())) {
      show(newest); // no change event for an equal version: the tables still start afresh
    } else {
      shown.set(newest);
    }
  }

  private void show(RubricVersion version) {
    Rubric rubric = version == null ? null : version.rubric();
    qualification.setAll(rubric == null ? List.of() : rubric.qualification());
    conformity.setAll(rubric == null ? List.of() : rubric.conformity());
    criteria.setAll(rubric == null ? List.of() : rubric.criteria());
    edited.set(false);
    showSettings(rubric == null ? null : rubric.settings());
    recheck();
    if (rubric == null) {
      summary.set(project.get() == null ? null : Message.of("rubric.summary.none"));
      return;
    }
    summary.set(
        Message.of(
            version.locked() ? "rubric.summary.locked" : "rubric.summary.open",
            version.version(),
            rubric.settings().method().label(),
            rubric.settings().pricePoints().toPlainString(),
            new LocalizedText(rubric.settings().aggregation().labelKey()),
            rubric.settings().decimals(),
            rubric.settings().smeDeductionPercent().toPlainString()));
  }

  /** The rules' findings on the lists as they stand (edited or not). */
  private void recheck() {
    findings.clear();
    if (project.get() == null || (shown.get() == null && !edited.get())) {
      return;
    }
    RubricRules.Findings found = RubricRules.check(draft());
    found.problems().forEach(f -> findings.add(finding("rubric.finding.problem", f)));
    found.warnings().forEach(f -> findings.add(finding("rubric.finding.warning", f)));
  }

  /**
   * The rubric as the tables hold it, under the shown version's settings (a new one's defaults).
   */
  private Rubric draft() {
    RubricSettings settings =
        shown.get() != null
            ? shown.get().rubric().settings()
            : RubricSettings.defaults(project.get().method());
    return new Rubric(settings, qualification, conformity, criteria);
  }

  /** Replaces a criterion as edited in its row. */
  public void setCriterion(int index, Criterion changed) {
    criteria.set(index, changed);
    changed();
  }

  /** Adds an empty criterion after the last one, in the last one's group. */
  public void addCriterion() {
    String group = criteria.isEmpty() ? "" : criteria.get(criteria.size() - 1).group();
    criteria.add(
        new Criterion(
            nextCode("A", criteria.stream().map(Criterion::code).toList()),
            group,
            "",
            BigDecimal.ZERO,
            CriterionKind.SUBJECTIVE,
            List.of()));
    changed();
  }

  /** Bands as a table cell shows and edits them: their lines joined by "；". */
  public static String bandsShown(Criterion c) {
    return c.bandLines().replace("\n", "；");
  }

  /** Splits "；" only before a band's "名称|", so a description may hold "；" itself. */
  private static final String BAND_SEPARATOR = "；(?=[^；|]+\\|)";

  /** The criterion with the points typed in its cell; text that is no number is refused. */
  public Criterion withPoints(Criterion c, String typed) {
    return Points.parse(typed)
        .map(p -> new Criterion(c.code(), c.group(), c.content(), p, c.kind(), c.bands()))
        .orElseGet(() -> refuseEdit(c, new LocalizedText("error.rubric.number", typed)));
  }

  /** The criterion with the bands typed in its cell; a line that cannot be read is refused. */
  public Criterion withBands(Criterion c, String typed) {
    BandLines.Parsed parsed = BandLines.parse(typed.replaceAll(BAND_SEPARATOR, "\n"));
    if (!parsed.problems().isEmpty()) {
      return refuseEdit(c, parsed.problems().get(0));
    }
    return new Criterion(c.code(), c.group(), c.content(), c.maxPoints(), c.kind(), parsed.bands());
  }

  /** A cell edit that cannot be taken: says why and keeps the row as it was. */
  private <T> T refuseEdit(T unchanged, LocalizedText reason) {
    tasks.fail(new Message(reason.key(), reason.arguments()));
    return unchanged;
  }

  public void removeCriterion(int index) {
    criteria.remove(index);
    changed();
  }

  /** Replaces a qualification or conformity item as edited in its row. */
  public void setItem(RubricSection section, int index, CheckItem changed) {
    items(section).set(index, changed);
    changed();
  }

  public void addItem(RubricSection section) {
    List<CheckItem> list = items(section);
    String prefix = section == RubricSection.QUALIFICATION ? "Q" : "C";
    list.add(new CheckItem(nextCode(prefix, list.stream().map(CheckItem::code).toList()), "", ""));
    changed();
  }

  public void removeItem(RubricSection section, int index) {
    items(section).remove(index);
    changed();
  }

  private ObservableList<CheckItem> items(RubricSection section) {
    return section == RubricSection.QUALIFICATION ? qualification : conformity;
  }

  private static String nextCode(String prefix, List<String> taken) {
    int n = taken.size() + 1;
    while (taken.contains(prefix + n)) {
      n++;
    }
    return prefix + n;
  }

  private void changed() {
    edited.set(true);
    recheck();
  }

  /** Saves the edited lists as the project's rubric (a locked one asks for the reason). */
  public void saveRubric() {
    saveRubricThen(() -> {});
  }

  private void saveRubricThen(Runnable then) {
    Project p = project.get();
    if (p == null) {
      return;
    }
    Optional<String> reason = reasonIfLocked();
    if (reason.isEmpty()) {
      return;
    }
    Rubric edits = draft();
    tasks.run(
        () -> rubrics.save(session, p.id(), edits, reason.get()),
        stored -> {
          reloaded(Message.of("rubric.saved.edited", stored.version()));
          then.run();
        });
  }

  /** Puts the tables back to the version shown. */
  public void discardEdits() {
    show(shown.get());
  }

  /** Asked before the rubric being edited is left (another project, screen or sign-out). */
  public UnsavedChanges unsavedChanges() {
    return unsaved;
  }

  public ReadOnlyBooleanProperty editedProperty() {
    return edited;
  }

  /** The settings form shows the settings of the version shown. */
  private void showSettings(RubricSettings s) {
    pricePoints.set(s == null ? "" : s.pricePoints().toPlainString());
    aggregation.set(s == null ? null : s.aggregation());
    decimals.set(s == null ? "" : Integer.toString(s.decimals()));
    smeDeduction.set(s == null ? "" : s.smeDeductionPercent().toPlainString());
    approvalReference.set(s == null ? "" : s.approvalReference());
    lowPriceAlert.set(s == null ? "" : s.lowPriceAlertPercent().toPlainString());
    technicalTieBreak.set(s != null && s.technicalTieBreak());
    tender.set(s != null && s.method().tender());
    tieBreak.set(s == null ? null : Message.of(tieBreakKey(s)));
  }

  /** The ranking's tie-break chain for the method (domain rules 2.7). */
  private static String tieBreakKey(RubricSettings s) {
    if (s.method().tender()) {
      return s.technicalTieBreak() ? "rubric.tieBreak.tenderTechnical" : "rubric.tieBreak.tender";
    }
    return s.method().scored() ? "rubric.tieBreak.consultation" : "rubric.tieBreak.lowestPrice";
  }

  /**
   * Saves the settings form over the current version (a locked one asks the supervisor for the
   * reason); a number that cannot be read is refused naming what was typed.
   */
  public void saveSettings() {
    Project p = project.get();
    RubricVersion current = versions.isEmpty() ? null : versions.get(versions.size() - 1);
    if (p == null || current == null) {
      return;
    }
    RubricSettings was = current.rubric().settings();
    Optional<BigDecimal> price = number(pricePoints.get());
    Optional<BigDecimal> sme = number(smeDeduction.get().replace("%", ""));
    Optional<BigDecimal> alert = number(lowPriceAlert.get().replace("%", ""));
    String places = decimals.get().strip();
    if (!places.matches("\\d{1,2}")) {
      tasks.fail(Message.of("error.rubric.decimalsText", places));
      return;
    }
    if (price.isEmpty() || sme.isEmpty() || alert.isEmpty()) {
      return;
    }
    RubricSettings changed =
        new RubricSettings(
            was.method(),
            price.get(),
            aggregation.get() == null ? was.aggregation() : aggregation.get(),
            Integer.parseInt(places),
            sme.get(),
            approvalReference.get().strip(),
            alert.get(),
            technicalTieBreak.get());
    Optional<String> reason = reasonIfLocked();
    if (reason.isEmpty()) {
      return;
    }
    tasks.run(
        () -> rubrics.saveSettings(session, p.id(), changed, reason.get()),
        stored -> reloaded(Message.of("rubric.saved.settings", stored.version())));
  }

  /** The number typed, or empty after saying which text is not one. */
  private Optional<BigDecimal> number(String typed) {
    Optional<BigDecimal> value = Points.parse(typed);
    if (value.isEmpty()) {
      tasks.fail(Message.of("error.rubric.number", typed.strip()));
    }
    return value;
  }

  private static Message finding(String key, RubricFinding f) {
    return Message.of(key, new LocalizedText(f.section().labelKey()), f.reason());
  }

  /** Sets the project's rubric from a shipped template (asking before replacing one). */
  public void applyTemplate(RubricTemplates template) {
    Project p = project.get();
    if (p == null || !replaceConfirmed()) {
      return;
    }
    Optional<String> reason = reasonIfLocked();
    if (reason.isEmpty()) {
      return;
    }
    tasks.run(
        () -> rubrics.applyTemplate(session, p.id(), template),
        stored -> reloaded(Message.of("rubric.saved.template", stored.version())));
  }

  /** Copies the current rubric of an earlier project. */
  public void copyFrom(Project source) {
    Project p = project.get();
    if (p == null || source == null || !replaceConfirmed()) {
      return;
    }
    tasks.run(
        () -> rubrics.copyFrom(session, p.id(), source.id()),
        stored -> reloaded(Message.of("rubric.saved.copied", source.name(), stored.version())));
  }

  /**
   * Imports a rubric workbook the officer picks; a refused file is listed line by line (sheet, row,
   * column, reason) in a dialog and nothing changes.
   */
  public void importWorkbook() {
    Project p = project.get();
    if (p == null) {
      return;
    }
    Optional<Path> file =
        dialogs.chooseOpenFile(
            messages.get("rubric.import.title"), messages.get("common.file.excel"), "xlsx");
    Optional<String> reason = file.isPresent() ? reasonIfLocked() : Optional.empty();
    if (file.isEmpty() || reason.isEmpty()) {
      return;
    }
    tasks.run(
        () -> rubrics.importWorkbook(session, p.id(), file.get(), reason.get()), this::showImport);
  }

  private void showImport(RubricService.ImportResult result) {
    if (!result.accepted()) {
      tasks.fail(Message.of("rubric.import.rejected", result.problems().size()));
      ImportProblemTable.show(
          dialogs,
          messages,
          messages.get("rubric.import.title"),
          messages.get("rubric.import.rejected", result.problems().size()),
          result.problems());
      return;
    }
    reloaded(
        Message.of(
            result.warnings().isEmpty() ? "rubric.saved.imported" : "rubric.saved.importedWarnings",
            result.stored().orElseThrow().version(),
            result.warnings().size()));
  }

  /** Exports the current rubric as the rubric workbook where the officer chooses. */
  public void exportWorkbook() {
    Project p = project.get();
    if (p == null || shown.get() == null) {
      return;
    }
    dialogs
        .chooseSaveFile(
            messages.get("rubric.export.title"),
            messages.get(
                "rubric.export.fileName", Integer.toString(p.fiscalYear()), Long.toString(p.id())),
            messages.get("common.file.excel"),
            "xlsx")
        .ifPresent(
            file ->
                tasks.run(
                    () -> {
                      rubrics.exportWorkbook(session, p.id(), file);
                      return file;
                    },
                    saved -> tasks.succeed(Message.of("rubric.export.done", saved))));
  }

  private boolean replaceConfirmed() {
    return versions.isEmpty()
        || dialogs.confirm(
            messages.get("rubric.replace.title"),
            messages.get("rubric.replace.message"),
            messages.get("rubric.replace.confirm"));
  }

  /** The reason a locked rubric is changed (asked of the supervisor); "" while it is not locked. */
  private Optional<String> reasonIfLocked() {
    boolean locked = !versions.isEmpty() && versions.get(versions.size() - 1).locked();
    if (!locked) {
      return Optional.of("");
    }
    return dialogs.askText(
        messages.get("rubric.reason.title"),
        messages.get("rubric.reason.message"),
        messages.get("rubric.reason.confirm"));
  }

  private void reloaded(Message done) {
    load();
    tasks.succeed(done);
  }

  public ObjectProperty<Project> projectProperty() {
    return project;
  }

  public ObservableList<RubricVersion> versions() {
    return versionsView;
  }

  public ObjectProperty<RubricVersion> shownProperty() {
    return shown;
  }

  public ObservableList<CheckItem> qualification() {
    return qualificationView;
  }

  public ObservableList<CheckItem> conformity() {
    return conformityView;
  }

  public ObservableList<Criterion> criteria() {
    return criteriaView;
  }

  /** Problems first, then warnings, each naming its part of the rubric. */
  public ObservableList<Message> findings() {
    return findingsView;
  }

  public ReadOnlyObjectProperty<Message> summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** True when the user may set the rubric (officers; supervisors only change a locked one). */
  public boolean canChange() {
    return session.can(Permission.PROJECT_EDIT) || session.can(Permission.RUBRIC_CHANGE_LOCKED);
  }

  public StringProperty pricePointsProperty() {
    return pricePoints;
  }

  public ObjectProperty<Aggregation> aggregationProperty() {
    return aggregation;
  }

  public StringProperty decimalsProperty() {
    return decimals;
  }

  public StringProperty smeDeductionProperty() {
    return smeDeduction;
  }

  public StringProperty approvalReferenceProperty() {
    return approvalReference;
  }

  public StringProperty lowPriceAlertProperty() {
    return lowPriceAlert;
  }

  public BooleanProperty technicalTieBreakProperty() {
    return technicalTieBreak;
  }

  /** True when the shown rubric is for a tender (only a tender takes the extra tie-break). */
  public ReadOnlyBooleanProperty tenderProperty() {
    return tender;
  }

  public ReadOnlyObjectProperty<Message> tieBreakProperty() {
    return tieBreak.getReadOnlyProperty();
  }

  public ScreenTasks tasks() {
    return tasks;
  }
}
