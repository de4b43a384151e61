package org.careeval.ui.organization;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
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
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.Problem;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.OrganizationAlert;
import org.careeval.domain.organization.OrganizationCode;
import org.careeval.domain.organization.OrganizationDraft;
import org.careeval.domain.organization.Rating;
import org.careeval.domain.organization.RatingLevel;
import org.careeval.domain.organization.RegisterEntry;
import org.careeval.domain.organization.RegisterQuery;
import org.careeval.domain.organization.UsccCategory;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.service.i18n.Messages;
import org.careeval.service.organization.ImportReport;
import org.careeval.service.organization.ImportReports;
import org.careeval.service.organization.OrganizationDetailService;
import org.careeval.service.organization.OrganizationService;
import org.careeval.service.organization.RosterTemplate;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.ExportTarget;
import org.careeval.ui.common.LeaveGuard;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;
import org.careeval.ui.common.Sorting;
import org.careeval.ui.common.UiExecutor;
import org.careeval.ui.common.UnsavedChanges;

/**
 * The organization register: search, one form that registers (nothing selected) or edits the
 * selected organization, a warning about very similar names before registering, and the
 * supervisor's override of a failed check character.
 */
public final class OrganizationRegistryViewModel {

  private final OrganizationService organizations;
  private final OrganizationDetailService details;
  private final Session session;
  private final UiExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;
  private final CountyClock clock;

  private final StringProperty search = new SimpleStringProperty("");
  private final ObservableList<RegisterEntry> entries = FXCollections.observableArrayList();
  private final FilteredList<RegisterEntry> rows = new FilteredList<>(entries);
  private final ObservableList<String> towns = FXCollections.observableArrayList();
  private final ObjectProperty<UsccCategory> categoryFilter = new SimpleObjectProperty<>();
  private final ObservableList<UsccCategory> categories = FXCollections.observableArrayList();
  private final ObjectProperty<RegisterQuery.RatingChoice> ratingFilter =
      new SimpleObjectProperty<>(RegisterQuery.RatingChoice.ANY);
  private final ObjectProperty<String> townFilter = new SimpleObjectProperty<>();
  private final ObjectProperty<RegisterQuery.Status> statusFilter =
      new SimpleObjectProperty<>(RegisterQuery.Status.ACTIVE);
  private final ObjectProperty<RegisterQuery.AlertChoice> alertFilter =
      new SimpleObjectProperty<>(RegisterQuery.AlertChoice.ANY);
  private final ObjectProperty<Organization> selected = new SimpleObjectProperty<>();
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty code = new SimpleStringProperty("");
  private final StringProperty legalRepresentative = new SimpleStringProperty("");
  private final StringProperty address = new SimpleStringProperty("");
  private final StringProperty phone = new SimpleStringProperty("");
  private final ObjectProperty<RatingLevel> ratingLevel = new SimpleObjectProperty<>();
  private final StringProperty ratingCertificate = new SimpleStringProperty("");
  private final StringProperty ratingIssuer = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> ratingGrantedOn = new SimpleObjectProperty<>();
  private final BooleanProperty active = new SimpleBooleanProperty(true);
  private final ScreenTasks tasks;
  private final OrganizationDetailsViewModel detailsViewModel;

  /** The form as last filled from the register (or empty for a new organization). */
  private record FormValues(
      String name,
      String code,
      String legalRepresentative,
      String address,
      String phone,
      RatingLevel ratingLevel,
      String ratingCertificate,
      String ratingIssuer,
      LocalDate ratingGrantedOn,
      boolean active) {}

  private final ObjectProperty<FormValues> filled = new SimpleObjectProperty<>();
  private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
  private final ObservableMap<String, Message> fieldProblems = FXCollections.observableHashMap();
  private final BooleanBinding dirty;
  private final BooleanBinding codeRefused;
  private final StringBinding codeHint;
  private final UnsavedChanges unsaved;

