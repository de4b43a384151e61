package org.careeval.ui.evaluation;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.project.Project;
import org.careeval.domain.project.ProjectOfficer;
import org.careeval.domain.project.ProjectStatus;
import org.careeval.domain.rubric.CheckItem;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.rubric.Rubric;
import org.careeval.domain.scoring.BidCheck;
import org.careeval.domain.scoring.BidDocument;
import org.careeval.domain.scoring.BidOffer;
import org.careeval.domain.scoring.FinalResult;
import org.careeval.domain.scoring.GivenScore;
import org.careeval.domain.scoring.MemberDraft;
import org.careeval.domain.scoring.OpenedBid;
import org.careeval.domain.scoring.PanelMember;
import org.careeval.domain.scoring.PanelRole;
import org.careeval.domain.scoring.RankedBid;
import org.careeval.domain.scoring.ScoreCheck;
import org.careeval.domain.scoring.ScoreQuery;
import org.careeval.domain.scoring.ScoreValue;
import org.careeval.domain.scoring.Sensitivity;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.service.CareEvalServices;
import org.careeval.service.evaluation.BidService;
import org.careeval.service.evaluation.ScoringService;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.ImportProblemTable;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;
import org.careeval.ui.common.UiExecutor;

/**
 * 评审 (issue 12): one project's evaluation — bids and reviews, the panel and offline sheets (the
 * officer), the scoring grid (an expert on the panel), the score check and signatures. Officers and
 * readers choose among projects under review; an expert sees only projects where they sit.
 */
public final class EvaluationViewModel {

  /** One bid's row of the grid: the points and comment typed for each criterion code. */
  public record GridRow(
      OpenedBid bid, Map<String, StringProperty> points, Map<String, StringProperty> notes) {}

  /** One line of a review checklist being edited. */
  public record ReviewLine(
      BidCheck.Section section,
      String code,
      String content,
      BooleanProperty passed,
      StringProperty reason) {}

  private final CareEvalServices services;
  private final Session session;
  private final DialogService dialogs;
  private final Messages messages;
  private final ScreenTasks tasks;

  private final ObservableList<Project> projects = FXCollections.observableArrayList();
  private final ObservableList<Project> projectsView =
      FXCollections.unmodifiableObservableList(projects);
  private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<ScoringService.View> view = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Rubric> rubric = new ReadOnlyObjectWrapper<>();

  private final ObservableList<BidService.ReviewedBid> bids = FXCollections.observableArrayList();
  private final ObservableList<BidService.ReviewedBid> bidsView =
      FXCollections.unmodifiableObservableList(bids);
  private final ObjectProperty<BidService.ReviewedBid> selectedBid = new SimpleObjectProperty<>();
  private final ObservableList<Organization> register = FXCollections.observableArrayList();
  private final ObservableList<Organization> registerView =
      FXCollections.unmodifiableObservableList(register);
  private final ObjectProperty<Organization> bidOrganization = new SimpleObjectProperty<>();
  private final StringProperty bidName = new SimpleStringProperty("");
  private final StringProperty bidUscc = new SimpleStringProperty("");
  private final StringProperty bidPrice = new SimpleStringProperty("");
  private final StringProperty bidFinalQuote = new SimpleStringProperty("");
  private final BooleanProperty bidSme = new SimpleBooleanProperty(false);
  private final ObservableList<BidDocument> documents = FXCollections.observableArrayList();
  private final ObservableList<BidDocument> documentsView =
      FXCollections.unmodifiableObservableList(documents);
  private final ObservableList<ReviewLine> reviewLines = FXCollections.observableArrayList();
  private final ObservableList<ReviewLine> reviewLinesView =
      FXCollections.unmodifiableObservableList(reviewLines);

