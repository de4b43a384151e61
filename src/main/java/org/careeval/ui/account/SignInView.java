package org.careeval.ui.account;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.MessageLabels;

/** The sign-in form (also the lock screen, with the user name fixed). */
public final class SignInView {

  @FXML private Label titleLabel;
  @FXML private Label lockedHint;
  @FXML private TextField usernameField;
  @FXML private PasswordField passwordField;
  @FXML private Label problemLabel;
  @FXML private Button signInButton;
  @FXML private Button switchUserButton;

  private final SignInViewModel viewModel;
  private final Messages messages;
  private final Runnable switchUser;

  public SignInView(SignInViewModel viewModel, Messages messages, Runnable switchUser) {
    this.viewModel = viewModel;
    this.messages = messages;
    this.switchUser = switchUser;
  }

  @FXML
  private void initialize() {
    boolean locked = viewModel.isLocked();
    titleLabel.setText(messages.get(locked ? "account.lock.title" : "account.signIn.title"));
    lockedHint.setVisible(locked);
    lockedHint.setManaged(locked);
    switchUserButton.setVisible(locked);
    switchUserButton.setManaged(locked);
    usernameField.textProperty().bindBidirectional(viewModel.usernameProperty());
    usernameField.setDisable(locked);
    passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
    MessageLabels.bindHiddenWhenEmpty(problemLabel, viewModel.problemProperty(), messages);
    signInButton.disableProperty().bind(viewModel.busyProperty());
    (locked ? passwordField : usernameField)
        .sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (scene != null) {
                (locked ? passwordField : usernameField).requestFocus();
              }
            });
  }

  @FXML
  private void onSignIn() {
    viewModel.signIn();
  }

  @FXML
  private void onSwitchUser() {
    switchUser.run();
  }
}