  public OrganizationRegistryViewModel(
      OrganizationService organizations,
      OrganizationDetailService details,
      Session session,
      UiExecutor executor,
      DialogService dialogs,
      Messages messages,
      CountyClock clock) {
    this.organizations = organizations;
    this.details = details;
    this.session = session;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
    this.clock = clock;
    this.tasks = new ScreenTasks(executor);
    this.detailsViewModel =
        new OrganizationDetailsViewModel(
            details, session, tasks, dialogs, messages, clock, this::load);
    this.dirty =
        Bindings.createBooleanBinding(
            () ->
                canEdit()
                    && (!formValues().equals(filled.get())
                        || detailsViewModel.entryTypedProperty().get()),
            name,
            code,
            legalRepresentative,
            address,
            phone,
            ratingLevel,
            ratingCertificate,
            ratingIssuer,
            ratingGrantedOn,
            active,
            filled,
            detailsViewModel.entryTypedProperty());
    this.codeRefused =
        Bindings.createBooleanBinding(() -> codeRefused(code.get()), code, selected, entries);
    this.codeHint =
        Bindings.createStringBinding(() -> codeHint(code.get()), code, selected, entries);
    this.unsaved =
        new UnsavedChanges(
            dirty,
            dialogs,
            messages,
            this::saveBeforeLeaving,
            () -> {
              fillForm(selected.get());
              detailsViewModel.discardEntries();
            });
    selected.addListener(
        (obs, old, now) -> {
          if (old == null || now == null || old.id() != now.id()) {
            tasks.clear(); // a message about another organization would mislead
            detailsViewModel.show(now);
            applyFilters(); // the organization in the form is always in the list
          }
          fillForm(now);
        });
    // a field's problem goes away as soon as the officer changes that field
    Map<String, Observable> fields =
        Map.of(
            OrganizationDraft.NAME, name,
            OrganizationDraft.CODE, code,
            OrganizationDraft.LEGAL_REPRESENTATIVE, legalRepresentative,
            OrganizationDraft.ADDRESS, address,
            OrganizationDraft.PHONE, phone,
            OrganizationDraft.RATING_CERTIFICATE, ratingCertificate,
            OrganizationDraft.RATING_ISSUER, ratingIssuer,
            OrganizationDraft.RATING_GRANTED_ON, ratingGrantedOn);
    fields.forEach((key, field) -> field.addListener(changed -> fieldProblems.remove(key)));
    List<Observable> filters =
        List.of(search, categoryFilter, ratingFilter, townFilter, statusFilter, alertFilter);
    filters.forEach(filter -> filter.addListener(changed -> applyFilters()));
    fillForm(null);
    applyFilters();
  }

  /** The filters as they are set now. */
  public RegisterQuery query() {
    return new RegisterQuery(
        search.get() == null ? "" : search.get(),
        Optional.ofNullable(categoryFilter.get()),
        ratingFilter.get() == null ? RegisterQuery.RatingChoice.ANY : ratingFilter.get(),
        Optional.ofNullable(townFilter.get()),
        statusFilter.get() == null ? RegisterQuery.Status.ALL : statusFilter.get(),
        alertFilter.get() == null ? RegisterQuery.AlertChoice.ANY : alertFilter.get());
  }

  /**
   * Filters the loaded register in memory: no database query per keystroke. The organization shown
   * in the form stays in the list even when the filters would hide it, so the form never shows (and
   * an officer never edits) an organization the list does not show — a newly registered one
   * included.
   */
  private void applyFilters() {
    Predicate<RegisterEntry> matches = query().predicate();
    Organization shown = selected.get();
    rows.setPredicate(
        entry -> matches.test(entry) || shown != null && entry.organization().id() == shown.id());
  }

  /**
   * Shows another organization in the form (or none, for a new one); asks first when the form has
   * unsaved changes.
   *
   * @return false when the form stays on the organization it shows
   */
  public boolean select(Organization target) {
    Organization shown = selected.get();
    if (shown == target || shown != null && target != null && shown.id() == target.id()) {
      return true;
    }
    if (!unsaved.mayLeave(() -> selected.set(target))) {
      return false;
    }
    selected.set(target);
    return true;
  }

  /**
   * The organization, other than the one in the form, already registered with the code as typed:
   * known while typing from the loaded register, so the officer learns it before anything else.
   */
  public Optional<Organization> holderOfCode(String typed) {
    Organization shown = selected.get();
    return OrganizationCode.parse(typed == null ? "" : typed)
        .code()
        .flatMap(
            code ->
                entries.stream()
                    .map(RegisterEntry::organization)
                    .filter(o -> o.code().value().equals(code.value()))
                    .filter(o -> shown == null || o.id() != shown.id())
                    .findFirst());
  }

  /** Esc in the form: asks whether to save or throw away the unsaved changes, if there are any. */
  public void cancelEdit() {
    if (unsaved.mayLeave(() -> {})) {
      fillForm(selected.get());
    }
  }