  private final ObservableList<PanelMember> panel = FXCollections.observableArrayList();
  private final ObservableList<PanelMember> panelView =
      FXCollections.unmodifiableObservableList(panel);
  private final ObjectProperty<PanelMember> selectedMember = new SimpleObjectProperty<>();
  private final ObservableList<ProjectOfficer> accounts = FXCollections.observableArrayList();
  private final ObservableList<ProjectOfficer> accountsView =
      FXCollections.unmodifiableObservableList(accounts);
  private final StringProperty memberName = new SimpleStringProperty("");
  private final ObjectProperty<PanelRole> memberRole = new SimpleObjectProperty<>(PanelRole.EXPERT);
  private final BooleanProperty memberLeader = new SimpleBooleanProperty(false);
  private final ObjectProperty<ProjectOfficer> memberAccount = new SimpleObjectProperty<>();

  private final ObservableList<GridRow> grid = FXCollections.observableArrayList();
  private final ObservableList<GridRow> gridView = FXCollections.unmodifiableObservableList(grid);
  private final ReadOnlyBooleanWrapper canScore = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper mustDeclare = new ReadOnlyBooleanWrapper(false);

  private final ObservableList<ScoreCheck.Finding> findings = FXCollections.observableArrayList();
  private final ObservableList<ScoreCheck.Finding> findingsView =
      FXCollections.unmodifiableObservableList(findings);
  private final ObservableList<RankedBid> ranked = FXCollections.observableArrayList();
  private final ObservableList<RankedBid> rankedView =
      FXCollections.unmodifiableObservableList(ranked);
  private final ObservableList<Sensitivity.Scenario> sensitivity =
      FXCollections.observableArrayList();
  private final ObservableList<Sensitivity.Scenario> sensitivityView =
      FXCollections.unmodifiableObservableList(sensitivity);
  private final ReadOnlyObjectWrapper<FinalResult> finalized = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper canFinalize = new ReadOnlyBooleanWrapper(false);
  private final ObservableList<ScoreQuery> queries = FXCollections.observableArrayList();
  private final ObservableList<ScoreQuery> queriesView =
      FXCollections.unmodifiableObservableList(queries);
  private final ReadOnlyObjectWrapper<Message> status = new ReadOnlyObjectWrapper<>();

  public EvaluationViewModel(
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
    project.addListener((obs, old, now) -> refresh());
    selectedBid.addListener((obs, old, now) -> showBid(now));
    selectedMember.addListener((obs, old, now) -> showMember(now));
  }

  // ---- who may do what --------------------------------------------------------------------

  /** Officers record bids, reviews, the panel and paper sheets. */
  public boolean canEdit() {
    return session.can(Permission.PROJECT_EDIT);
  }

  /** Officers and readers see the bids; an expert sees only the bids they score. */
  public boolean canReadBids() {
    return session.can(Permission.PROJECT_READ);
  }

  /** True when the signed-in user sits on the chosen project's panel and may still score. */
  public ReadOnlyBooleanProperty canScoreProperty() {
    return canScore.getReadOnlyProperty();
  }

  /** True while the signed-in member must still sign the declaration before scoring. */
  public ReadOnlyBooleanProperty mustDeclareProperty() {
    return mustDeclare.getReadOnlyProperty();
  }

  // ---- loading ----------------------------------------------------------------------------

  public void load() {
    tasks.run(this::readProjects, this::showProjects);
  }

  private List<Project> readProjects() {
    if (!session.can(Permission.PROJECT_READ)) {
      return services.scoring().myProjects(session);
    }
    return services.projects().list(session).stream()
        .filter(
            p ->
                p.status() == ProjectStatus.PUBLISHED
                    || p.status().reviewStarted() && p.status() != ProjectStatus.TERMINATED)
        .toList();
  }

  private void showProjects(List<Project> loaded) {
    Project kept = project.get();
    projects.setAll(loaded);
    Optional<Project> again =
        kept == null
            ? loaded.stream().findFirst()
            : loaded.stream().filter(p -> p.id() == kept.id()).findFirst();
    project.set(again.orElse(null));
    if (again.isPresent() && kept != null) {
      refresh();
    }
  }

