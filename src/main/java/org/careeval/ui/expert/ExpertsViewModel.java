package org.careeval.ui.expert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.expert.CreditRecord;
import org.careeval.domain.expert.DrawResponse;
import org.careeval.domain.expert.Expert;
import org.careeval.domain.expert.ExpertDraft;
import org.careeval.domain.expert.ExpertTie;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.service.CareEvalServices;
import org.careeval.service.expert.ExpertService;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.ImportProblemTable;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;
import org.careeval.ui.common.UiExecutor;

/**
 * 专家库: the pool with each expert's specialty, employer, availability and blacklist state today; one
 * form that adds an expert (nothing selected) or changes the selected one with their declared ties
 * (one a line: 关系｜组织名称｜统一社会信用代码); the experts workbook and its template; a blacklist entry from
 * today.
 */
public final class ExpertsViewModel {

  private final CareEvalServices services;
  private final Session session;
  private final DialogService dialogs;
  private final Messages messages;
  private final ScreenTasks tasks;
  private final ObservableList<Expert> experts = FXCollections.observableArrayList();
  private final ObservableList<Expert> expertsView =
      FXCollections.unmodifiableObservableList(experts);
  private final ObservableList<String> specialties = FXCollections.observableArrayList();
  private final ObservableList<String> specialtiesView =
      FXCollections.unmodifiableObservableList(specialties);
  private final ObjectProperty<Expert> selected = new SimpleObjectProperty<>();
  private final StringProperty name = new SimpleStringProperty("");
  private final ObjectProperty<String> specialty = new SimpleObjectProperty<>();
  private final StringProperty title = new SimpleStringProperty("");
  private final StringProperty region = new SimpleStringProperty("");
  private final StringProperty employer = new SimpleStringProperty("");
  private final StringProperty employerUscc = new SimpleStringProperty("");
  private final BooleanProperty available = new SimpleBooleanProperty(true);
  private final StringProperty phone = new SimpleStringProperty("");
  private final StringProperty account = new SimpleStringProperty("");
  private final StringProperty ties = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper credit = new ReadOnlyStringWrapper("");
  private LocalDate today;
  private static final int SHOWN_LINES = 5;

  public ExpertsViewModel(
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
    this.today = services.clock().today();
    selected.addListener((obs, old, now) -> fill(now));
    selected.addListener((obs, old, now) -> showCredit(now));
  }

  private record Loaded(List<Expert> experts, List<String> specialties, LocalDate today) {}

  public void load() {
    tasks.run(
        () ->
            new Loaded(
                services.experts().list(session),
                services.experts().specialties(session),
                services.clock().today()),
        loaded -> {
          Long keep = selected.get() == null ? null : selected.get().id();
          today = loaded.today();
          specialties.setAll(loaded.specialties());
          experts.setAll(loaded.experts());
          selected.set(
              loaded.experts().stream()
                  .filter(e -> keep != null && e.id() == keep)
                  .findFirst()
                  .orElse(null));
        });
  }

  private void fill(Expert e) {
    name.set(e == null ? "" : e.name());
    specialty.set(e == null ? null : e.draft().specialty());
    title.set(e == null ? "" : e.draft().title());
    region.set(e == null ? "" : e.draft().region());
    employer.set(e == null ? "" : e.draft().employer());
    employerUscc.set(e == null ? "" : e.draft().employerUscc().orElse(""));
    available.set(e == null || e.draft().available());
    phone.set(e == null ? "" : e.draft().phone());
    account.set(e == null ? "" : e.draft().username().orElse(""));
    ties.set(
        e == null ? "" : String.join("\n", e.ties().stream().map(ExpertsViewModel::line).toList()));
  }

  private static String line(ExpertTie tie) {
    return tie.kind().chinese()
        + "｜"
        + tie.organization()
        + tie.uscc().map(u -> "｜" + u).orElse("");
  }

  public void startNew() {
    selected.set(null);
    fill(null);
    tasks.clear();
  }

