package org.careeval.ui.delivery;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.delivery.AcceptanceStage;
import org.careeval.domain.delivery.RecipientGroup;
import org.careeval.domain.user.Session;
import org.careeval.service.CareEvalServices;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;

/**
 * 履约验收 of the chosen contract: the plan typed one stage a line ({@code 阶段｜计划日期｜验收主体｜验收方式｜验收标准}),
 * the record of a stage held (day, passed or not, opinion, how many of each recipient group took
 * part) and the signed sheet. Shares the screen's feedback.
 */
public final class AcceptanceViewModel {

  private final CareEvalServices services;
  private final Session session;
  private final DialogService dialogs;
  private final Messages messages;
  private final ScreenTasks tasks;
  private final ObjectProperty<Contract> contract;
  private final ObservableList<AcceptanceStage> stages = FXCollections.observableArrayList();
  private final ObjectProperty<AcceptanceStage> stage = new SimpleObjectProperty<>();
  private final StringProperty planLines = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> acceptedOn = new SimpleObjectProperty<>();
  private final BooleanProperty passed = new SimpleBooleanProperty(true);
  private final StringProperty opinion = new SimpleStringProperty("");
  private final Map<RecipientGroup, StringProperty> counts = new EnumMap<>(RecipientGroup.class);

  public AcceptanceViewModel(
      CareEvalServices services,
      Session session,
      DialogService dialogs,
      Messages messages,
      ScreenTasks tasks,
      ObjectProperty<Contract> contract) {
    this.services = services;
    this.session = session;
    this.dialogs = dialogs;
    this.messages = messages;
    this.tasks = tasks;
    this.contract = contract;
    for (RecipientGroup g : RecipientGroup.values()) {
      counts.put(g, new SimpleStringProperty(""));
    }
    contract.addListener((obs, old, now) -> load());
  }

  void load() {
    Contract c = contract.get();
    if (c == null) {
      stages.clear();
      return;
    }
    tasks.run(() -> services.acceptance().stages(session, c.id()), this::show);
  }

  private void show(List<AcceptanceStage> loaded) {
    stages.setAll(loaded);
    planLines.set(String.join("\n", loaded.stream().map(AcceptanceViewModel::line).toList()));
    stage.set(loaded.stream().filter(s -> s.record().isEmpty()).findFirst().orElse(null));
    acceptedOn.set(services.clock().today());
    passed.set(true);
    opinion.set("");
    counts.values().forEach(p -> p.set(""));
  }

  private static String line(AcceptanceStage s) {
    return String.join(
        "｜", s.name(), s.plannedOn().toString(), s.acceptor(), s.method(), s.standard());
  }

  /** Saves the plan as typed, one stage a line. */
  public void savePlan() {
    Contract c = contract.get();
    if (c == null) {
      return;
    }
    List<AcceptanceStage> typed;
    try {
      typed = parse(planLines.get());
    } catch (CareEvalException e) {
      tasks.fail(Message.of(e));
      return;
    }
    tasks.run(
        () -> services.acceptance().savePlan(session, c.id(), typed),
        saved -> {
          tasks.succeed(Message.of("acceptance.plan.saved", saved.size()));
          show(saved);
        });
  }

  static List<AcceptanceStage> parse(String text) {
    List<AcceptanceStage> stages = new ArrayList<>();
    for (String raw : text.strip().split("\\R")) {
      if (raw.isBlank()) {
        continue;
      }
      String[] parts = raw.strip().split("\\s*[｜|]\\s*", -1);
      if (parts.length != 5) {
        throw new CareEvalException("acceptance.plan.lineFormat", raw.strip());
      }
      LocalDate planned =
          org.careeval.domain.TextDates.parse(parts[1])
              .orElseThrow(() -> new CareEvalException("acceptance.plan.lineFormat", raw.strip()));
      stages.add(
          new AcceptanceStage(
              stages.size() + 1,
              parts[0],
              planned,
              parts[2],
              parts[3],
              parts[4],
              Optional.empty()));
    }
    return stages;
  }

  /** Records the chosen stage as typed. */
  public void record() {
    Contract c = contract.get();
    AcceptanceStage s = stage.get();
    if (c == null || s == null) {
      return;
    }
    Map<RecipientGroup, Integer> took = new EnumMap<>(RecipientGroup.class);
    try {
      counts.forEach(
          (g, text) -> {
            String typed = text.get().strip();
            if (!typed.isEmpty()) {
              took.put(g, number(typed));
            }
          });
    } catch (CareEvalException e) {
      tasks.fail(Message.of(e));
      return;
    }
    if (acceptedOn.get() == null) {
      tasks.fail(Message.of("acceptance.record.dateMissing"));
      return;
    }
    AcceptanceStage.Record record =
        new AcceptanceStage.Record(
            acceptedOn.get(), passed.get(), opinion.get().strip(), took, session.username());
    if (!dialogs.confirm(
        messages.get("acceptance.record.title"),
        messages.get("acceptance.record.message", s.name(), c.organization()),
        messages.get("acceptance.record.action"))) {
      return;
    }
    tasks.run(
        () -> services.acceptance().record(session, c.id(), s.seq(), record),
        saved -> {
          tasks.succeed(Message.of("acceptance.record.saved", s.name()));
          show(saved);
        });
  }

  private static int number(String typed) {
    try {
      return Integer.parseInt(typed);
    } catch (NumberFormatException e) {
      throw new CareEvalException("error.rubric.number", typed);
    }
  }

  /** Writes the chosen stage's record as an A4 sheet to sign. */
  public void writeRecord(AcceptanceStage chosen) {
    Contract c = contract.get();
    if (c == null || chosen == null) {
      return;
    }
    dialogs
        .chooseSaveFile(
            messages.get("acceptance.sheet.save"),
            messages.get("acceptance.sheet.fileName", c.number(), chosen.name()),
            messages.get("delivery.sheet.files"),
            "xlsx")
        .ifPresent(
            file ->
                tasks.run(
                    () -> {
                      services.acceptance().writeRecord(session, c.id(), chosen.seq(), file);
                      return file;
                    },
                    (Path saved) -> tasks.succeed(Message.of("acceptance.sheet.done", saved))));
  }

  /** A stage's result in words. */
  public String result(AcceptanceStage s) {
    return s.record()
        .map(
            r ->
                messages.get(
                    r.passed() ? "acceptance.passed" : "acceptance.failed",
                    r.acceptedOn().toString()))
        .orElse(messages.get("acceptance.notYet"));
  }

  /** The recipients who took part, in words. */
  public String participants(AcceptanceStage s) {
    return s.record()
        .map(
            r ->
                String.join(
                    "，",
                    r.participants().entrySet().stream()
                        .filter(e -> e.getValue() > 0)
                        .map(e -> e.getKey().chinese() + " " + e.getValue())
                        .toList()))
        .orElse("");
  }

  public ObservableList<AcceptanceStage> stages() {
    return stages;
  }

  public ObjectProperty<AcceptanceStage> stageProperty() {
    return stage;
  }

  public StringProperty planLinesProperty() {
    return planLines;
  }

  public ObjectProperty<LocalDate> acceptedOnProperty() {
    return acceptedOn;
  }

  public BooleanProperty passedProperty() {
    return passed;
  }

  public StringProperty opinionProperty() {
    return opinion;
  }

  public StringProperty countProperty(RecipientGroup group) {
    return counts.get(group);
  }
}