  /** Everything about the chosen project, read again. */
  public void refresh() {
    Project p = project.get();
    clearShown();
    if (p == null) {
      view.set(null);
      status.set(Message.of(projects.isEmpty() ? "evaluation.noProjects" : "evaluation.choose"));
      return;
    }
    tasks.run(() -> read(p), this::show);
  }

  /** What one refresh reads in the background. */
  private record Loaded(
      ScoringService.View view,
      List<RankedBid> ranked,
      List<Sensitivity.Scenario> sensitivity,
      Optional<FinalResult> finalized,
      Optional<Rubric> rubric,
      List<BidService.ReviewedBid> bids,
      List<Organization> register,
      List<ProjectOfficer> accounts) {}

  private Loaded read(Project p) {
    Optional<Rubric> rubric =
        canReadBids()
            ? services.rubrics().current(session, p.id()).map(v -> v.rubric())
            : Optional.empty();
    if (rubric.isEmpty() && canReadBids()) {
      return new Loaded(
          null, List.of(), List.of(), Optional.empty(), rubric, List.of(), List.of(), List.of());
    }
    ScoringService.View v = services.scoring().view(session, p.id());
    boolean reader = canReadBids() && v.allSubmitted();
    return new Loaded(
        v,
        v.allSubmitted() ? services.scoring().rank(session, p.id()).ranked() : List.of(),
        reader ? services.evaluations().sensitivity(session, p.id()) : List.of(),
        canReadBids() ? services.evaluations().finalized(session, p.id()) : Optional.empty(),
        rubric,
        canReadBids() ? services.bids().bids(session, p.id()) : List.of(),
        canEdit() ? services.organizations().list(session, "") : List.of(),
        canEdit() ? services.bids().expertAccounts(session) : List.of());
  }

  private void show(Loaded loaded) {
    if (loaded.view() == null) {
      view.set(null);
      status.set(Message.of("evaluation.noRubric"));
      return;
    }
    ScoringService.View v = loaded.view();
    view.set(v);
    rubric.set(loaded.rubric().orElse(null));
    bids.setAll(loaded.bids());
    register.setAll(loaded.register().stream().filter(Organization::active).toList());
    accounts.setAll(loaded.accounts());
    panel.setAll(v.panel());
    findings.setAll(v.findings());
    ranked.setAll(loaded.ranked());
    sensitivity.setAll(loaded.sensitivity());
    finalized.set(loaded.finalized().orElse(null));
    canFinalize.set(
        session.can(Permission.RESULT_FINALIZE) && v.allSigned() && loaded.finalized().isEmpty());
    queries.setAll(v.queries());
    grid.setAll(gridOf(v));
    boolean open = v.me().isPresent() && !v.me().get().submitted() && !v.allSigned();
    mustDeclare.set(open && !v.me().get().declared());
    canScore.set(open && v.me().get().declared());
    status.set(statusOf(v));
  }

  /** Empties the lists while a project is read; the view stays, so the tabs do not jump. */
  private void clearShown() {
    bids.clear();
    panel.clear();
    grid.clear();
    findings.clear();
    ranked.clear();
    sensitivity.clear();
    finalized.set(null);
    canFinalize.set(false);
    queries.clear();
    reviewLines.clear();
    canScore.set(false);
    mustDeclare.set(false);
  }

  private static Message statusOf(ScoringService.View v) {
    long submitted = v.panel().stream().filter(PanelMember::submitted).count();
    long signed = v.panel().stream().filter(PanelMember::signed).count();
    if (v.panel().isEmpty()) {
      return Message.of("evaluation.status.noPanel");
    }
    if (v.allSigned()) {
      return Message.of("evaluation.status.signed", Integer.toString(v.panel().size()));
    }
    if (!v.allSubmitted()) {
      return Message.of(
          "evaluation.status.scoring",
          Long.toString(submitted),
          Integer.toString(v.panel().size()));
    }
    return Message.of(
        "evaluation.status.checking",
        Long.toString(v.blocking()),
        Long.toString(signed),
        Integer.toString(v.panel().size()));
  }

