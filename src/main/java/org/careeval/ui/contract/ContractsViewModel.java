package org.careeval.ui.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.contract.ContractSigning;
import org.careeval.domain.contract.Installment;
import org.careeval.domain.contract.InstallmentLines;
import org.careeval.domain.place.Place;
import org.careeval.domain.project.Project;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.service.CareEvalServices;
import org.careeval.service.contract.ContractService;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;
import org.careeval.ui.common.UiExecutor;

/**
 * 合同: the contracts with what was paid; for the one chosen, its installments with state and reason;
 * signing a draft (number, date, term, multi-year reason, service content, installments typed one a
 * line; the places are the project's); releasing a releasable installment (the supervisor).
 */
public final class ContractsViewModel {

  private final CareEvalServices services;
  private final Session session;
  private final DialogService dialogs;
  private final Messages messages;
  private final ScreenTasks tasks;
  private final ObservableList<ContractService.Detail> contracts =
      FXCollections.observableArrayList();
  private final ObservableList<ContractService.Row> installments =
      FXCollections.observableArrayList();
  private final ObjectProperty<ContractService.Detail> selected = new SimpleObjectProperty<>();
  private final ReadOnlyBooleanWrapper signable = new ReadOnlyBooleanWrapper();
  private final StringProperty number = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> signedOn = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> termStart = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> termEnd = new SimpleObjectProperty<>();
  private final StringProperty multiYearReason = new SimpleStringProperty("");
  private final StringProperty serviceContent = new SimpleStringProperty("");
  private final StringProperty installmentLines = new SimpleStringProperty("");
  private final StringProperty placeNames = new SimpleStringProperty("");
  private List<Place> places = List.of();
  private final ObservableList<Project> directProjects = FXCollections.observableArrayList();
  private final ObjectProperty<Project> directProject = new SimpleObjectProperty<>();
  private final StringProperty directAmount = new SimpleStringProperty("");
  private final StringProperty projectExecution = new SimpleStringProperty("");

  public ContractsViewModel(
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
    selected.addListener((obs, old, now) -> show(now));
  }

  public boolean canSign() {
    return session.can(Permission.PROJECT_EDIT);
  }

  public boolean canRelease() {
    return session.can(Permission.PAYMENT_RELEASE);
  }

  public void load() {
    tasks.run(() -> services.places().list(session), loaded -> places = loaded);
    tasks.run(() -> services.contracts().list(session), this::showAll);
    if (canSign()) {
      tasks.run(
          () ->
              services.projects().list(session).stream()
                  .filter(
                      p ->
                          p.status() == org.careeval.domain.project.ProjectStatus.AWARDED
                              || p.status() == org.careeval.domain.project.ProjectStatus.CONTRACTED)
                  .toList(),
          directProjects::setAll);
    }
  }

  /**
   * Enters a contract draft for a project awarded outside the app, with the organization the
   * project names as awarded; it is then signed like an award's draft.
   */
  public void enterDirect() {
    Project p = directProject.get();
    if (p == null) {
      tasks.fail(Message.of("contract.direct.noProject"));
      return;
    }
    if (p.awardedOrganizationId().isEmpty()) {
      tasks.fail(Message.of("contract.direct.noOrganization", p.name()));
      return;
    }
    Optional<java.math.BigDecimal> amount =
        org.careeval.domain.Decimals.parse(directAmount.get() == null ? "" : directAmount.get());
    if (amount.isEmpty()) {
      tasks.fail(Message.of("error.rubric.number", directAmount.get()));
      return;
    }
    tasks.run(
        () ->
            services
                .contracts()
                .enter(session, p.id(), p.awardedOrganizationId().get(), amount.get()),
        entered -> {
          directAmount.set("");
          done(Message.of("contract.direct.entered", p.name()));
        });
  }

