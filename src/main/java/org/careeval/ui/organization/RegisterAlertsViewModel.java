package org.careeval.ui.organization;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.organization.OrganizationAlert;
import org.careeval.domain.user.Session;
import org.careeval.service.organization.OrganizationDetailService;
import org.careeval.ui.common.ScreenTasks;
import org.careeval.ui.common.UiExecutor;

/** The overview card: how many registered organizations carry each alert today. */
public final class RegisterAlertsViewModel {

  /** One line of the card. */
  public record AlertCount(OrganizationAlert alert, int count) {}

  private final OrganizationDetailService details;
  private final Session session;
  private final ScreenTasks tasks;
  private final ObservableList<AlertCount> counts = FXCollections.observableArrayList();
  private final Consumer<OrganizationAlert> openRegister;

  /**
   * @param openRegister shows the register with only the organizations carrying the alert
   */
  public RegisterAlertsViewModel(
      OrganizationDetailService details,
      Session session,
      UiExecutor executor,
      Consumer<OrganizationAlert> openRegister) {
    this.details = details;
    this.session = session;
    this.tasks = new ScreenTasks(executor);
    this.openRegister = openRegister;
  }

  /** A count on the card was clicked: the register, filtered to those organizations. */
  public void open(OrganizationAlert alert) {
    openRegister.accept(alert);
  }

  public void load() {
    tasks.run(() -> details.alertCounts(session), this::show);
  }

  private void show(Map<OrganizationAlert, Integer> byAlert) {
    counts.setAll(
        Arrays.stream(OrganizationAlert.values())
            .map(alert -> new AlertCount(alert, byAlert.getOrDefault(alert, 0)))
            .toList());
  }

  /** Every alert kind in order, with 0 where none applies. */
  public ObservableList<AlertCount> counts() {
    return counts;
  }

  public ScreenTasks tasks() {
    return tasks;
  }
}
