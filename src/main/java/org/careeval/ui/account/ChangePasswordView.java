package org.careeval.ui.account;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.MessageLabels;

/** Change one's own password. */
public final class ChangePasswordView {

  @FXML private Label forcedHint;
  @FXML private PasswordField currentField;
  @FXML private PasswordField newPasswordField;
  @FXML private PasswordField confirmationField;
  @FXML private Label problemLabel;
  @FXML private Button changeButton;
  @FXML private Button cancelButton;

  private final ChangePasswordViewModel viewModel;
  private final Messages messages;

  public ChangePasswordView(ChangePasswordViewModel viewModel, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
  }

  @FXML
  private void initialize() {
    forcedHint.setVisible(viewModel.isForced());
    forcedHint.setManaged(viewModel.isForced());
    cancelButton.setVisible(!viewModel.isForced());
    cancelButton.setManaged(!viewModel.isForced());
    currentField.textProperty().bindBidirectional(viewModel.currentProperty());
    newPasswordField.textProperty().bindBidirectional(viewModel.newPasswordProperty());
    confirmationField.textProperty().bindBidirectional(viewModel.confirmationProperty());
    MessageLabels.bindHiddenWhenEmpty(problemLabel, viewModel.problemProperty(), messages);
    changeButton.disableProperty().bind(viewModel.busyProperty());
  }

  @FXML
  private void onChange() {
    viewModel.change();
  }

  @FXML
  private void onCancel() {
    viewModel.cancel();
  }
}