  /**
   * Adds the expert in the form, or saves the selected one; a tie line that is not understood is
   * refused.
   */
  public void save() {
    List<ExpertTie> declared;
    try {
      declared = ties(ties.get());
    } catch (CareEvalException e) {
      tasks.fail(Message.of(e));
      return;
    }
    ExpertDraft draft =
        new ExpertDraft(
            name.get(),
            specialty.get(),
            title.get(),
            region.get(),
            employer.get(),
            Optional.of(employerUscc.get()),
            available.get(),
            phone.get(),
            Optional.of(account.get()));
    Expert editing = selected.get();
    tasks.run(
        () -> {
          if (editing == null) {
            services.experts().add(session, draft, declared);
          } else {
            services.experts().update(session, editing.id(), draft, declared);
          }
          return draft.name();
        },
        saved -> reloaded(Message.of("expert.saved", saved)));
  }

  /** Reads the ties typed one a line: 关系｜组织名称｜统一社会信用代码 (the code may be left out). */
  static List<ExpertTie> ties(String text) {
    List<ExpertTie> list = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("[|｜]", -1);
      Optional<ExpertTie.Kind> kind = ExpertTie.Kind.ofChinese(parts[0]);
      if (kind.isEmpty() || parts.length < 2 || parts.length > 3 || parts[1].isBlank()) {
        throw new CareEvalException("error.expert.tieLine", line.strip());
      }
      list.add(
          new ExpertTie(
              kind.get(), parts[1], parts.length == 3 ? Optional.of(parts[2]) : Optional.empty()));
    }
    return list;
  }

  private void showCredit(Expert e) {
    credit.set("");
    if (e == null) {
      return;
    }
    tasks.run(
        () -> services.credits().record(session, e.id()),
        r -> {
          if (e.equals(selected.get())) {
            credit.set(creditText(r));
          }
        });
  }

  private String creditText(CreditRecord r) {
    List<String> lines = new ArrayList<>();
    lines.add(
        messages.get(
            "expert.credit.summary",
            r.panels().size(),
            r.panels().stream().filter(CreditRecord.Seat::leader).count(),
            r.count(DrawResponse.DECLINED),
            r.count(DrawResponse.RECUSED),
            r.corrections(),
            r.count(CreditRecord.Kind.LATE),
            r.count(CreditRecord.Kind.ABSENT)));
    r.panels().stream()
        .limit(SHOWN_LINES)
        .forEach(p -> lines.add("· " + p.fiscalYear() + " " + p.project()));
    r.answers().stream()
        .limit(SHOWN_LINES)
        .forEach(
            a ->
                lines.add(
                    "· "
                        + a.project()
                        + "："
                        + messages.get(a.response().labelKey())
                        + " "
                        + a.reason()));
    r.events().stream()
        .limit(SHOWN_LINES)
        .forEach(
            ev ->
                lines.add(
                    "· " + ev.date() + " " + messages.get(ev.kind().labelKey()) + " " + ev.note()));
    return String.join("\n", lines);
  }

  /** Records that the selected expert was late at an evaluation, with the note asked. */
  public void recordLate() {
    recordEvent(CreditRecord.Kind.LATE);
  }

  /** Records that the selected expert was absent from an evaluation, with the note asked. */
  public void recordAbsent() {
    recordEvent(CreditRecord.Kind.ABSENT);
  }

  private void recordEvent(CreditRecord.Kind kind) {
    Expert e = selected.get();
    if (e == null) {
      return;
    }
    dialogs
        .askText(
            messages.get("expert.credit.title", messages.get(kind.labelKey())),
            messages.get("expert.credit.message", e.name(), messages.get(kind.labelKey()), today),
            messages.get("expert.credit.record"))
        .ifPresent(
            note ->
                tasks.run(
                    () -> {
                      services
                          .credits()
                          .recordEvent(session, e.id(), kind, today, Optional.empty(), note);
                      return e;
                    },
                    done -> {
                      tasks.succeed(
                          Message.of(
                              "expert.credit.recorded", e.name(), messages.get(kind.labelKey())));
                      showCredit(e);
                    }));
  }

  /** Lifts the selected expert's blacklist entry from today, with the reason asked. */
  public void lift() {
    Expert e = selected.get();
    if (e == null) {
      return;
    }
    dialogs
        .askText(
            messages.get("expert.lift.title"),
            messages.get("expert.lift.message", e.name()),
            messages.get("expert.lift.confirm"))
        .ifPresent(
            reason ->
                tasks.run(
                    () -> {
                      services.experts().lift(session, e.id(), reason);
                      return e;
                    },
                    done -> reloaded(Message.of("expert.lifted", e.name()))));
  }

  public ReadOnlyStringProperty creditProperty() {
    return credit.getReadOnlyProperty();
  }

  /** Puts the selected expert on the blacklist from today, open-ended, with the reason asked. */
  public void blacklist() {
    Expert e = selected.get();
    if (e == null) {
      return;
    }
    dialogs
        .askText(
            messages.get("expert.blacklist.title"),
            messages.get("expert.blacklist.message", e.name()),
            messages.get("expert.blacklist.confirm"))
        .ifPresent(
            reason ->
                tasks.run(
                    () ->
                        services
                            .experts()
                            .blacklist(session, e.id(), reason, today, Optional.empty()),
                    id -> reloaded(Message.of("expert.blacklisted", e.name()))));
  }

  public void importWorkbook() {
    dialogs
        .chooseOpenFile(
            messages.get("expert.import.title"), messages.get("common.file.excel"), "xlsx")
        .ifPresent(
            file ->
                tasks.run(
                    () -> services.experts().importWorkbook(session, file), this::showImport));
  }

  private void showImport(ExpertService.ImportResult result) {
    if (!result.accepted()) {
      tasks.fail(Message.of("expert.import.rejected", result.problems().size()));
      ImportProblemTable.show(
          dialogs,
          messages,
          messages.get("expert.import.title"),
          messages.get("expert.import.rejected", result.problems().size()),
          result.problems());
      return;
    }
    reloaded(
        Message.of(
            "expert.import.done",
            Integer.toString(result.experts()),
            Integer.toString(result.ties())));
  }

  public void saveTemplate() {
    dialogs
        .chooseSaveFile(
            messages.get("expert.template.title"),
            messages.get("expert.template.fileName"),
            messages.get("common.file.excel"),
            "xlsx")
        .ifPresent(
            file ->
                tasks.run(
                    () -> {
                      ExpertService.writeTemplate(file);
                      return file;
                    },
                    saved -> tasks.succeed(Message.of("expert.template.done", saved))));
  }

  private void reloaded(Message done) {
    load();
    tasks.succeed(done);
  }

  /** True when the expert is on the blacklist today. */
  public boolean blacklisted(Expert e) {
    return e.blacklistedOn(today);
  }

  public boolean canManage() {
    return session.can(Permission.EXPERT_MANAGE);
  }

  public ObservableList<Expert> experts() {
    return expertsView;
  }

  public ObservableList<String> specialties() {
    return specialtiesView;
  }

  public ObjectProperty<Expert> selectedProperty() {
    return selected;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public ObjectProperty<String> specialtyProperty() {
    return specialty;
  }

  public StringProperty titleProperty() {
    return title;
  }

  public StringProperty regionProperty() {
    return region;
  }

  public StringProperty employerProperty() {
    return employer;
  }

  public StringProperty employerUsccProperty() {
    return employerUscc;
  }

  public BooleanProperty availableProperty() {
    return available;
  }

  public StringProperty phoneProperty() {
    return phone;
  }

  public StringProperty accountProperty() {
    return account;
  }

  public StringProperty tiesProperty() {
    return ties;
  }

  public ScreenTasks tasks() {
    return tasks;
  }
}
