package org.careeval.ui.monitor;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.monitor.Warning;
import org.careeval.domain.monitor.WarningLevel;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.service.CareEvalServices;
import org.careeval.service.i18n.Messages;
import org.careeval.service.records.WarningService;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;
import org.careeval.ui.common.UiExecutor;

/**
 * 预警: the county's warnings not closed (or all), by level and age; for the chosen one its detail
 * and handling so far, and the next step — the officer's feedback, the supervisor's review and
 * closing, attachments; a scan that raises new warnings.
 */
public final class WarningsViewModel {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final CareEvalServices services;
  private final Session session;
  private final DialogService dialogs;
  private final Messages messages;
  private final ScreenTasks tasks;
  private final BooleanProperty all = new SimpleBooleanProperty();
  private final ObservableList<WarningService.Listed> warnings =
      FXCollections.observableArrayList();
  private final ObjectProperty<WarningService.Listed> selected = new SimpleObjectProperty<>();
  private final StringProperty counts = new SimpleStringProperty("");
  private final StringProperty text = new SimpleStringProperty("");

  public WarningsViewModel(
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
    all.addListener((obs, old, now) -> load());
  }

  public boolean canFeedback() {
    return session.can(Permission.PROJECT_EDIT);
  }

  public boolean canReview() {
    return session.can(Permission.WARNING_REVIEW);
  }

  public void load() {
    boolean everything = all.get();
    tasks.run(() -> services.warnings().list(session, !everything), this::show);
  }

  private void show(List<WarningService.Listed> loaded) {
    Long kept = selected.get() == null ? null : selected.get().warning().id();
    warnings.setAll(loaded);
    selected.set(
        loaded.stream()
            .filter(l -> kept != null && l.warning().id() == kept)
            .findFirst()
            .orElse(loaded.isEmpty() ? null : loaded.get(0)));
    Map<WarningLevel, Long> open =
        loaded.stream()
            .filter(l -> l.warning().state() != Warning.State.CLOSED)
            .collect(
                Collectors.groupingBy(
                    l -> l.warning().level(), TreeMap::new, Collectors.counting()));
    counts.set(
        messages.get(
            "warnings.counts",
            open.getOrDefault(WarningLevel.RED, 0L),
            open.getOrDefault(WarningLevel.ORANGE, 0L),
            open.getOrDefault(WarningLevel.YELLOW, 0L),
            open.getOrDefault(WarningLevel.BLUE, 0L)));
  }

  public void scan() {
    tasks.run(
        () -> services.warnings().scan(session),
        raised -> {
          tasks.succeed(Message.of("warnings.scanned", raised));
          load();
        });
  }

  public void feedback() {
    step(
        w -> () -> services.warnings().feedback(session, w.id(), w.version(), text.get()),
        "warnings.feedback.done");
  }

  public void review() {
    step(
        w -> () -> services.warnings().review(session, w.id(), w.version(), text.get()),
        "warnings.review.done");
  }

  public void close() {
    WarningService.Listed l = selected.get();
    if (l != null
        && dialogs.confirm(
            messages.get("warnings.close.title"),
            messages.get("warnings.close.message", l.warning().id()),
            messages.get("warnings.close.action"))) {
      step(
          w -> () -> services.warnings().close(session, w.id(), w.version(), text.get()),
          "warnings.close.done");
    }
  }

  public void attach() {
    WarningService.Listed l = selected.get();
    if (l == null) {
      return;
    }
    dialogs
        .chooseOpenFile(
            messages.get("warnings.attach.choose"), messages.get("delivery.evidence.files"), "*")
        .ifPresent(
            file ->
                tasks.run(
                    () -> services.warnings().attach(session, l.warning().id(), file),
                    w -> {
                      tasks.succeed(Message.of("warnings.attach.done", file.getFileName()));
                      load();
                    }));
  }

  private void step(
      java.util.function.Function<Warning, Callable<Warning>> action, String doneKey) {
    WarningService.Listed l = selected.get();
    if (l == null) {
      return;
    }
    tasks.run(
        action.apply(l.warning()),
        w -> {
          text.set("");
          tasks.succeed(Message.of(doneKey, w.id()));
          load();
        });
  }

  /** One handling step in words: when, who, what. */
  public String step(Warning.Step s) {
    String kind =
        messages.get(
            switch (s.kind()) {
              case FEEDBACK -> "warnings.step.feedback";
              case REVIEW -> "warnings.step.review";
              case CLOSE -> "warnings.step.close";
              case ATTACHMENT -> "warnings.step.attachment";
            });
    return WHEN.format(s.at().atZone(services.clock().zone()))
        + "　"
        + s.by()
        + "　"
        + kind
        + "："
        + s.text();
  }

  public BooleanProperty allProperty() {
    return all;
  }

  public ObservableList<WarningService.Listed> warnings() {
    return warnings;
  }

  public ObjectProperty<WarningService.Listed> selectedProperty() {
    return selected;
  }

  public StringProperty countsProperty() {
    return counts;
  }

  public StringProperty textProperty() {
    return text;
  }

  public ScreenTasks tasks() {
    return tasks;
  }
}