  /** A code that can never be saved: malformed, or already another organization's. */
  public boolean codeRefused(String typed) {
    return !OrganizationCodes.acceptable(typed) || holderOfCode(typed).isPresent();
  }

  /** What a code means as typed: its category, or why it cannot be used. */
  public String codeHint(String typed) {
    if (typed == null || typed.isBlank()) {
      return "";
    }
    return holderOfCode(typed)
        .map(
            holder -> messages.get("error.org.duplicateCode", holder.code().value(), holder.name()))
        .orElseGet(() -> OrganizationCodes.describe(typed, messages));
  }

  /** {@link #codeRefused(String)} for the code in the form, as it is typed. */
  public BooleanBinding codeRefusedProperty() {
    return codeRefused;
  }

  /** {@link #codeHint(String)} for the code in the form, as it is typed. */
  public StringBinding codeHintProperty() {
    return codeHint;
  }

  /** Asked before the officer leaves the register for another screen, signs out or closes. */
  public LeaveGuard leaveGuard() {
    return unsaved;
  }

  /**
   * What is wrong with each field after a save was refused, by the domain's field keys ({@link
   * OrganizationDraft#NAME} …), for the view to show beside the field.
   */
  public ObservableMap<String, Message> fieldProblems() {
    return FXCollections.unmodifiableObservableMap(fieldProblems);
  }

  /** False until the register was read once: an empty list before that means "not yet". */
  public ReadOnlyBooleanProperty loadedProperty() {
    return loaded.getReadOnlyProperty();
  }

  /** True when the form holds changes that are not saved. */
  public BooleanBinding dirtyProperty() {
    return dirty;
  }

  public LocalDate today() {
    return clock.today();
  }

  /** The county's zone, for showing times as the county's local time. */
  public ZoneId zone() {
    return clock.zone();
  }

  /** When the rating being entered would expire: the grant date plus the 5-year validity. */
  public Optional<LocalDate> ratingExpiry() {
    return Optional.ofNullable(ratingGrantedOn.get())
        .map(day -> day.plusYears(Rating.VALIDITY_YEARS));
  }

  public boolean canEdit() {
    return session.can(Permission.ORGANIZATION_EDIT);
  }

  public boolean canOverride() {
    return session.can(Permission.USCC_CHECK_OVERRIDE);
  }

  /** Loads the register with today's alerts, and the towns for the filter. */
  public void load() {
    run(() -> new Loaded(details.entries(session), details.towns(session)), this::show);
  }

  private record Loaded(List<RegisterEntry> entries, List<String> towns) {}

  private void show(Loaded loaded) {
    this.loaded.set(true);
    Long keep = selected.get() == null ? null : selected.get().id();
    entries.setAll(Sorting.byName(loaded.entries(), e -> e.organization().name()));
    towns.setAll(Sorting.byName(loaded.towns(), town -> town));
    categories.setAll(
        loaded.entries().stream()
            .flatMap(e -> e.organization().code().category().stream())
            .distinct()
            .sorted()
            .toList());
    selected.set(
        loaded.entries().stream()
            .map(RegisterEntry::organization)
            .filter(o -> keep != null && o.id() == keep)
            .findFirst()
            .orElse(null));
  }

  /** Shows only the registered organizations with this alert: every other filter is cleared. */
  public void showOnly(OrganizationAlert alert) {
    search.set("");
    categoryFilter.set(null);
    ratingFilter.set(RegisterQuery.RatingChoice.ANY);
    townFilter.set(null);
    statusFilter.set(RegisterQuery.Status.ACTIVE);
    alertFilter.set(RegisterQuery.AlertChoice.of(alert));
  }

  /** Empties the form for a new organization (asking first about unsaved changes). */
  public boolean startNew() {
    Runnable empty =
        () -> {
          selected.set(null);
          fillForm(null);
        };
    if (!unsaved.mayLeave(empty)) {
      return false;
    }
    empty.run();
    tasks.clear();
    return true;
  }

  /** Registers or saves; before registering, asks when a very similar name is already there. */
  public void save() {
    save(() -> {});
  }

