package org.careeval.ui.delivery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.records.MandatoryReport;
import org.careeval.domain.user.Session;
import org.careeval.service.CareEvalServices;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;

/**
 * 强制报告 of the chosen contract: the log (when, authority, receipt, follow-up) and a form to log one
 * or record its follow-up. No field about the child exists. Shares the screen's feedback.
 */
public final class MandatoryReportsViewModel {

  private final CareEvalServices services;
  private final Session session;
  private final ScreenTasks tasks;
  private final ObjectProperty<Contract> contract;
  private final ObservableList<MandatoryReport> reports = FXCollections.observableArrayList();
  private final ObjectProperty<MandatoryReport> selected = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
  private final StringProperty time = new SimpleStringProperty("");
  private final ObjectProperty<MandatoryReport.Authority> authority =
      new SimpleObjectProperty<>(MandatoryReport.Authority.PUBLIC_SECURITY);
  private final StringProperty authorityName = new SimpleStringProperty("");
  private final StringProperty receipt = new SimpleStringProperty("");
  private final ObjectProperty<MandatoryReport.FollowUp> followUp =
      new SimpleObjectProperty<>(MandatoryReport.FollowUp.RECEIVED);
  private final StringProperty note = new SimpleStringProperty("");

  public MandatoryReportsViewModel(
      CareEvalServices services,
      Session session,
      ScreenTasks tasks,
      ObjectProperty<Contract> contract) {
    this.services = services;
    this.session = session;
    this.tasks = tasks;
    this.contract = contract;
    contract.addListener((obs, old, now) -> load());
  }

  void load() {
    Contract c = contract.get();
    if (c == null) {
      reports.clear();
      return;
    }
    tasks.run(() -> services.mandatoryReports().list(session, c.id()), this::show);
  }

  private void show(List<MandatoryReport> loaded) {
    reports.setAll(loaded);
    day.set(services.clock().today());
    time.set("");
    authorityName.set("");
    receipt.set("");
    note.set("");
  }

  /** Logs a report as typed; the time is HH:mm. */
  public void record() {
    Contract c = contract.get();
    if (c == null || day.get() == null) {
      return;
    }
    LocalTime at;
    try {
      at = LocalTime.parse(time.get().strip());
    } catch (DateTimeParseException e) {
      tasks.fail(Message.of("mandatory.form.badTime", time.get()));
      return;
    }
    MandatoryReport entered =
        new MandatoryReport(
            0,
            c.id(),
            LocalDateTime.of(day.get(), at),
            authority.get(),
            authorityName.get(),
            receipt.get(),
            MandatoryReport.FollowUp.REPORTED,
            "",
            "",
            0);
    tasks.run(
        () -> services.mandatoryReports().record(session, entered),
        loaded -> {
          tasks.succeed(Message.of("mandatory.recorded"));
          show(loaded);
        });
  }

  /** Records the follow-up of the chosen report. */
  public void followUp() {
    Contract c = contract.get();
    MandatoryReport r = selected.get();
    if (c == null || r == null) {
      return;
    }
    MandatoryReport.FollowUp state = followUp.get();
    String text = note.get();
    tasks.run(
        () ->
            services.mandatoryReports().followUp(session, c.id(), r.id(), r.version(), state, text),
        loaded -> {
          tasks.succeed(Message.of("mandatory.followedUp"));
          show(loaded);
        });
  }

  public ObservableList<MandatoryReport> reports() {
    return reports;
  }

  public ObjectProperty<MandatoryReport> selectedProperty() {
    return selected;
  }

  public ObjectProperty<LocalDate> dayProperty() {
    return day;
  }

  public StringProperty timeProperty() {
    return time;
  }

  public ObjectProperty<MandatoryReport.Authority> authorityProperty() {
    return authority;
  }

  public StringProperty authorityNameProperty() {
    return authorityName;
  }

  public StringProperty receiptProperty() {
    return receipt;
  }

  public ObjectProperty<MandatoryReport.FollowUp> followUpProperty() {
    return followUp;
  }

  public StringProperty noteProperty() {
    return note;
  }
}
