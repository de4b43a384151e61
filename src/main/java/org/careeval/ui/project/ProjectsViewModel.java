package org.careeval.ui.project;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.Problem;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.place.Place;
import org.careeval.domain.procurement.ProcurementMethod;
import org.careeval.domain.project.Project;
import org.careeval.domain.project.ProjectDraft;
import org.careeval.domain.project.ProjectOfficer;
import org.careeval.domain.project.ProjectStatus;
import org.careeval.domain.project.ServiceCategory;
import org.careeval.domain.project.TargetGroup;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.service.i18n.Messages;
import org.careeval.service.organization.OrganizationService;
import org.careeval.service.place.PlaceService;
import org.careeval.service.project.ProjectService;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.LeaveGuard;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;
import org.careeval.ui.common.UiExecutor;
import org.careeval.ui.common.UnsavedChanges;

/**
 * Purchase projects: the list with its filters, one form that creates a project (nothing selected)
 * or edits the selected one, and the status steps with what each still lacks.
 */
public final class ProjectsViewModel {

  /** What the list, the form's choices and the award choice are loaded from. */
  private record Loaded(
      List<Project> projects,
      List<ServiceCategory> categories,
      List<Place> places,
      List<Organization> organizations,
      List<ProjectOfficer> officers) {}

  private final ProjectService projects;
  private final PlaceService placeService;
  private final OrganizationService organizations;
  private final Session session;
  private final Messages messages;
  private final DialogService dialogs;
  private final LocalDate today;
  private final ScreenTasks tasks;
  private final ObservableList<Project> all = FXCollections.observableArrayList();
  private final FilteredList<Project> shown = new FilteredList<>(all);
  private final ObservableList<ServiceCategory> categories = FXCollections.observableArrayList();
  private final ObservableList<ServiceCategory> categoriesView =
      FXCollections.unmodifiableObservableList(categories);
  private final ObservableList<Place> places = FXCollections.observableArrayList();
  private final ObservableList<Place> placesView = FXCollections.unmodifiableObservableList(places);
  private final ObservableList<Organization> candidates = FXCollections.observableArrayList();
  private final ObservableList<Organization> candidatesView =
      FXCollections.unmodifiableObservableList(candidates);
  private final ObservableList<ProjectOfficer> officers = FXCollections.observableArrayList();
  private final ObservableList<ProjectOfficer> officersView =
      FXCollections.unmodifiableObservableList(officers);
  private final ObjectProperty<Project> selected = new SimpleObjectProperty<>();
  private final StringProperty search = new SimpleStringProperty("");
  private final ObjectProperty<ProjectStatus> statusFilter = new SimpleObjectProperty<>();
  private final ObservableMap<ProjectStatus, List<LocalizedText>> readiness =
      FXCollections.observableMap(new EnumMap<>(ProjectStatus.class));
  private final ObservableMap<ProjectStatus, List<LocalizedText>> readinessView =
      FXCollections.unmodifiableObservableMap(readiness);
  private final ObservableMap<String, Message> fieldProblems = FXCollections.observableHashMap();
  private final ObservableMap<String, Message> fieldProblemsView =
      FXCollections.unmodifiableObservableMap(fieldProblems);
  private final ReadOnlyObjectWrapper<Message> formTitle = new ReadOnlyObjectWrapper<>();
  private final ProjectForm form = new ProjectForm();
  private final UnsavedChanges unsaved;
  private LeaveGuard alsoAsk = LeaveGuard.NONE;

  public ProjectsViewModel(
      ProjectService projects,
      PlaceService placeService,
      OrganizationService organizations,
      Session session,
      UiExecutor executor,
      DialogService dialogs,
      Messages messages,
      LocalDate today) {
    this.projects = projects;
    this.placeService = placeService;
    this.organizations = organizations;
    this.session = session;
    this.dialogs = dialogs;
    this.messages = messages;
    this.today = today;
    this.tasks = new ScreenTasks(executor);
    this.unsaved = new UnsavedChanges(form.dirty, dialogs, messages, this::saveThen, this::discard);
    search.addListener(changed -> refilter());
    statusFilter.addListener(changed -> refilter());
    selected.addListener((obs, old, now) -> showSelected(old, now));
    form.show(Optional.empty(), today.getYear(), session.username());
    formTitle.set(Message.of("project.form.newTitle"));
    for (javafx.beans.Observable field :
        List.of(form.year, form.name, form.budget, form.termStart, form.termEnd)) {
      field.addListener(changed -> fieldProblems.clear());
    }
  }

