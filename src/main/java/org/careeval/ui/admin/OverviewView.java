package org.careeval.ui.admin;

import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.careeval.domain.user.Session;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Formats;
import org.careeval.ui.organization.RegisterAlertsViewModel;

/** The start page: which installation is open and how much it holds. */
public final class OverviewView {

  @FXML private Label greetingLabel;
  @FXML private Label rolesLabel;
  @FXML private VBox installationCard;
  @FXML private Label dataDirectoryValue;
  @FXML private Label schemaVersionValue;
  @FXML private Label createdAtValue;
  @FXML private Label recordsValue;
  @FXML private VBox alertsCard;
  @FXML private GridPane alertsGrid;

  private final Optional<SystemInfoViewModel> systemInfo;
  private final Optional<RegisterAlertsViewModel> registerAlerts;
  private final Session session;
  private final Messages messages;

  /**
   * @param systemInfo present when the user may see installation facts
   * @param registerAlerts present when the user may read the organization register
   */
  public OverviewView(
      Optional<SystemInfoViewModel> systemInfo,
      Optional<RegisterAlertsViewModel> registerAlerts,
      Session session,
      Messages messages) {
    this.systemInfo = systemInfo;
    this.registerAlerts = registerAlerts;
    this.session = session;
    this.messages = messages;
  }

  @FXML
  private void initialize() {
    greetingLabel.setText(messages.get("overview.greeting", session.displayName()));
    rolesLabel.setText(
        messages.get(
            "overview.roles",
            session.roles().stream()
                .sorted()
                .map(role -> messages.get(role.labelKey()))
                .reduce((a, b) -> a + "、" + b)
                .orElse(messages.get("shell.user.noRole"))));
    installationCard.setVisible(systemInfo.isPresent());
    installationCard.setManaged(systemInfo.isPresent());
    systemInfo.ifPresent(this::bindInstallation);
    alertsCard.setVisible(registerAlerts.isPresent());
    alertsCard.setManaged(registerAlerts.isPresent());
    registerAlerts.ifPresent(
        viewModel -> {
          viewModel.counts().addListener((Observable changed) -> showAlerts(viewModel));
          showAlerts(viewModel);
        });
  }

  /** One line per alert kind; kinds that apply to some organization stand out. */
  private void showAlerts(RegisterAlertsViewModel viewModel) {
    alertsGrid.getChildren().clear();
    int row = 0;
    for (RegisterAlertsViewModel.AlertCount line : viewModel.counts()) {
      Label name = new Label(messages.get(line.alert().labelKey()));
      name.getStyleClass().add("field-label");
      Label count = new Label(messages.get("overview.alerts.count", line.count()));
      if (line.count() > 0) {
        count.getStyleClass().add("failure-text");
      }
      alertsGrid.addRow(row++, name, count);
    }
  }

  private void bindInstallation(SystemInfoViewModel viewModel) {
    Formats formats = new Formats(messages.locale(), viewModel.zone());
    SystemInfoBindings.bind(
        viewModel, messages, formats, dataDirectoryValue, schemaVersionValue, createdAtValue);
    recordsValue
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    messages.get(
                        "overview.records.value",
                        viewModel.tables().size(),
                        viewModel.tables().stream().mapToLong(t -> t.rows()).sum()),
                viewModel.tables()));
  }
}