  /** The project's budget execution over its contracts (withdrawn drafts left out). */
  private String projectExecution(long projectId) {
    List<ContractService.Detail> mine =
        contracts.stream()
            .filter(x -> x.contract().projectId() == projectId)
            .filter(x -> x.contract().status() != Contract.Status.WITHDRAWN)
            .toList();
    if (mine.isEmpty()) {
      return "";
    }
    java.math.BigDecimal amount =
        mine.stream()
            .map(x -> x.contract().amount())
            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    java.math.BigDecimal paid =
        mine.stream()
            .map(ContractService.Detail::paid)
            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    return messages.get(
        "contract.projectExecution",
        mine.get(0).contract().project(),
        mine.size(),
        org.careeval.ui.common.Formats.money(amount),
        org.careeval.ui.common.Formats.money(paid),
        ContractService.Detail.execution(paid, amount).toPlainString());
  }

  public StringProperty projectExecutionProperty() {
    return projectExecution;
  }

  public ObservableList<Project> directProjects() {
    return directProjects;
  }

  public ObjectProperty<Project> directProjectProperty() {
    return directProject;
  }

  public StringProperty directAmountProperty() {
    return directAmount;
  }

  private void showAll(List<ContractService.Detail> loaded) {
    Long kept = selected.get() == null ? null : selected.get().contract().id();
    contracts.setAll(loaded);
    selected.set(
        loaded.stream()
            .filter(d -> kept != null && d.contract().id() == kept)
            .findFirst()
            .orElse(loaded.isEmpty() ? null : loaded.get(0)));
  }

  private void show(ContractService.Detail d) {
    installments.setAll(d == null ? List.of() : d.installments());
    projectExecution.set(d == null ? "" : projectExecution(d.contract().projectId()));
    boolean draft = d != null && d.contract().status() == Contract.Status.DRAFT;
    signable.set(draft && canSign());
    if (!draft) {
      return;
    }
    number.set("");
    signedOn.set(services.clock().today());
    multiYearReason.set("");
    installmentLines.set("");
    tasks.run(
        () -> services.projects().get(session, d.contract().projectId()),
        project -> prefill(d.contract(), project));
  }

  /**
   * A draft starts from its project: term, places, and the whole amount as one installment due on
   * the first day of the term (today when the project has no term) — the officer splits it.
   */
  private void prefill(Contract c, Project project) {
    termStart.set(project.termStart().orElse(null));
    termEnd.set(project.termEnd().orElse(null));
    placeNames.set(
        String.join(
            "、",
            places.stream()
                .filter(p -> project.placeIds().contains(p.id()))
                .map(this::shown)
                .toList()));
    serviceContent.set(project.name());
    installmentLines.set(
        c.amount().toPlainString()
            + "｜"
            + project.termStart().orElse(services.clock().today()).toString());
  }

  /** Signs the draft chosen with the form's values; refused with everything missing. */
  public void sign() {
    ContractService.Detail d = selected.get();
    if (d == null || !signable.get()) {
      return;
    }
    List<Installment> typed;
    try {
      typed = InstallmentLines.parse(installmentLines.get());
    } catch (CareEvalException e) {
      tasks.fail(Message.of(e));
      return;
    }
    if (signedOn.get() == null || termStart.get() == null || termEnd.get() == null) {
      tasks.fail(Message.of("contract.form.datesMissing"));
      return;
    }
    Set<Long> covered;
    try {
      covered = placeIds(placeNames.get());
    } catch (CareEvalException e) {
      tasks.fail(Message.of(e));
      return;
    }
    ContractSigning signing =
        new ContractSigning(
            number.get().strip(),
            signedOn.get(),
            termStart.get(),
            termEnd.get(),
            multiYearReason.get().strip(),
            serviceContent.get().strip(),
            covered,
            typed);
    Contract c = d.contract();
    tasks.run(
        () -> services.contracts().sign(session, c.id(), c.version(), signing),
        signed -> done(Message.of("contract.signed", signing.number())));
  }

  /** Releases the installment after the supervisor confirms; the service refuses an unmet one. */
  public void release(ContractService.Row row) {
    ContractService.Detail d = selected.get();
    if (d == null || row == null) {
      return;
    }
    int seq = row.installment().seq();
    if (!dialogs.confirm(
        messages.get("contract.release.title"),
        messages.get(
            "contract.release.message",
            seq,
            row.installment().amount().toPlainString(),
            d.contract().organization()),
        messages.get("contract.release.action"))) {
      return;
    }
    tasks.run(
        () -> services.contracts().release(session, d.contract().id(), seq),
        released -> done(Message.of("contract.released", seq)));
  }

