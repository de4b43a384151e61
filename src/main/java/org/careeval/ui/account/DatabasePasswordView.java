package org.careeval.ui.account;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.MessageLabels;

/** Asks for the password of an encrypted database file. */
public final class DatabasePasswordView {

  @FXML private PasswordField databasePasswordField;
  @FXML private Label problemLabel;
  @FXML private Button unlockButton;

  private final DatabasePasswordViewModel viewModel;
  private final Messages messages;

  public DatabasePasswordView(DatabasePasswordViewModel viewModel, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
  }

  @FXML
  private void initialize() {
    databasePasswordField.textProperty().bindBidirectional(viewModel.passwordProperty());
    MessageLabels.bindHiddenWhenEmpty(problemLabel, viewModel.problemProperty(), messages);
    unlockButton.disableProperty().bind(viewModel.busyProperty());
  }

  @FXML
  private void onUnlock() {
    viewModel.unlock();
  }
}
