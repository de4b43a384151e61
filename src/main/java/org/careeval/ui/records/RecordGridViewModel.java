package org.careeval.ui.records;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.records.AgeBand;
import org.careeval.domain.records.Beneficiary;
import org.careeval.domain.records.ServiceRecord;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.service.CareEvalServices;
import org.careeval.service.i18n.Messages;
import org.careeval.service.records.ServiceRecordService;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.ImportProblemTable;
import org.careeval.ui.common.LeaveGuard;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;
import org.careeval.ui.common.UnsavedChanges;

/**
 * The 服务记录 tab: the chosen contract's records of the chosen quarter in a grid the officer edits
 * (add, remove, change a row; save replaces the quarter's records) — or fills through the template
 * and its import. A quarter whose report is submitted or accepted is shown, not edited. While the
 * grid holds unsaved changes the screen keeps its contract and quarter, and leaving asks.
 */
public final class RecordGridViewModel {

  /** A record as the grid edits it: names as chosen, counts as typed. */
  public static final class Row {
    private final StringProperty village = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty("");
    private final StringProperty group = new SimpleStringProperty("");
    private final StringProperty age = new SimpleStringProperty("");
    private final StringProperty children = new SimpleStringProperty("");
    private final StringProperty times = new SimpleStringProperty("");

    Row(String village, String category, String group, String age, String children, String times) {
      this.village.set(village);
      this.category.set(category);
      this.group.set(group);
      this.age.set(age);
      this.children.set(children);
      this.times.set(times);
    }

    public StringProperty villageProperty() {
      return village;
    }

    public StringProperty categoryProperty() {
      return category;
    }

    public StringProperty groupProperty() {
      return group;
    }

    public StringProperty ageProperty() {
      return age;
    }

    public StringProperty childrenProperty() {
      return children;
    }

    public StringProperty timesProperty() {
      return times;
    }

    private List<StringProperty> cells() {
      return List.of(village, category, group, age, children, times);
    }
  }

  private final CareEvalServices services;
  private final Session session;
  private final DialogService dialogs;
  private final Messages messages;
  private final ScreenTasks tasks;
  private final ObjectProperty<RecordsViewModel.Scope> scope;
  private final ObjectProperty<Period> period;
  private final Runnable changed;
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ObservableList<String> villages = FXCollections.observableArrayList();
  private final ObservableList<String> categories = FXCollections.observableArrayList();
  private final BooleanProperty editable = new SimpleBooleanProperty(false);
  private final BooleanProperty dirty = new SimpleBooleanProperty(false);
  private final StringProperty state = new SimpleStringProperty("");
  private final UnsavedChanges unsaved;
  private ServiceRecordService.Choices choices;
  private List<ServiceRecord> saved = List.of();

  /**
   * @param changed runs after records were saved or imported (the balance shows them)
   */
  public RecordGridViewModel(
      CareEvalServices services,
      Session session,
      DialogService dialogs,
      Messages messages,
      ScreenTasks tasks,
      ObjectProperty<RecordsViewModel.Scope> scope,
      ObjectProperty<Period> period,
      Runnable changed) {
    this.services = services;
    this.session = session;
    this.dialogs = dialogs;
    this.messages = messages;
    this.tasks = tasks;
    this.scope = scope;
    this.period = period;
    this.changed = changed;
    this.unsaved = new UnsavedChanges(dirty, dialogs, messages, this::saveThen, this::discard);
    scope.addListener((obs, old, now) -> reload());
    period.addListener((obs, old, now) -> reload());
  }

  public boolean canEdit() {
    return session.can(Permission.PROJECT_EDIT);
  }

  /** Asked before the screen is left. */
  public LeaveGuard unsavedChanges() {
    return unsaved;
  }

  private Optional<Long> contract() {
    return scope.get() == null ? Optional.empty() : scope.get().contract();
  }