  /** Loads the projects, the catalogue, the places and (for the award) the register. */
  public void load() {
    tasks.run(
        () ->
            new Loaded(
                projects.list(session),
                projects.categories(session),
                placeService.list(session),
                session.can(Permission.ORGANIZATION_READ)
                    ? organizations.list(session, "")
                    : List.of(),
                projects.officers(session)),
        this::show);
  }

  private void show(Loaded loaded) {
    categories.setAll(loaded.categories().stream().filter(ServiceCategory::active).toList());
    places.setAll(loaded.places().stream().filter(Place::active).toList());
    candidates.setAll(loaded.organizations().stream().filter(Organization::active).toList());
    officers.setAll(loaded.officers());
    replaceProjects(loaded.projects());
  }

  private void replaceProjects(List<Project> list) {
    Long keep = selected.get() == null ? null : selected.get().id();
    all.setAll(list);
    selected.set(
        list.stream().filter(p -> keep != null && p.id() == keep).findFirst().orElse(null));
  }

  private void refilter() {
    String text = search.get().strip();
    ProjectStatus status = statusFilter.get();
    shown.setPredicate(
        p ->
            (status == null || p.status() == status)
                && (text.isEmpty()
                    || p.name().contains(text)
                    || Integer.toString(p.fiscalYear()).equals(text)));
  }

  private void showSelected(Project old, Project now) {
    boolean another = old == null || now == null || old.id() != now.id();
    if (another) {
      tasks.clear();
    }
    fieldProblems.clear();
    form.show(Optional.ofNullable(now), today.getYear(), session.username());
    formTitle.set(
        now == null
            ? Message.of("project.form.newTitle")
            : Message.of("project.form.editTitle", now.name()));
    readiness.clear();
    if (now != null) {
      tasks.run(() -> projects.readiness(session, now.id()), readiness::putAll);
    }
  }

  /**
   * Shows another project in the form, after asking about unsaved changes.
   *
   * @return false when the form stays on the project it shows
   */
  public boolean select(Project target) {
    Project shown = selected.get();
    if (shown == target || shown != null && target != null && shown.id() == target.id()) {
      return true;
    }
    if (!mayLeave(() -> selected.set(target))) {
      return false;
    }
    selected.set(target);
    return true;
  }

  /**
   * Leaving the project shown (another row, New, another screen) asks about the project form and
   * then about whatever else shows this project with unsaved edits (the rubric being edited).
   */
  public boolean mayLeave(Runnable thenLeave) {
    return unsaved.mayLeave(
            () -> {
              if (alsoAsk.mayLeave(thenLeave)) {
                thenLeave.run();
              }
            })
        && alsoAsk.mayLeave(thenLeave);
  }

  /** Another guard asked before the project shown changes (the rubric tab's). */
  public void alsoAsk(LeaveGuard guard) {
    this.alsoAsk = guard;
  }

  /** Esc: asks about unsaved changes, then puts the form back to what is saved. */
  public void cancelEdit() {
    if (unsaved.mayLeave(() -> {})) {
      discard();
    }
  }

  /** Starts a new project (after asking about unsaved changes). */
  public void startNew() {
    if (mayLeave(() -> selected.set(null))) {
      selected.set(null);
    }
  }

  /** Saves the form: a new project, or the selected one. */
  public void save() {
    saveThen(() -> {});
  }

  private void saveThen(Runnable then) {
    Project editing = selected.get();
    ProjectDraft draft = form.draft();
    List<Problem> problems = draft.check();
    if (!problems.isEmpty()) {
      problems.forEach(
          p ->
              fieldProblems.putIfAbsent(
                  p.field(), new Message(p.reason().key(), p.reason().arguments())));
      tasks.fail(new Message(problems.get(0).reason().key(), problems.get(0).reason().arguments()));
      return;
    }
    Callable<Project> work =
        editing == null
            ? () -> projects.create(session, draft)
            : () -> projects.update(session, editing.id(), editing.version(), draft);
    tasks.run(
        work,
        saved -> {
          reloadSelecting(
              saved,
              Message.of(
                  editing == null ? "project.saved.created" : "project.saved.updated",
                  saved.name()));
          then.run();
        });
  }

