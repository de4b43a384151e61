package org.careeval.ui.evaluation;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.project.Project;
import org.careeval.domain.scoring.ReReview;
import org.careeval.domain.scoring.ResultTable;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.service.CareEvalServices;
import org.careeval.service.evaluation.ScoringService;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;

/**
 * 复议 in the score check tab: the project's requests with their state and both hashes; the officer
 * asks for one once every member has signed, the supervisor approves or rejects it, anyone who
 * reads the project saves the archived signed sheets.
 */
public final class ReReviewViewModel {

  private final CareEvalServices services;
  private final Session session;
  private final ScreenTasks tasks;
  private final DialogService dialogs;
  private final Messages messages;
  private final ObjectProperty<Project> project;
  private final Runnable changed;
  private final ObservableList<ReReview> reviews = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper canRequest = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canDecide = new ReadOnlyBooleanWrapper();
  private ScoringService.View shown;

  public ReReviewViewModel(
      CareEvalServices services,
      Session session,
      ScreenTasks tasks,
      DialogService dialogs,
      Messages messages,
      ObjectProperty<Project> project,
      Runnable changed) {
    this.services = services;
    this.session = session;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.messages = messages;
    this.project = project;
    this.changed = changed;
  }

  /** Reads the requests again for the evaluation as it now stands. */
  public void refresh(ScoringService.View view) {
    shown = view;
    Project p = project.get();
    if (p == null || view == null || !session.can(Permission.PROJECT_READ)) {
      reviews.clear();
      canRequest.set(false);
      canDecide.set(false);
      return;
    }
    tasks.run(
        () -> services.reReviews().list(session, p.id()),
        list -> {
          reviews.setAll(list);
          boolean waiting = list.stream().anyMatch(r -> r.state() == ReReview.State.REQUESTED);
          canRequest.set(session.can(Permission.PROJECT_EDIT) && view.allSigned() && !waiting);
          canDecide.set(session.can(Permission.RESULT_FINALIZE) && waiting);
        });
  }

  /** One line per request: state, reason, the original and corrected check codes. */
  public String line(ReReview r) {
    return messages.get(
        "reReview.line",
        messages.get(r.state().labelKey()),
        r.reason(),
        r.originalSha256().map(ResultTable::shortForm).orElse("-"),
        r.correctedSha256().map(ResultTable::shortForm).orElse("-"));
  }

  public void request() {
    ask("reReview.request.title", "reReview.request.message", "reReview.request.action")
        .ifPresent(
            reason ->
                run(
                    p -> services.reReviews().request(session, p.id(), reason),
                    "reReview.requested"));
  }

  public void approve() {
    ask("reReview.approve.title", "reReview.approve.message", "reReview.approve.action")
        .ifPresent(
            note ->
                run(p -> services.reReviews().approve(session, p.id(), note), "reReview.approved"));
  }

  public void reject() {
    ask("reReview.reject.title", "reReview.reject.message", "reReview.reject.action")
        .ifPresent(
            note ->
                run(
                    p -> {
                      services.reReviews().reject(session, p.id(), note);
                      return p;
                    },
                    "reReview.rejected"));
  }

  /** Saves the signed sheets archived by the latest approved 复议. */
  public void saveArchive() {
    Project p = project.get();
    Optional<ReReview> archived =
        reviews.stream().filter(r -> r.archiveSha256().isPresent()).reduce((a, b) -> b);
    if (p == null || archived.isEmpty()) {
      tasks.fail(Message.of("reReview.noArchive"));
      return;
    }
    dialogs
        .chooseSaveFile(
            messages.get("reReview.archive.title"),
            messages.get("reReview.archive.fileName", Long.toString(p.id())),
            messages.get("common.file.excel"),
            "xlsx")
        .ifPresent(
            file ->
                tasks.run(
                    () -> {
                      services.reReviews().saveArchive(session, p.id(), archived.get().id(), file);
                      return file;
                    },
                    saved -> tasks.succeed(Message.of("reReview.archive.saved", saved))));
  }

  private Optional<String> ask(String title, String message, String action) {
    Project p = project.get();
    if (p == null) {
      return Optional.empty();
    }
    return dialogs.askText(
        messages.get(title), messages.get(message, p.name()), messages.get(action));
  }

  private <T> void run(java.util.function.Function<Project, T> work, String doneKey) {
    Project p = project.get();
    tasks.run(
        () -> work.apply(p),
        done -> {
          tasks.succeed(Message.of(doneKey, p.name()));
          changed.run();
          refresh(shown);
        });
  }

  public ObservableList<ReReview> reviews() {
    return reviews;
  }

  public ReadOnlyBooleanProperty canRequestProperty() {
    return canRequest.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canDecideProperty() {
    return canDecide.getReadOnlyProperty();
  }

  /** True when a 复议 archived signed sheets that can be saved. */
  public boolean hasArchive(List<ReReview> list) {
    return list.stream().anyMatch(r -> r.archiveSha256().isPresent());
  }
}