  private static List<GridRow> gridOf(ScoringService.View v) {
    if (v.me().isEmpty()) {
      return List.of();
    }
    Map<Long, Map<String, GivenScore>> mine = v.scores().getOrDefault(v.me().get().id(), Map.of());
    List<GridRow> rows = new ArrayList<>();
    for (OpenedBid bid : v.scoredBids()) {
      Map<String, StringProperty> points = new LinkedHashMap<>();
      Map<String, StringProperty> notes = new LinkedHashMap<>();
      for (Criterion c : v.criteria()) {
        GivenScore given = mine.getOrDefault(bid.id(), Map.of()).get(c.code());
        points.put(
            c.code(),
            new SimpleStringProperty(
                given == null ? "" : given.points().stripTrailingZeros().toPlainString()));
        notes.put(c.code(), new SimpleStringProperty(given == null ? "" : given.note()));
      }
      rows.add(new GridRow(bid, points, notes));
    }
    return rows;
  }

  // ---- bids and reviews -------------------------------------------------------------------

  private void showBid(BidService.ReviewedBid b) {
    reviewLines.clear();
    documents.setAll(b == null ? List.of() : b.documents());
    if (b == null || rubric.get() == null) {
      return;
    }
    bidOrganization.set(
        b.stored()
            .organizationId()
            .flatMap(id -> register.stream().filter(o -> o.id() == id).findFirst())
            .orElse(null));
    bidName.set(b.stored().bid().organization());
    bidUscc.set(b.stored().bid().uscc());
    bidPrice.set(b.stored().bid().quotedPrice().toPlainString());
    bidFinalQuote.set(b.stored().bid().finalQuote().map(BigDecimal::toPlainString).orElse(""));
    bidSme.set(b.stored().bid().smeDeclared());
    addLines(b, BidCheck.Section.QUALIFICATION, rubric.get().qualification());
    addLines(b, BidCheck.Section.CONFORMITY, rubric.get().conformity());
  }

  private void addLines(BidService.ReviewedBid b, BidCheck.Section section, List<CheckItem> items) {
    List<CheckItem> shown =
        items.isEmpty()
            ? List.of(
                new CheckItem(BidService.WHOLE_REVIEW, messages.get("evaluation.review.whole"), ""))
            : items;
    for (CheckItem item : shown) {
      Optional<BidCheck> recorded =
          b.checks().stream()
              .filter(c -> c.section() == section && c.itemCode().equals(item.code()))
              .findFirst();
      reviewLines.add(
          new ReviewLine(
              section,
              item.code(),
              item.content(),
              new SimpleBooleanProperty(recorded.map(BidCheck::passed).orElse(true)),
              new SimpleStringProperty(recorded.map(BidCheck::reason).orElse(""))));
    }
  }

  /** Clears the bid form for a new bid. */
  public void newBid() {
    selectedBid.set(null);
    bidOrganization.set(null);
    bidName.set("");
    bidUscc.set("");
    bidPrice.set("");
    bidFinalQuote.set("");
    bidSme.set(false);
  }

  private BidOffer offer() {
    Organization o = bidOrganization.get();
    return new BidOffer(
        Optional.ofNullable(o).map(Organization::id),
        o == null ? bidName.get() : o.name(),
        o == null ? bidUscc.get() : o.code().value(),
        bidPrice.get(),
        bidFinalQuote.get(),
        bidSme.get());
  }

  /** Adds the typed bid, or saves the changes to the selected one. */
  public void saveBid() {
    Project p = project.get();
    if (p == null) {
      return;
    }
    BidService.ReviewedBid selected = selectedBid.get();
    BidOffer offer = offer();
    tasks.run(
        () -> {
          if (selected == null) {
            services.bids().addBid(session, p.id(), offer);
          } else {
            services.bids().updateBid(session, selected.stored().id(), offer);
          }
          return offer.name();
        },
        name -> done(Message.of("evaluation.bid.saved", name)));
  }