  private void discard() {
    form.show(Optional.ofNullable(selected.get()), today.getYear(), session.username());
    fieldProblems.clear();
  }

  /**
   * Moves the selected project to {@code target}: endings ask for the reason, 已定标 for the
   * organization awarded; a refusal says everything that is missing.
   */
  public void changeStatus(ProjectStatus target, Optional<Organization> awarded) {
    Project project = selected.get();
    if (project == null) {
      return;
    }
    String reason = "";
    if (target.needsReason()) {
      Optional<String> typed =
          dialogs.askText(
              messages.get("project.status.reasonTitle", messages.get(target.labelKey())),
              messages.get("project.status.reasonMessage", project.name()),
              messages.get(target.labelKey()));
      if (typed.isEmpty()) {
        return;
      }
      reason = typed.get();
    }
    String why = reason;
    tasks.run(
        () ->
            projects.changeStatus(
                session,
                project.id(),
                project.version(),
                target,
                why,
                awarded.map(Organization::id)),
        moved ->
            reloadSelecting(
                moved,
                Message.of(
                    "project.saved.status", moved.name(), new LocalizedText(target.labelKey()))));
  }

  private void reloadSelecting(Project project, Message done) {
    tasks.run(
        () -> projects.list(session),
        list -> {
          all.setAll(list);
          selected.set(list.stream().filter(p -> p.id() == project.id()).findFirst().orElse(null));
          tasks.succeed(done);
        });
  }

  public ObservableList<Project> projects() {
    return shown;
  }

  public ObservableList<ServiceCategory> categories() {
    return categoriesView;
  }

  public ObservableList<Place> places() {
    return placesView;
  }

  public ObservableList<Organization> candidates() {
    return candidatesView;
  }

  /** The active officers a project may name as responsible. */
  public ObservableList<ProjectOfficer> officers() {
    return officersView;
  }

  public ObjectProperty<Project> selectedProperty() {
    return selected;
  }

  public StringProperty searchProperty() {
    return search;
  }

  public ObjectProperty<ProjectStatus> statusFilterProperty() {
    return statusFilter;
  }

  /** For each status the selected project may move to, what it still lacks (empty: ready). */
  public ObservableMap<ProjectStatus, List<LocalizedText>> readiness() {
    return readinessView;
  }

  /**
   * What the selected project still lacks for {@code target}, as the status step lists it: the
   * organization awarded is chosen in the 已定标 step itself, so it is not listed as missing there.
   */
  public List<LocalizedText> stillMissing(ProjectStatus target) {
    return readiness.getOrDefault(target, List.of()).stream()
        .filter(m -> !(target == ProjectStatus.AWARDED && m.key().equals("error.project.noAward")))
        .toList();
  }

  public ObservableMap<String, Message> fieldProblems() {
    return fieldProblemsView;
  }

  public ReadOnlyObjectProperty<Message> formTitleProperty() {
    return formTitle.getReadOnlyProperty();
  }

  public StringProperty yearProperty() {
    return form.year;
  }

  public StringProperty nameProperty() {
    return form.name;
  }

  public StringProperty budgetProperty() {
    return form.budget;
  }

  public ObjectProperty<ProcurementMethod> methodProperty() {
    return form.method;
  }

  public ObjectProperty<LocalDate> termStartProperty() {
    return form.termStart;
  }

  public ObjectProperty<LocalDate> termEndProperty() {
    return form.termEnd;
  }

  public StringProperty officerProperty() {
    return form.officer;
  }

  public ObservableSet<Long> chosenCategories() {
    return form.categories;
  }

  public ObservableSet<Long> chosenPlaces() {
    return form.places;
  }

  public ObservableSet<TargetGroup> chosenGroups() {
    return form.groups;
  }

  /** True when the signed-in user may create and change projects. */
  public boolean canEdit() {
    return session.can(Permission.PROJECT_EDIT);
  }

  public ScreenTasks tasks() {
    return tasks;
  }
}
