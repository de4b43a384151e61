package org.careeval.ui.admin;

import java.util.Locale;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.careeval.domain.user.Session;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.organization.RegisterAlertsViewModel;

/**
 * The start page: who is signed in and what needs attention in the register; each count opens the
 * register showing those organizations. Installation facts are in 系统管理.
 */
public final class OverviewView {

  @FXML private Label greetingLabel;
  @FXML private Label rolesLabel;
  @FXML private VBox alertsCard;
  @FXML private GridPane alertsGrid;

  private final Optional<RegisterAlertsViewModel> registerAlerts;
  private final Session session;
  private final Messages messages;

  /**
   * @param registerAlerts present when the user may read the organization register
   */
  public OverviewView(
      Optional<RegisterAlertsViewModel> registerAlerts, Session session, Messages messages) {
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
    alertsCard.setVisible(registerAlerts.isPresent());
    alertsCard.setManaged(registerAlerts.isPresent());
    registerAlerts.ifPresent(
        viewModel -> {
          viewModel.counts().addListener((Observable changed) -> showAlerts(viewModel));
          showAlerts(viewModel);
        });
  }

  /**
   * One line per alert kind; a kind that applies to some organization stands out, and its count is
   * a link to the register showing exactly those organizations.
   */
  private void showAlerts(RegisterAlertsViewModel viewModel) {
    alertsGrid.getChildren().clear();
    int row = 0;
    for (RegisterAlertsViewModel.AlertCount line : viewModel.counts()) {
      Label name = new Label(messages.get(line.alert().labelKey()));
      name.getStyleClass().add("field-label");
      String text = messages.get("overview.alerts.count", line.count());
      if (line.count() == 0) {
        alertsGrid.addRow(row++, name, new Label(text));
        continue;
      }
      Hyperlink count = new Hyperlink(text);
      count.setId("alert-" + line.alert().name().toLowerCase(Locale.ROOT));
      count.getStyleClass().add("failure-text");
      count.setOnAction(e -> viewModel.open(line.alert()));
      alertsGrid.addRow(row++, name, count);
    }
  }
}