  public void removeBid() {
    BidService.ReviewedBid selected = selectedBid.get();
    if (selected == null
        || !dialogs.confirm(
            messages.get("evaluation.bid.remove.title"),
            messages.get("evaluation.bid.remove.message", selected.stored().bid().organization()),
            messages.get("evaluation.bid.remove.confirm"))) {
      return;
    }
    tasks.run(
        () -> {
          services.bids().removeBid(session, selected.stored().id());
          return selected.stored().bid().organization();
        },
        name -> done(Message.of("evaluation.bid.removed", name)));
  }

  /** Keeps a copy of a file the officer picks with the selected bid. */
  public void addDocument() {
    BidService.ReviewedBid selected = selectedBid.get();
    if (selected == null) {
      return;
    }
    dialogs
        .chooseOpenFile(
            messages.get("evaluation.documents.addTitle"), messages.get("common.file.any"), "*")
        .ifPresent(
            file ->
                tasks.run(
                    () -> services.bids().addDocument(session, selected.stored().id(), file),
                    added -> done(Message.of("evaluation.documents.added", added.fileName()))));
  }

  /** Saves a copy of one of the selected bid's documents where the user chooses. */
  public void saveDocument(BidDocument document) {
    BidService.ReviewedBid selected = selectedBid.get();
    if (selected == null || document == null) {
      return;
    }
    String name = document.fileName();
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "*";
    dialogs
        .chooseSaveFile(
            messages.get("evaluation.documents.saveTitle"),
            name,
            messages.get("common.file.any"),
            extension)
        .ifPresent(
            target ->
                tasks.run(
                    () -> {
                      services
                          .bids()
                          .saveDocument(session, selected.stored().id(), document.id(), target);
                      return target;
                    },
                    saved -> tasks.succeed(Message.of("evaluation.documents.saved", saved))));
  }

  /** Saves both reviews of the selected bid as ticked. */
  public void saveReviews() {
    BidService.ReviewedBid selected = selectedBid.get();
    if (selected == null) {
      return;
    }
    Map<BidCheck.Section, List<BidCheck>> bySection = new LinkedHashMap<>();
    for (ReviewLine line : reviewLines) {
      bySection
          .computeIfAbsent(line.section(), s -> new ArrayList<>())
          .add(new BidCheck(line.section(), line.code(), line.passed().get(), line.reason().get()));
    }
    tasks.run(
        () -> {
          for (Map.Entry<BidCheck.Section, List<BidCheck>> e : bySection.entrySet()) {
            services.bids().review(session, selected.stored().id(), e.getKey(), e.getValue());
          }
          return selected.stored().bid().organization();
        },
        name -> done(Message.of("evaluation.review.saved", name)));
  }

  // ---- the panel --------------------------------------------------------------------------

  private void showMember(PanelMember m) {
    memberName.set(m == null ? "" : m.name());
    memberRole.set(m == null ? PanelRole.EXPERT : m.role());
    memberLeader.set(m != null && m.leader());
    memberAccount.set(
        m == null
            ? null
            : m.username()
                .flatMap(u -> accounts.stream().filter(a -> a.username().equals(u)).findFirst())
                .orElse(null));
  }

  public void newMember() {
    selectedMember.set(null);
    showMember(null);
  }

  public void saveMember() {
    Project p = project.get();
    if (p == null) {
      return;
    }
    PanelMember selected = selectedMember.get();
    MemberDraft draft =
        new MemberDraft(
            memberName.get(),
            memberRole.get() == null ? PanelRole.EXPERT : memberRole.get(),
            memberLeader.get(),
            Optional.ofNullable(memberAccount.get()).map(ProjectOfficer::username));
    tasks.run(
        () -> {
          if (selected == null) {
            services.bids().addMember(session, p.id(), draft);
          } else {
            services.bids().updateMember(session, selected.id(), draft);
          }
          return draft.name();
        },
        name -> done(Message.of("evaluation.member.saved", name)));
  }

  public void removeMember() {
    PanelMember selected = selectedMember.get();
    if (selected == null) {
      return;
    }
    tasks.run(
        () -> {
          services.bids().removeMember(session, selected.id());
          return selected.name();
        },
        name -> done(Message.of("evaluation.member.removed", name)));
  }

