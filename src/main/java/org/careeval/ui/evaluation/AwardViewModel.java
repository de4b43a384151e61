package org.careeval.ui.evaluation;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.award.AwardOffer;
import org.careeval.domain.award.AwardOrder;
import org.careeval.domain.project.Project;
import org.careeval.domain.project.ProjectStatus;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.service.CareEvalServices;
import org.careeval.service.evaluation.AwardService;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;

/**
 * The 定标 tab: the candidates of the finalized result in the recommended order with each offer's
 * outcome, the award to the next one (a choice only among candidates tied at that rank), the
 * refusal to sign with its reason, the notice text to copy, and 废标 when no candidate is left.
 */
public final class AwardViewModel {

  /** A candidate as the tab lists it, with the last offer made to it, if any. */
  public record Row(AwardOrder.Candidate candidate, Optional<AwardOffer> offer) {}

  static final String DEFAULT_BUYER = "县民政局";

  private final CareEvalServices services;
  private final Session session;
  private final ScreenTasks tasks;
  private final DialogService dialogs;
  private final Messages messages;
  private final ObjectProperty<Project> project;
  private final Runnable projectChanged;
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ObservableList<AwardOrder.Candidate> next = FXCollections.observableArrayList();
  private final ObjectProperty<AwardOrder.Candidate> chosen = new SimpleObjectProperty<>();
  private final StringProperty buyer = new SimpleStringProperty(DEFAULT_BUYER);
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<AwardService.AwardState> state =
      new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper canAward = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canRefuse = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canFail = new ReadOnlyBooleanWrapper();

  /**
   * @param project the project chosen on the screen
   * @param projectChanged what to run when an award changed the project's status
   */
  public AwardViewModel(
      CareEvalServices services,
      Session session,
      ScreenTasks tasks,
      DialogService dialogs,
      Messages messages,
      ObjectProperty<Project> project,
      Runnable projectChanged) {
    this.services = services;
    this.session = session;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.messages = messages;
    this.project = project;
    this.projectChanged = projectChanged;
  }

  /** True for the supervisor, who decides the award. */
  public boolean canDecide() {
    return session.can(Permission.AWARD_DECIDE);
  }

  /** Reads the chosen project's award again (after finalizing, or when another is chosen). */
  public void refresh() {
    Project p = project.get();
    if (p == null || !session.can(Permission.PROJECT_READ)) {
      show(p, Optional.empty(), "");
      return;
    }
    tasks.run(
        () -> {
          AwardService.AwardState s = services.awards().state(session, p.id());
          boolean standing =
              s.offers().stream()
                  .anyMatch(o -> o.outcome() != org.careeval.domain.award.AwardOutcome.REFUSED);
          return new Loaded(s, standing ? services.awards().notice(session, p.id()) : "");
        },
        loaded -> show(p, Optional.of(loaded.state()), loaded.notice()));
  }

  private record Loaded(AwardService.AwardState state, String notice) {}

  private void show(Project p, Optional<AwardService.AwardState> loaded, String text) {
    state.set(loaded.orElse(null));
    notice.set(text);
    rows.setAll(loaded.map(AwardViewModel::rows).orElse(List.of()));
    List<AwardOrder.Candidate> left = loaded.map(AwardService.AwardState::left).orElse(List.of());
    List<AwardOrder.Candidate> atNextRank =
        left.isEmpty()
            ? List.of()
            : left.stream().filter(c -> c.rank() == left.get(0).rank()).toList();
    next.setAll(atNextRank);
    chosen.set(atNextRank.size() == 1 ? atNextRank.get(0) : null);
    loaded
        .flatMap(s -> s.offers().stream().reduce((a, b) -> b))
        .ifPresent(o -> buyer.set(o.buyer()));
    boolean open = loaded.flatMap(AwardService.AwardState::open).isPresent();
    boolean finalized = loaded.flatMap(AwardService.AwardState::result).isPresent();
    boolean underReview = p != null && p.status() == ProjectStatus.UNDER_REVIEW;
    canAward.set(canDecide() && finalized && underReview && !open && !atNextRank.isEmpty());
    canRefuse.set(canDecide() && open);
    canFail.set(
        session.can(Permission.PROJECT_EDIT)
            && finalized
            && underReview
            && !open
            && left.isEmpty()
            && loaded.map(s -> !s.offers().isEmpty()).orElse(false));
  }

  private static List<Row> rows(AwardService.AwardState s) {
    return s.candidates().stream()
        .map(
            c ->
                new Row(
                    c, s.offers().stream().filter(o -> o.bidId() == c.bidId()).reduce((a, b) -> b)))
        .toList();
  }

  /** Offers the contract to the candidate chosen (the next one) after the supervisor confirms. */
  public void award() {
    Project p = project.get();
    AwardOrder.Candidate candidate = chosen.get();
    if (p == null || candidate == null || !canAward.get()) {
      return;
    }
    if (!dialogs.confirm(
        messages.get("award.confirm.title"),
        messages.get(
            "award.confirm.message",
            candidate.organization(),
            Integer.toString(candidate.rank()),
            p.name()),
        messages.get("award.confirm.action"))) {
      return;
    }
    Optional<Long> tied = next.size() > 1 ? Optional.of(candidate.bidId()) : Optional.empty();
    String named = buyer.get();
    tasks.run(
        () -> services.awards().award(session, p.id(), named, tied),
        offer -> {
          tasks.succeed(Message.of("award.done", offer.organization()));
          projectChanged.run();
        });
  }

  /** Records, with the reason typed, that the organization awarded refused to sign. */
  public void refuse() {
    Project p = project.get();
    Optional<AwardOffer> open =
        Optional.ofNullable(state.get()).flatMap(AwardService.AwardState::open);
    if (p == null || open.isEmpty()) {
      return;
    }
    dialogs
        .askText(
            messages.get("award.refuse.title"),
            messages.get("award.refuse.message", open.get().organization()),
            messages.get("award.refuse.action"))
        .ifPresent(
            reason ->
                tasks.run(
                    () -> services.awards().refuse(session, p.id(), reason),
                    following -> {
                      tasks.succeed(
                          following
                              .map(c -> Message.of("award.refused.next", c.organization()))
                              .orElse(Message.of("award.refused.none")));
                      projectChanged.run();
                    }));
  }

  /** Ends the procurement as failed (废标) once no candidate is left, with the reason typed. */
  public void fail() {
    Project p = project.get();
    if (p == null || !canFail.get()) {
      return;
    }
    dialogs
        .askText(
            messages.get("award.fail.title"),
            messages.get("award.fail.message", p.name()),
            messages.get("project.status.failed"))
        .ifPresent(
            reason ->
                tasks.run(
                    () ->
                        services
                            .projects()
                            .changeStatus(
                                session,
                                p.id(),
                                p.version(),
                                ProjectStatus.FAILED,
                                reason,
                                Optional.empty()),
                    failed -> {
                      tasks.succeed(Message.of("award.failed", failed.name()));
                      projectChanged.run();
                    }));
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  /** The candidates at the rank to be offered next: one, or several tied. */
  public ObservableList<AwardOrder.Candidate> next() {
    return next;
  }

  public ObjectProperty<AwardOrder.Candidate> chosenProperty() {
    return chosen;
  }

  public StringProperty buyerProperty() {
    return buyer;
  }

  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<AwardService.AwardState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canAwardProperty() {
    return canAward.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRefuseProperty() {
    return canRefuse.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canFailProperty() {
    return canFail.getReadOnlyProperty();
  }
}