  /** Reads the chosen contract's records and what they may name. */
  public void reload() {
    Optional<Long> contract = contract();
    Period p = period.get();
    if (contract.isEmpty() || p == null) {
      choices = null;
      saved = List.of();
      show();
      return;
    }
    long id = contract.get();
    tasks.run(
        () ->
            new Loaded(
                services.records().list(session, id), services.records().choices(session, id)),
        loaded -> {
          choices = loaded.choices();
          saved = loaded.records();
          villages.setAll(choices.villages().keySet());
          categories.setAll(choices.categories().keySet());
          show();
        });
  }

  private record Loaded(List<ServiceRecord> records, ServiceRecordService.Choices choices) {}

  /** Shows the quarter's saved records; no change is pending after. */
  private void show() {
    Period p = period.get();
    if (choices == null || p == null) {
      rows.clear();
      editable.set(false);
      state.set(messages.get("records.records.hint"));
    } else {
      Map<Long, String> villageNames = invert(choices.villages());
      Map<Long, String> categoryNames = invert(choices.categories());
      rows.setAll(
          saved.stream()
              .filter(r -> r.period().equals(p))
              .map(
                  r ->
                      watched(
                          new Row(
                              villageNames.getOrDefault(r.placeId(), ""),
                              categoryNames.getOrDefault(r.categoryId(), ""),
                              r.beneficiary().chinese(),
                              r.age().chinese(),
                              Integer.toString(r.children()),
                              Integer.toString(r.times()))))
              .toList());
      boolean locked = choices.locked().contains(p);
      editable.set(canEdit() && !locked);
      state.set(
          locked
              ? messages.get("error.records.locked", p.code())
              : messages.get(canEdit() ? "records.grid.hint" : "records.records.hint"));
    }
    dirty.set(false);
  }

  private Row watched(Row row) {
    row.cells().forEach(c -> c.addListener((obs, old, now) -> dirty.set(true)));
    return row;
  }

  /** Adds a row: the first village and type, to be changed; counts to be typed. */
  public Row addRow() {
    Row row =
        watched(
            new Row(
                villages.isEmpty() ? "" : villages.get(0),
                categories.isEmpty() ? "" : categories.get(0),
                Beneficiary.values()[0].chinese(),
                AgeBand.values()[0].chinese(),
                "",
                ""));
    rows.add(row);
    dirty.set(true);
    return row;
  }

  public void removeRows(List<Row> chosen) {
    if (!chosen.isEmpty()) {
      rows.removeAll(List.copyOf(chosen));
      dirty.set(true);
    }
  }

  /** Puts the grid back to what is saved. */
  public void discard() {
    show();
    tasks.clear();
  }

  public void save() {
    saveThen(() -> {});
  }