  /** Writes one score sheet per member still to submit into a folder the officer picks. */
  public void exportSheets() {
    Project p = project.get();
    if (p == null) {
      return;
    }
    dialogs
        .chooseFolder(messages.get("evaluation.sheets.export.title"))
        .ifPresent(
            folder ->
                tasks.run(
                    () -> services.scoring().exportSheets(session, p.id(), folder),
                    written ->
                        tasks.succeed(
                            Message.of(
                                "evaluation.sheets.exported",
                                Integer.toString(written.size()),
                                folder))));
  }

  /** Imports the filled sheets the officer picks, all or nothing; problems listed in a dialog. */
  public void importSheets() {
    Project p = project.get();
    if (p == null) {
      return;
    }
    List<Path> files =
        dialogs.chooseOpenFiles(
            messages.get("evaluation.sheets.import.title"),
            messages.get("common.file.excel"),
            "xlsx");
    if (files.isEmpty()) {
      return;
    }
    tasks.run(
        () -> services.scoring().importSheets(session, p.id(), files),
        result -> {
          if (!result.accepted()) {
            tasks.fail(Message.of("evaluation.sheets.rejected", result.problems().size()));
            ImportProblemTable.show(
                dialogs,
                messages,
                messages.get("evaluation.sheets.import.title"),
                messages.get("evaluation.sheets.rejected", result.problems().size()),
                result.problems());
            return;
          }
          done(Message.of("evaluation.sheets.imported", String.join("、", result.members())));
        });
  }

  // ---- the member's grid ------------------------------------------------------------------