  /** A town by its name, a village as 乡镇/村. */
  private String shown(Place p) {
    return p.parentId()
        .flatMap(town -> places.stream().filter(t -> t.id() == town).findFirst())
        .map(town -> town.name() + "/" + p.name())
        .orElse(p.name());
  }

  /** The places typed: a town's name, 乡镇/村, or a village name found once. */
  private Set<Long> placeIds(String typed) {
    Set<Long> ids = new java.util.LinkedHashSet<>();
    for (String name : typed.strip().split("[、,，;；\\s]+")) {
      if (name.isEmpty()) {
        continue;
      }
      List<Place> found =
          places.stream().filter(p -> shown(p).equals(name) || p.name().equals(name)).toList();
      if (found.size() != 1) {
        throw new CareEvalException("contract.form.placeUnknown", name);
      }
      ids.add(found.get(0).id());
    }
    return ids;
  }

  /** Attaches the scanned contract the user chooses to the contract chosen. */
  public void attachScan() {
    ContractService.Detail d = selected.get();
    if (d == null) {
      return;
    }
    dialogs
        .chooseOpenFile(
            messages.get("contract.scan.choose"),
            messages.get("organization.document.scanFiles"),
            "*")
        .ifPresent(
            file ->
                tasks.run(
                    () -> {
                      services.contracts().attachScan(session, d.contract().id(), file);
                      return file;
                    },
                    attached ->
                        done(Message.of("contract.scan.attached", attached.getFileName()))));
  }

  /** Saves the contract's scan where the user chooses. */
  public void saveScan() {
    ContractService.Detail d = selected.get();
    if (d == null) {
      return;
    }
    dialogs
        .chooseSaveFile(
            messages.get("contract.scan.save"),
            messages.get("contract.scan.fileName", d.contract().number()),
            messages.get("organization.document.scanFiles"),
            "pdf")
        .ifPresent(
            file ->
                tasks.run(
                    () -> {
                      services.contracts().saveScan(session, d.contract().id(), file);
                      return file;
                    },
                    saved -> tasks.succeed(Message.of("contract.scan.saved", saved))));
  }

  private void done(Message message) {
    tasks.succeed(message);
    load();
  }

  /** The reason of an installment's state, in the user's language. */
  public String reason(ContractService.Row row) {
    return text(row.state().reason());
  }

  /** An installment's condition, in the user's language. */
  public String condition(ContractService.Row row) {
    return text(row.installment().describe());
  }

  private String text(LocalizedText t) {
    return messages.get(t.key(), t.arguments().toArray());
  }

  public Optional<ContractService.Detail> chosen() {
    return Optional.ofNullable(selected.get());
  }

  public ObservableList<ContractService.Detail> contracts() {
    return contracts;
  }

  public ObservableList<ContractService.Row> installments() {
    return installments;
  }

  public ObjectProperty<ContractService.Detail> selectedProperty() {
    return selected;
  }

  public ReadOnlyBooleanProperty signableProperty() {
    return signable.getReadOnlyProperty();
  }

  public StringProperty numberProperty() {
    return number;
  }

  public ObjectProperty<LocalDate> signedOnProperty() {
    return signedOn;
  }

  public ObjectProperty<LocalDate> termStartProperty() {
    return termStart;
  }

  public ObjectProperty<LocalDate> termEndProperty() {
    return termEnd;
  }

  public StringProperty multiYearReasonProperty() {
    return multiYearReason;
  }

  public StringProperty serviceContentProperty() {
    return serviceContent;
  }

  public StringProperty placeNamesProperty() {
    return placeNames;
  }

  public StringProperty installmentLinesProperty() {
    return installmentLines;
  }

  public ScreenTasks tasks() {
    return tasks;
  }
}
