package org.careeval.ui.records;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.records.SpotCheck;
import org.careeval.domain.user.Session;
import org.careeval.service.CareEvalServices;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;

/**
 * 抽查 of the contract chosen on the 服务均衡 screen: draw a sample (rate, recorded seed, records or
 * villages), record each item's finding with a note, print the visit list, check the sample still
 * reproduces. Shares the screen's feedback.
 */
public final class SpotCheckViewModel {

  /** A sampled item as the table edits it. */
  public static final class ItemRow {
    private final SpotCheck.Item item;
    private final String village;
    private final String type;
    private final StringProperty finding = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    ItemRow(SpotCheck.Item item, String village, String type) {
      this.item = item;
      this.village = village;
      this.type = type;
      finding.set(item.finding().chinese());
      note.set(item.note());
    }

    public SpotCheck.Item item() {
      return item;
    }

    public String village() {
      return village;
    }

    public String type() {
      return type;
    }

    public StringProperty findingProperty() {
      return finding;
    }

    public StringProperty noteProperty() {
      return note;
    }

    boolean changed() {
      return !finding.get().equals(item.finding().chinese()) || !note.get().equals(item.note());
    }

    Optional<SpotCheck.Finding> typed() {
      return Arrays.stream(SpotCheck.Finding.values())
          .filter(f -> f != SpotCheck.Finding.PENDING && f.chinese().equals(finding.get()))
          .findFirst();
    }
  }

  private final CareEvalServices services;
  private final Session session;
  private final DialogService dialogs;
  private final Messages messages;
  private final ScreenTasks tasks;
  private final ObjectProperty<RecordsViewModel.Scope> scope;
  private final StringProperty rate =
      new SimpleStringProperty(Integer.toString(SpotCheck.DEFAULT_RATE));
  private final StringProperty seed = new SimpleStringProperty("");
  private final ObjectProperty<SpotCheck.Kind> kind =
      new SimpleObjectProperty<>(SpotCheck.Kind.RECORDS);
  private final ObservableList<SpotCheck> checks = FXCollections.observableArrayList();
  private final ObjectProperty<SpotCheck> check = new SimpleObjectProperty<>();
  private final ObservableList<ItemRow> items = FXCollections.observableArrayList();

  public SpotCheckViewModel(
      CareEvalServices services,
      Session session,
      DialogService dialogs,
      Messages messages,
      ScreenTasks tasks,
      ObjectProperty<RecordsViewModel.Scope> scope) {
    this.services = services;
    this.session = session;
    this.dialogs = dialogs;
    this.messages = messages;
    this.tasks = tasks;
    this.scope = scope;
    seed.set(services.clock().today().format(DateTimeFormatter.BASIC_ISO_DATE));
    scope.addListener((obs, old, now) -> load(Optional.empty()));
    check.addListener((obs, old, now) -> show(now));
  }

  private Optional<Long> contract() {
    return scope.get() == null ? Optional.empty() : scope.get().contract();
  }

  void load(Optional<Long> keep) {
    Optional<Long> contract = contract();
    if (contract.isEmpty()) {
      checks.clear();
      return;
    }
    tasks.run(
        () -> services.spotChecks().list(session, contract),
        loaded -> {
          checks.setAll(loaded);
          check.set(
              loaded.stream()
                  .filter(c -> keep.map(k -> c.id() == k).orElse(false))
                  .findFirst()
                  .orElse(loaded.isEmpty() ? null : loaded.get(0)));
        });
  }

  private void show(SpotCheck c) {
    if (c == null) {
      items.clear();
      return;
    }
    tasks.run(
        () -> services.spotChecks().get(session, c.id()),
        named ->
            items.setAll(
                named.check().items().stream()
                    .map(
                        i ->
                            new ItemRow(
                                i,
                                named.villages().getOrDefault(i.placeId(), ""),
                                i.categoryId().map(named.types()::get).orElse("")))
                    .toList()));
  }

  public void draw() {
    Optional<Long> contract = contract();
    if (contract.isEmpty()) {
      tasks.fail(Message.of("records.chooseContract"));
      return;
    }
    int r;
    long s;
    try {
      r = Integer.parseInt(rate.get().strip());
      s = Long.parseLong(seed.get().strip());
    } catch (NumberFormatException e) {
      tasks.fail(Message.of("spotcheck.form.numbers"));
      return;
    }
    SpotCheck.Kind k = kind.get();
    tasks.run(
        () -> services.spotChecks().draw(session, contract.get(), k, r, s),
        named -> {
          tasks.succeed(
              Message.of(
                  "spotcheck.drawn",
                  Long.toString(named.check().id()),
                  named.check().items().size(),
                  named.check().population(),
                  Long.toString(s)));
          load(Optional.of(named.check().id()));
        });
  }

  /** Records the findings changed in the table, one by one. */
  public void saveFindings() {
    SpotCheck c = check.get();
    if (c == null) {
      return;
    }
    List<ItemRow> changed = new ArrayList<>(items.stream().filter(ItemRow::changed).toList());
    tasks.run(
        () -> {
          for (ItemRow row : changed) {
            SpotCheck.Finding finding =
                row.typed().orElseThrow(() -> new CareEvalException("error.spotcheck.finding"));
            services
                .spotChecks()
                .recordFinding(
                    session,
                    c.id(),
                    row.item().seq(),
                    finding,
                    row.noteProperty().get(),
                    Optional.empty());
          }
          return changed.size();
        },
        n -> {
          tasks.succeed(Message.of("spotcheck.saved", n));
          load(Optional.of(c.id()));
        });
  }

  public void writeVisitList() {
    SpotCheck c = check.get();
    if (c == null) {
      return;
    }
    dialogs
        .chooseSaveFile(
            messages.get("spotcheck.list.save"),
            messages.get("spotcheck.list.fileName", c.id()),
            messages.get("delivery.sheet.files"),
            "xlsx")
        .ifPresent(
            file ->
                tasks.run(
                    () -> {
                      services.spotChecks().writeVisitList(session, c.id(), file);
                      return file;
                    },
                    saved -> tasks.succeed(Message.of("spotcheck.list.done", saved))));
  }

  public void verify() {
    SpotCheck c = check.get();
    if (c == null) {
      return;
    }
    tasks.run(
        () -> services.spotChecks().verify(session, c.id()),
        v -> {
          if (v.samePopulation() && v.sameSample()) {
            tasks.succeed(Message.of("spotcheck.verified", c.id()));
          } else {
            tasks.fail(Message.of("spotcheck.changed", c.id()));
          }
        });
  }

  /** A check as the chooser shows it. */
  public String label(SpotCheck c) {
    return messages.get(
        "spotcheck.label",
        c.id(),
        c.rate(),
        Long.toString(c.seed()),
        c.items().size(),
        c.mismatches().size());
  }

  public StringProperty rateProperty() {
    return rate;
  }

  public StringProperty seedProperty() {
    return seed;
  }

  public ObjectProperty<SpotCheck.Kind> kindProperty() {
    return kind;
  }

  public ObservableList<SpotCheck> checks() {
    return checks;
  }

  public ObjectProperty<SpotCheck> checkProperty() {
    return check;
  }

  public ObservableList<ItemRow> items() {
    return items;
  }
}