  /** Why a typed score is refused, or empty when it is fine (blank is fine in a draft). */
  public Optional<String> problemOf(Criterion criterion, String typed) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    return ScoreValue.parse(criterion, typed)
        .problem()
        .map(p -> messages.get(p.key(), p.arguments().toArray()));
  }

  /** The member signs the declaration of no tie to any bidder, after confirming its words. */
  public void declare() {
    Project p = project.get();
    Optional<PanelMember> me = Optional.ofNullable(view.get()).flatMap(ScoringService.View::me);
    if (p == null
        || me.isEmpty()
        || !dialogs.confirm(
            messages.get("evaluation.declaration.title"),
            messages.get("evaluation.declaration.text", p.name()),
            messages.get("evaluation.declaration.sign"))) {
      return;
    }
    tasks.run(
        () -> {
          services.seating().declare(session, p.id(), me.get().id());
          return p.name();
        },
        name -> done(Message.of("evaluation.declared", name)));
  }

  /** The member declares 回避 with the reason typed and leaves the panel; the seat is refilled. */
  public void recuse() {
    Project p = project.get();
    Optional<PanelMember> me = Optional.ofNullable(view.get()).flatMap(ScoringService.View::me);
    if (p == null || me.isEmpty()) {
      return;
    }
    dialogs
        .askText(
            messages.get("evaluation.recuse.title"),
            messages.get("evaluation.recuse.message", p.name()),
            messages.get("evaluation.declaration.recuse"))
        .ifPresent(
            reason ->
                tasks.run(
                    () -> services.seating().recuse(session, p.id(), me.get().id(), reason),
                    replaced -> {
                      tasks.succeed(Message.of("evaluation.recused", p.name()));
                      load();
                    }));
  }

  public void saveDraft() {
    Project p = project.get();
    if (p == null || !canScore.get()) {
      return;
    }
    Map<Long, Map<String, ScoringService.Entry>> entries = entries();
    tasks.run(
        () -> {
          services.scoring().saveDraft(session, p.id(), entries);
          return p.name();
        },
        name -> done(Message.of("evaluation.grid.saved", name)));
  }

  /** Saves the grid, then submits it after the member confirms that scores cannot change. */
  public void submit() {
    Project p = project.get();
    if (p == null
        || !canScore.get()
        || !dialogs.confirm(
            messages.get("evaluation.grid.submit.title"),
            messages.get("evaluation.grid.submit.message", p.name()),
            messages.get("evaluation.grid.submit.confirm"))) {
      return;
    }
    Map<Long, Map<String, ScoringService.Entry>> entries = entries();
    tasks.run(
        () -> {
          services.scoring().saveDraft(session, p.id(), entries);
          services.scoring().submit(session, p.id());
          return p.name();
        },
        name -> done(Message.of("evaluation.grid.submitted", name)));
  }

  private Map<Long, Map<String, ScoringService.Entry>> entries() {
    Map<Long, Map<String, ScoringService.Entry>> entries = new LinkedHashMap<>();
    for (GridRow row : grid) {
      Map<String, ScoringService.Entry> byCode = new LinkedHashMap<>();
      row.points()
          .forEach(
              (code, points) ->
                  byCode.put(
                      code, new ScoringService.Entry(points.get(), row.notes().get(code).get())));
      entries.put(row.bid().id(), byCode);
    }
    return entries;
  }

  // ---- the score check and signatures -----------------------------------------------------

  /** Sends a listed item back to its member with the question typed in a dialog. */
  public void sendBack(ScoreCheck.Finding finding) {
    Project p = project.get();
    if (p == null || finding == null) {
      return;
    }
    dialogs
        .askText(
            messages.get("evaluation.check.sendBack.title"),
            messages.get("evaluation.check.sendBack.message", memberName(finding.member())),
            messages.get("evaluation.check.sendBack.confirm"))
        .ifPresent(
            question ->
                tasks.run(
                    () ->
                        services
                            .scoring()
                            .sendBack(
                                session,
                                p.id(),
                                finding.member(),
                                finding.bid(),
                                finding.criterion(),
                                finding.kind(),
                                question),
                    id ->
                        done(
                            Message.of(
                                "evaluation.check.sentBack", memberName(finding.member())))));
  }

  /**
   * Answers a query: with {@code points} typed, a correction; blank, a confirmation (a score far
   * from the median only). The reason is asked in a dialog.
   */
  public void answer(ScoreQuery query, String points) {
    Project p = project.get();
    if (p == null || query == null) {
      return;
    }
    Optional<String> corrected = Optional.ofNullable(points).filter(t -> !t.isBlank());
    dialogs
        .askText(
            messages.get("evaluation.check.answer.title"),
            messages.get(
                corrected.isPresent()
                    ? "evaluation.check.answer.correct"
                    : "evaluation.check.answer.confirm"),
            messages.get("evaluation.check.answer.action"))
        .ifPresent(
            reason ->
                tasks.run(
                    () -> {
                      services.scoring().answer(session, p.id(), query.id(), corrected, reason);
                      return memberName(query.member());
                    },
                    name -> done(Message.of("evaluation.check.answered", name))));
  }

  /** Records the member's signature after they confirm the checked result. */
  public void sign(PanelMember member) {
    Project p = project.get();
    if (p == null
        || member == null
        || !dialogs.confirm(
            messages.get("evaluation.sign.title"),
            messages.get("evaluation.sign.message", member.name(), p.name()),
            messages.get("evaluation.sign.confirm"))) {
      return;
    }
    tasks.run(
        () -> {
          services.scoring().sign(session, p.id(), member.id());
          return member.name();
        },
        name -> done(Message.of("evaluation.signed", name)));
  }

  /** Locks the signed result after the supervisor confirms; its hash is shown from then on. */
  public void finalizeResult() {
    Project p = project.get();
    if (p == null
        || !canFinalize.get()
        || !dialogs.confirm(
            messages.get("evaluation.finalize.title"),
            messages.get("evaluation.finalize.message", p.name()),
            messages.get("evaluation.finalize.confirm"))) {
      return;
    }
    tasks.run(
        () -> services.evaluations().finalizeResult(session, p.id()),
        result -> done(Message.of("evaluation.finalized", result.shortHash())));
  }

  /** Writes the scoring summary workbook where the user chooses. */
  public void exportSummary() {
    Project p = project.get();
    if (p == null) {
      return;
    }
    dialogs
        .chooseSaveFile(
            messages.get("evaluation.summary.title"),
            messages.get("evaluation.summary.fileName", Long.toString(p.id())),
            messages.get("common.file.excel"),
            "xlsx")
        .ifPresent(
            file ->
                tasks.run(
                    () -> {
                      services.evaluations().exportSummary(session, p.id(), file);
                      return file;
                    },
                    saved -> tasks.succeed(Message.of("evaluation.summary.done", saved))));
  }

  /** A member's name as the lists show it. */
  public String memberName(long memberId) {
    return panel.stream()
        .filter(m -> m.id() == memberId)
        .map(PanelMember::name)
        .findFirst()
        .orElse("");
  }

  /** A bid's organization as the lists show it. */
  public String bidName(long bidId) {
    ScoringService.View v = view.get();
    return v == null
        ? ""
        : v.scoredBids().stream()
            .filter(b -> b.id() == bidId)
            .map(b -> b.bid().organization())
            .findFirst()
            .orElse("");
  }

  private void done(Message message) {
    refresh();
    tasks.succeed(message);
  }

  // ---- properties ---------------------------------------------------------------------------

  public ObservableList<Project> projects() {
    return projectsView;
  }

  public ObjectProperty<Project> projectProperty() {
    return project;
  }

  public ReadOnlyObjectProperty<ScoringService.View> viewProperty() {
    return view.getReadOnlyProperty();
  }

  public ObservableList<BidService.ReviewedBid> bids() {
    return bidsView;
  }

  public ObjectProperty<BidService.ReviewedBid> selectedBidProperty() {
    return selectedBid;
  }

  public ObservableList<Organization> register() {
    return registerView;
  }

  public ObjectProperty<Organization> bidOrganizationProperty() {
    return bidOrganization;
  }

  public StringProperty bidNameProperty() {
    return bidName;
  }

  public StringProperty bidUsccProperty() {
    return bidUscc;
  }

  public StringProperty bidPriceProperty() {
    return bidPrice;
  }

  public StringProperty bidFinalQuoteProperty() {
    return bidFinalQuote;
  }

  public BooleanProperty bidSmeProperty() {
    return bidSme;
  }

  /** The documents of the selected bid. */
  public ObservableList<BidDocument> documents() {
    return documentsView;
  }

  public ObservableList<ReviewLine> reviewLines() {
    return reviewLinesView;
  }

  public ObservableList<PanelMember> panel() {
    return panelView;
  }

  public ObjectProperty<PanelMember> selectedMemberProperty() {
    return selectedMember;
  }

  public ObservableList<ProjectOfficer> accounts() {
    return accountsView;
  }

  public StringProperty memberNameProperty() {
    return memberName;
  }

  public ObjectProperty<PanelRole> memberRoleProperty() {
    return memberRole;
  }

  public BooleanProperty memberLeaderProperty() {
    return memberLeader;
  }

  public ObjectProperty<ProjectOfficer> memberAccountProperty() {
    return memberAccount;
  }

  public ObservableList<GridRow> grid() {
    return gridView;
  }

  public ObservableList<ScoreCheck.Finding> findings() {
    return findingsView;
  }

  /** The ranking as it stands once every member has submitted; recomputed after each answer. */
  public ObservableList<RankedBid> ranked() {
    return rankedView;
  }

  /** The sensitivity check (other rule, each member left out), once all have submitted. */
  public ObservableList<Sensitivity.Scenario> sensitivity() {
    return sensitivityView;
  }

  /** The finalized result, or null while it is not finalized. */
  public ReadOnlyObjectProperty<FinalResult> finalizedProperty() {
    return finalized.getReadOnlyProperty();
  }

  /** True for a supervisor when every member has signed and the result is not locked yet. */
  public ReadOnlyBooleanProperty canFinalizeProperty() {
    return canFinalize.getReadOnlyProperty();
  }

  public ObservableList<ScoreQuery> queries() {
    return queriesView;
  }

  public ReadOnlyObjectProperty<Message> statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ScreenTasks tasks() {
    return tasks;
  }
}
