package org.careeval.ui.records;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.service.CareEvalServices;
import org.careeval.service.contract.ContractService;
import org.careeval.service.i18n.Messages;
import org.careeval.service.records.ServiceRecordService;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;
import org.careeval.ui.common.UiExecutor;

/**
 * 服务均衡: who was reached with what in a quarter — for the county, one organization or one contract —
 * with the villages covered but not reached and those no contract covers; a contract's records, its
 * template and their import; the figures exported as a workbook.
 */
public final class RecordsViewModel {

  /** What the balance is of: the county, an organization, or a contract. */
  public record Scope(String label, Optional<Long> contract, Optional<Long> organization) {}

  private final CareEvalServices services;
  private final Session session;
  private final DialogService dialogs;
  private final Messages messages;
  private final ScreenTasks tasks;
  private final ObservableList<Scope> scopes = FXCollections.observableArrayList();
  private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
  private final ObservableList<Period> periods = FXCollections.observableArrayList();
  private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
  private final ObjectProperty<ServiceRecordService.BalanceView> balance =
      new SimpleObjectProperty<>();
  private final StringProperty villagesSummary = new SimpleStringProperty("");
  private final ObservableList<String> notReached = FXCollections.observableArrayList();
  private final ObservableList<String> uncovered = FXCollections.observableArrayList();

  public RecordsViewModel(
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
    scope.addListener((obs, old, now) -> refresh());
    period.addListener((obs, old, now) -> refresh());
  }

  public boolean canEdit() {
    return session.can(Permission.PROJECT_EDIT);
  }

  public void load() {
    tasks.run(
        () ->
            services.contracts().list(session).stream()
                .map(ContractService.Detail::contract)
                .filter(c -> c.status() == Contract.Status.SIGNED)
                .toList(),
        this::showContracts);
  }

  private void showContracts(List<Contract> signed) {
    List<Scope> all = new ArrayList<>();
    all.add(new Scope(messages.get("records.scope.county"), Optional.empty(), Optional.empty()));
    Map<Long, String> organizations =
        signed.stream()
            .collect(
                Collectors.toMap(
                    Contract::organizationId,
                    Contract::organization,
                    (a, b) -> a,
                    java.util.TreeMap::new));
    organizations.forEach(
        (id, name) ->
            all.add(
                new Scope(
                    messages.get("records.scope.organization", name),
                    Optional.empty(),
                    Optional.of(id))));
    signed.forEach(
        c ->
            all.add(
                new Scope(
                    messages.get("records.scope.contract", c.number(), c.project()),
                    Optional.of(c.id()),
                    Optional.empty())));
    TreeSet<Period> quarters = new TreeSet<>();
    Period now = Period.of(services.clock().today());
    for (Contract c : signed) {
      for (Period p : Period.covering(c.termStart().orElseThrow(), c.termEnd().orElseThrow())) {
        if (p.compareTo(now) <= 0) {
          quarters.add(p);
        }
      }
    }
    periods.setAll(quarters.descendingSet());
    scopes.setAll(all);
    if (period.get() == null || !periods.contains(period.get())) {
      // the last quarter that has ended: the one reports and records are about
      period.set(
          periods.stream()
              .filter(p -> p.compareTo(now) < 0)
              .findFirst()
              .orElse(periods.isEmpty() ? null : periods.get(0)));
    }
    if (scope.get() == null) {
      scope.set(all.get(0));
    } else {
      refresh();
    }
  }

  /** Reads the balance of the chosen scope and quarter again. */
  public void refresh() {
    Scope s = scope.get();
    Period p = period.get();
    if (s == null || p == null) {
      return;
    }
    tasks.run(
        () ->
            s.contract().isPresent()
                ? services.records().contractBalance(session, s.contract().get(), p)
                : services.records().countyBalance(session, s.organization(), p),
        this::showBalance);
  }

  private void showBalance(ServiceRecordService.BalanceView view) {
    balance.set(view);
    var b = view.balance();
    villagesSummary.set(
        messages.get(
            "records.villages.summary",
            b.covered().size(),
            b.reached().size(),
            b.notReached().size(),
            view.uncovered().size()));
    Function<Long, String> name = id -> view.villages().getOrDefault(id, "");
    notReached.setAll(b.notReached().stream().map(name).toList());
    uncovered.setAll(view.uncovered().stream().map(name).toList());
  }

  /** Writes the figures behind the charts and the villages as a workbook. */
  public void export() {
    ServiceRecordService.BalanceView view = balance.get();
    Scope s = scope.get();
    Period p = period.get();
    if (view == null || s == null || p == null) {
      return;
    }
    dialogs
        .chooseSaveFile(
            messages.get("records.export.save"),
            messages.get("records.export.fileName", p.code()),
            messages.get("delivery.sheet.files"),
            "xlsx")
        .ifPresent(
            (Path file) ->
                tasks.run(
                    () -> {
                      services.records().exportBalance(session, view, s.label(), p, file);
                      return file;
                    },
                    saved -> tasks.succeed(Message.of("records.export.done", saved))));
  }

  public ObservableList<Scope> scopes() {
    return scopes;
  }

  public ObjectProperty<Scope> scopeProperty() {
    return scope;
  }

  public ObservableList<Period> periods() {
    return periods;
  }

  public ObjectProperty<Period> periodProperty() {
    return period;
  }

  public ObjectProperty<ServiceRecordService.BalanceView> balanceProperty() {
    return balance;
  }

  public StringProperty villagesSummaryProperty() {
    return villagesSummary;
  }

  public ObservableList<String> notReached() {
    return notReached;
  }

  public ObservableList<String> uncovered() {
    return uncovered;
  }

  public ScreenTasks tasks() {
    return tasks;
  }
}
