package org.careeval.ui.account;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.MessageLabels;

/** First start: create the first administrator. */
public final class FirstAdminView {

  @FXML private TextField usernameField;
  @FXML private TextField displayNameField;
  @FXML private PasswordField passwordField;
  @FXML private PasswordField confirmationField;
  @FXML private VBox encryptionBox;
  @FXML private CheckBox encryptCheck;
  @FXML private VBox filePasswordBox;
  @FXML private PasswordField filePasswordField;
  @FXML private PasswordField filePasswordConfirmationField;
  @FXML private Label problemLabel;
  @FXML private Button createButton;
  @FXML private VBox demoBox;
  @FXML private Button demoButton;

  private final FirstAdminViewModel viewModel;
  private final Messages messages;

  public FirstAdminView(FirstAdminViewModel viewModel, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
  }

  @FXML
  private void initialize() {
    usernameField.textProperty().bindBidirectional(viewModel.usernameProperty());
    displayNameField.textProperty().bindBidirectional(viewModel.displayNameProperty());
    passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
    confirmationField.textProperty().bindBidirectional(viewModel.confirmationProperty());
    encryptionBox.visibleProperty().bind(viewModel.encryptionOfferedProperty());
    encryptionBox.managedProperty().bind(encryptionBox.visibleProperty());
    encryptCheck.selectedProperty().bindBidirectional(viewModel.encryptProperty());
    filePasswordBox.visibleProperty().bind(encryptCheck.selectedProperty());
    filePasswordBox.managedProperty().bind(filePasswordBox.visibleProperty());
    filePasswordField.textProperty().bindBidirectional(viewModel.filePasswordProperty());
    filePasswordConfirmationField
        .textProperty()
        .bindBidirectional(viewModel.filePasswordConfirmationProperty());
    MessageLabels.bindHiddenWhenEmpty(problemLabel, viewModel.problemProperty(), messages);
    createButton.disableProperty().bind(viewModel.busyProperty());
    demoButton.disableProperty().bind(viewModel.busyProperty());
    demoBox.visibleProperty().bind(viewModel.encryptionOfferedProperty()); // new directories only
    demoBox.managedProperty().bind(demoBox.visibleProperty());
  }

  @FXML
  private void onLoadDemo() {
    viewModel.loadDemo();
  }

  @FXML
  private void onCreate() {
    viewModel.create();
  }
}
