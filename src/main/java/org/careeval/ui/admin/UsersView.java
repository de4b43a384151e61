package org.careeval.ui.admin;

import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.UserAccount;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.FeedbackLabels;
import org.careeval.ui.common.Sorting;
import org.careeval.ui.common.TableSelection;

/** Administration › users. */
public final class UsersView {

  @FXML private TableView<UserAccount> usersTable;
  @FXML private TableColumn<UserAccount, String> usernameColumn;
  @FXML private TableColumn<UserAccount, String> displayNameColumn;
  @FXML private TableColumn<UserAccount, String> rolesColumn;
  @FXML private TableColumn<UserAccount, String> statusColumn;
  @FXML private Label formTitle;
  @FXML private TextField usernameField;
  @FXML private TextField displayNameField;
  @FXML private VBox rolesBox;
  @FXML private CheckBox activeCheck;
  @FXML private Label passwordLabel;
  @FXML private PasswordField passwordField;
  @FXML private Label feedbackLabel;
  @FXML private Button saveButton;

  private final UsersViewModel viewModel;
  private final Messages messages;

  public UsersView(UsersViewModel viewModel, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
  }

  @FXML
  private void initialize() {
    usersTable.setItems(viewModel.accounts());
    usernameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().username()));
    displayNameColumn.setCellValueFactory(
        c -> new ReadOnlyStringWrapper(c.getValue().displayName()));
    Sorting.byPinyin(displayNameColumn);
    rolesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(roles(c.getValue())));
    statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(status(c.getValue())));
    TableSelection.bind(usersTable, viewModel.selectedProperty());

    for (Role role : Role.values()) {
      CheckBox box = new CheckBox(messages.get(role.labelKey()));
      box.setId("role-" + role.name().toLowerCase(Locale.ROOT));
      box.selectedProperty().bindBidirectional(viewModel.roleProperty(role));
      rolesBox.getChildren().add(box);
    }
    usernameField.textProperty().bindBidirectional(viewModel.usernameProperty());
    displayNameField.textProperty().bindBidirectional(viewModel.displayNameProperty());
    passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
    activeCheck.selectedProperty().bindBidirectional(viewModel.activeProperty());
    FeedbackLabels.bind(feedbackLabel, viewModel.tasks(), messages);
    saveButton.disableProperty().bind(viewModel.tasks().busyProperty());
    showMode(viewModel.selectedProperty().get());
    viewModel.selectedProperty().addListener((obs, old, now) -> showMode(now));
  }

  private void showMode(UserAccount editing) {
    boolean creating = editing == null;
    formTitle.setText(
        creating
            ? messages.get("users.form.newTitle")
            : messages.get("users.form.editTitle", editing.username()));
    usernameField.setDisable(!creating);
    activeCheck.setDisable(creating);
    passwordLabel.setText(
        messages.get(creating ? "users.field.initialPassword" : "users.field.resetPassword"));
  }

  private String roles(UserAccount account) {
    return account.roles().stream()
        .sorted()
        .map(role -> messages.get(role.labelKey()))
        .collect(Collectors.joining("、"));
  }

  private String status(UserAccount account) {
    if (!account.active()) {
      return messages.get("users.status.inactive");
    }
    return messages.get(
        account.mustChangePassword() ? "users.status.mustChange" : "users.status.active");
  }

  @FXML
  private void onNew() {
    viewModel.startNew();
    usernameField.requestFocus();
  }

  @FXML
  private void onSave() {
    viewModel.save();
  }
}