  /**
   * Checks every row (a refused row is named with its number and what to fix), then saves the
   * quarter's records; {@code then} runs once they are saved.
   */
  private void saveThen(Runnable then) {
    Optional<Long> contract = contract();
    Period p = period.get();
    if (contract.isEmpty() || p == null || choices == null) {
      tasks.fail(Message.of("records.chooseContract"));
      return;
    }
    List<ServiceRecord> entered = new ArrayList<>();
    Map<ServiceRecord.Key, Integer> seen = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      int number = i + 1;
      Optional<ServiceRecord> record = read(rows.get(i), contract.get(), p, number);
      if (record.isEmpty()) {
        return;
      }
      Integer earlier = seen.putIfAbsent(record.get().key(), number);
      if (earlier != null) {
        refuse(number, new LocalizedText("error.records.duplicate", earlier));
        return;
      }
      entered.add(record.get());
    }
    tasks.run(
        () -> services.records().save(session, contract.get(), p, entered),
        records -> {
          saved = records;
          show();
          tasks.succeed(Message.of("records.grid.saved", entered.size(), p.code()));
          changed.run();
          then.run();
        });
  }

  private Optional<ServiceRecord> read(Row row, long contract, Period p, int number) {
    Long village = choices.villages().get(row.village.get());
    Long category = choices.categories().get(row.category.get());
    Optional<Beneficiary> group = Beneficiary.fromChinese(row.group.get());
    Optional<AgeBand> age = AgeBand.fromChinese(row.age.get());
    Optional<Integer> children = count(row.children.get());
    Optional<Integer> times = count(row.times.get());
    LocalizedText problem = null;
    if (village == null) {
      problem = new LocalizedText("error.records.village", row.village.get());
    } else if (category == null) {
      problem = new LocalizedText("error.records.category", row.category.get());
    } else if (group.isEmpty()) {
      problem = new LocalizedText("error.records.group", row.group.get());
    } else if (age.isEmpty()) {
      problem = new LocalizedText("error.records.age", row.age.get());
    } else if (children.isEmpty()) {
      problem = new LocalizedText("error.records.count", row.children.get());
    } else if (times.isEmpty()) {
      problem = new LocalizedText("error.records.count", row.times.get());
    } else {
      problem =
          ServiceRecord.countProblems(children.get(), times.get()).stream()
              .findFirst()
              .orElse(null);
    }
    if (problem != null) {
      refuse(number, problem);
      return Optional.empty();
    }
    return Optional.of(
        new ServiceRecord(
            contract, p, village, category, group.get(), age.get(), children.get(), times.get()));
  }

  private void refuse(int number, LocalizedText problem) {
    tasks.fail(Message.of("records.grid.rowProblem", number, problem));
  }

  /** A whole, non-negative count as typed; negative counts are refused by the record's check. */
  private static Optional<Integer> count(String text) {
    try {
      return Optional.of(Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Map<Long, String> invert(Map<String, Long> byName) {
    return byName.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey, (a, b) -> a));
  }

  /** Writes the chosen contract's record template. */
  public void writeTemplate() {
    Optional<Long> contract = contract();
    if (contract.isEmpty()) {
      tasks.fail(Message.of("records.chooseContract"));
      return;
    }
    dialogs
        .chooseSaveFile(
            messages.get("records.template.save"),
            messages.get("records.template.fileName"),
            messages.get("delivery.sheet.files"),
            "xlsx")
        .ifPresent(
            file ->
                tasks.run(
                    () -> {
                      services.records().writeTemplate(session, contract.get(), file);
                      return file;
                    },
                    done -> tasks.succeed(Message.of("records.template.done", done))));
  }

  /** Imports a filled template into the chosen contract; every problem in a table. */
  public void importRecords() {
    Optional<Long> contract = contract();
    if (contract.isEmpty()) {
      tasks.fail(Message.of("records.chooseContract"));
      return;
    }
    dialogs
        .chooseOpenFile(
            messages.get("records.import.open"), messages.get("delivery.sheet.files"), "xlsx")
        .ifPresent(
            file ->
                tasks.run(
                    () -> services.records().importRecords(session, contract.get(), file),
                    result -> {
                      if (result.accepted()) {
                        tasks.succeed(Message.of("records.import.done", result.rows()));
                        reload();
                        changed.run();
                      } else {
                        tasks.fail(Message.of("delivery.import.refused", result.problems().size()));
                        ImportProblemTable.show(
                            dialogs,
                            messages,
                            messages.get("records.import.title"),
                            messages.get("delivery.import.refused", result.problems().size()),
                            result.problems());
                      }
                    }));
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  public ObservableList<String> villages() {
    return villages;
  }

  public ObservableList<String> categories() {
    return categories;
  }

  public List<String> groups() {
    return Arrays.stream(Beneficiary.values()).map(Beneficiary::chinese).toList();
  }

  public List<String> ages() {
    return Arrays.stream(AgeBand.values()).map(AgeBand::chinese).toList();
  }

  public ReadOnlyBooleanProperty editableProperty() {
    return editable;
  }

  public ReadOnlyBooleanProperty dirtyProperty() {
    return dirty;
  }

  public StringProperty stateProperty() {
    return state;
  }
}