  /**
   * "Save" in the unsaved-changes question. An entry typed in a detail tab is not a field of this
   * form: it is added with its own button, so the officer stays and is told so, and nothing typed
   * is lost.
   */
  private void saveBeforeLeaving(Runnable then) {
    if (detailsViewModel.entryTypedProperty().get()) {
      tasks.fail(Message.of("organization.detail.addFirst"));
      return;
    }
    save(then);
  }

  /** As {@link #save()}, then runs {@code then} if the organization was saved. */
  private void save(Runnable then) {
    Organization editing = selected.get();
    OrganizationDraft draft;
    try {
      draft = draft();
    } catch (CareEvalException e) {
      tasks.fail(Message.of(e));
      return;
    }
    boolean keepActive = active.get();
    if (editing != null) {
      run(
          () -> organizations.update(session, editing.id(), editing.version(), draft, keepActive),
          saved -> {
            reloadSelecting(saved, Message.of("organization.saved.updated", saved.name()));
            then.run();
          });
      return;
    }
    run(
        () -> organizations.similarNames(session, draft.name(), 0),
        similar -> {
          if (similar.isEmpty() || confirmDespite(similar.get(0))) {
            run(
                () -> organizations.register(session, draft),
                saved -> {
                  reloadSelecting(saved, Message.of("organization.saved.created", saved.name()));
                  then.run();
                });
          }
        });
  }

  private boolean confirmDespite(Organization similar) {
    return dialogs.confirm(
        messages.get("organization.similar.title"),
        messages.get("organization.similar.message", similar.name(), similar.code().value()),
        messages.get("organization.similar.confirm"));
  }

  /** Exports the register to Excel after the personal-data notice and a file choice. */
  public void export() {
    ExportTarget.ask(
            dialogs,
            messages,
            "organization.export.title",
            "organization.export.personalData",
            "organization.export.fileName",
            today())
        .ifPresent(
            file ->
                run(
                    () -> organizations.export(session, file, messages),
                    count -> tasks.succeed(Message.of("organization.export.done", count, file))));
  }

  /**
   * Imports a roster workbook the officer picks. A refused file is explained line by line (sheet,
   * row, column, reason) in a dialog the officer can copy from; nothing was written then.
   */
  public void importRoster() {
    dialogs
        .chooseOpenFile(
            messages.get("organization.import.title"), messages.get("common.file.excel"), "xlsx")
        .ifPresent(
            file -> {
              tasks.succeed(Message.of("organization.import.running", file.getFileName()));
              run(() -> organizations.importRoster(session, file), this::showImport);
            });
  }

  private void showImport(ImportReport report) {
    if (!report.accepted()) {
      List<String> lines = ImportReports.refusal(report, messages);
      tasks.fail(Message.of("organization.import.rejected", report.problemCount()));
      dialogs.showDetails(
          messages.get("organization.import.title"), lines.get(0), lines.subList(1, lines.size()));
      return;
    }
    LocalizedText summary = ImportReports.summary(report);
    load();
    tasks.succeed(Message.of(summary.key(), summary.arguments().toArray()));
  }

  /** Saves the empty import template where the officer chooses. */
  public void saveTemplate() {
    dialogs
        .chooseSaveFile(
            messages.get("organization.template.title"),
            messages.get("organization.template.fileName"),
            messages.get("common.file.excel"),
            "xlsx")
        .ifPresent(
            file ->
                run(
                    () -> {
                      RosterTemplate.write(file, messages);
                      return file;
                    },
                    saved -> tasks.succeed(Message.of("organization.template.done", saved))));
  }

  /** A supervisor accepts the selected organization's failed check character, with a reason. */
  public void overrideCheck() {
    Organization target = selected.get();
    if (target == null || target.code().status() != OrganizationCode.CheckStatus.PENDING) {
      return;
    }
    Optional<String> reason =
        dialogs.askText(
            messages.get("organization.override.title"),
            messages.get("organization.override.message", target.code().value(), target.name()),
            messages.get("organization.override.confirm"));
    reason.ifPresent(
        text ->
            run(
                () -> organizations.overrideCheck(session, target.id(), target.version(), text),
                saved ->
                    reloadSelecting(
                        saved, Message.of("organization.saved.overridden", saved.name()))));
  }

  /** The form as a draft; the rules are the draft's own (a rating needs its grant date). */
  private OrganizationDraft draft() {
    fieldProblems.clear();
    Optional<Rating> rating;
    try {
      rating =
          Optional.ofNullable(ratingLevel.get())
              .map(
                  level ->
                      new Rating(
                          level,
                          ratingCertificate.get(),
                          ratingIssuer.get(),
                          ratingGrantedOn.get()));
    } catch (CareEvalException e) {
      // a rating refuses itself without its grant date: that is the date field's problem
      fieldProblems.put(OrganizationDraft.RATING_GRANTED_ON, Message.of(e));
      throw e;
    }
    OrganizationDraft draft =
        new OrganizationDraft(
            name.get(), code.get(), legalRepresentative.get(), address.get(), phone.get(), rating);
    // hard refusals come before any "similar name?" question; each is shown beside its field
    List<Problem> problems = draft.check(clock.today());
    problems.forEach(
        p ->
            fieldProblems.putIfAbsent(
                p.field(), new Message(p.reason().key(), p.reason().arguments())));
    Problem.refuseFirst(problems);
    holderOfCode(draft.code())
        .ifPresent(
            holder -> {
              throw new CareEvalException(
                  "error.org.duplicateCode", holder.code().value(), holder.name());
            });
    return draft;
  }

  private void reloadSelecting(Organization saved, Message done) {
    selected.set(saved);
    load();
    tasks.succeed(done);
  }

  private <T> void run(Callable<T> work, Consumer<T> then) {
    tasks.run(work, then);
  }

  private FormValues formValues() {
    return new FormValues(
        name.get(),
        code.get(),
        legalRepresentative.get(),
        address.get(),
        phone.get(),
        ratingLevel.get(),
        ratingCertificate.get(),
        ratingIssuer.get(),
        ratingGrantedOn.get(),
        active.get());
  }

  private void fillForm(Organization o) {
    name.set(o == null ? "" : o.name());
    code.set(o == null ? "" : o.code().value());
    legalRepresentative.set(o == null ? "" : o.legalRepresentative());
    address.set(o == null ? "" : o.address());
    phone.set(o == null ? "" : o.phone());
    Optional<Rating> rating = o == null ? Optional.empty() : o.rating();
    ratingLevel.set(rating.map(Rating::level).orElse(null));
    ratingCertificate.set(rating.map(Rating::certificateNumber).orElse(""));
    ratingIssuer.set(rating.map(Rating::issuer).orElse(""));
    ratingGrantedOn.set(rating.map(Rating::grantedOn).orElse(null));
    active.set(o == null || o.active());
    filled.set(formValues());
    fieldProblems.clear();
  }

  public StringProperty searchProperty() {
    return search;
  }

  /** The register lines that pass the filters. */
  public ObservableList<RegisterEntry> rows() {
    return FXCollections.unmodifiableObservableList(rows);
  }

  /** How many organizations are loaded, before filtering. */
  public int total() {
    return entries.size();
  }

  public ObservableList<String> towns() {
    return towns;
  }

  public ObjectProperty<UsccCategory> categoryFilterProperty() {
    return categoryFilter;
  }

  /** The kinds of organization (by code) the register holds, for the type filter. */
  public ObservableList<UsccCategory> categories() {
    return categories;
  }

  public ObjectProperty<RegisterQuery.RatingChoice> ratingFilterProperty() {
    return ratingFilter;
  }

  public ObjectProperty<String> townFilterProperty() {
    return townFilter;
  }

  public ObjectProperty<RegisterQuery.Status> statusFilterProperty() {
    return statusFilter;
  }

  public ObjectProperty<RegisterQuery.AlertChoice> alertFilterProperty() {
    return alertFilter;
  }

  public OrganizationDetailsViewModel details() {
    return detailsViewModel;
  }

  public ObjectProperty<Organization> selectedProperty() {
    return selected;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty codeProperty() {
    return code;
  }

  public StringProperty legalRepresentativeProperty() {
    return legalRepresentative;
  }

  public StringProperty addressProperty() {
    return address;
  }

  public StringProperty phoneProperty() {
    return phone;
  }

  public ObjectProperty<RatingLevel> ratingLevelProperty() {
    return ratingLevel;
  }

  public StringProperty ratingCertificateProperty() {
    return ratingCertificate;
  }

  public StringProperty ratingIssuerProperty() {
    return ratingIssuer;
  }

  public ObjectProperty<LocalDate> ratingGrantedOnProperty() {
    return ratingGrantedOn;
  }

  public BooleanProperty activeProperty() {
    return active;
  }

  public ScreenTasks tasks() {
    return tasks;
  }
}
