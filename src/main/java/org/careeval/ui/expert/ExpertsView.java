package org.careeval.ui.expert;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.careeval.domain.expert.Expert;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Columns;
import org.careeval.ui.common.FeedbackLabels;

/** 专家库: the list and the expert form. */
public final class ExpertsView {

  @FXML private Button templateButton;
  @FXML private Button importButton;
  @FXML private Button newButton;
  @FXML private TableView<Expert> expertsTable;
  @FXML private TableColumn<Expert, String> nameColumn;
  @FXML private TableColumn<Expert, String> specialtyColumn;
  @FXML private TableColumn<Expert, String> regionColumn;
  @FXML private TableColumn<Expert, String> employerColumn;
  @FXML private TableColumn<Expert, String> stateColumn;
  @FXML private VBox form;
  @FXML private Label formTitle;
  @FXML private TextField nameField;
  @FXML private ComboBox<String> specialtyBox;
  @FXML private TextField titleField;
  @FXML private TextField regionField;
  @FXML private TextField employerField;
  @FXML private TextField employerUsccField;
  @FXML private TextField phoneField;
  @FXML private TextField accountField;
  @FXML private CheckBox availableCheck;
  @FXML private TextArea tiesArea;
  @FXML private Label feedbackLabel;
  @FXML private Button blacklistButton;
  @FXML private Button liftButton;
  @FXML private Label creditLabel;
  @FXML private Button lateButton;
  @FXML private Button absentButton;

  private final ExpertsViewModel viewModel;
  private final Messages messages;

  public ExpertsView(ExpertsViewModel viewModel, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
  }

  @FXML
  private void initialize() {
    expertsTable.setItems(viewModel.experts());
    nameColumn.setCellValueFactory(c -> Columns.text(c.getValue().name()));
    specialtyColumn.setCellValueFactory(c -> Columns.text(c.getValue().draft().specialty()));
    regionColumn.setCellValueFactory(c -> Columns.text(c.getValue().draft().region()));
    employerColumn.setCellValueFactory(c -> Columns.text(c.getValue().draft().employer()));
    stateColumn.setCellValueFactory(c -> Columns.text(state(c.getValue())));
    Columns.withTooltips(expertsTable);
    expertsTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, now) -> viewModel.selectedProperty().set(now));
    viewModel
        .selectedProperty()
        .addListener(
            (obs, old, now) -> {
              formTitle.setText(
                  messages.get(
                      now == null ? "expert.form.new" : "expert.form.edit",
                      now == null ? "" : now.name()));
              if (now == null) {
                expertsTable.getSelectionModel().clearSelection();
              }
            });
    formTitle.setText(messages.get("expert.form.new", ""));
    nameField.textProperty().bindBidirectional(viewModel.nameProperty());
    specialtyBox.setItems(viewModel.specialties());
    specialtyBox.valueProperty().bindBidirectional(viewModel.specialtyProperty());
    titleField.textProperty().bindBidirectional(viewModel.titleProperty());
    regionField.textProperty().bindBidirectional(viewModel.regionProperty());
    employerField.textProperty().bindBidirectional(viewModel.employerProperty());
    employerUsccField.textProperty().bindBidirectional(viewModel.employerUsccProperty());
    phoneField.textProperty().bindBidirectional(viewModel.phoneProperty());
    accountField.textProperty().bindBidirectional(viewModel.accountProperty());
    availableCheck.selectedProperty().bindBidirectional(viewModel.availableProperty());
    tiesArea.textProperty().bindBidirectional(viewModel.tiesProperty());
    FeedbackLabels.bind(feedbackLabel, viewModel.tasks(), messages);
    blacklistButton.disableProperty().bind(viewModel.selectedProperty().isNull());
    liftButton
        .disableProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () ->
                    viewModel.selectedProperty().get() == null
                        || !viewModel.blacklisted(viewModel.selectedProperty().get()),
                viewModel.selectedProperty()));
    lateButton.disableProperty().bind(viewModel.selectedProperty().isNull());
    absentButton.disableProperty().bind(viewModel.selectedProperty().isNull());
    creditLabel.textProperty().bind(viewModel.creditProperty());
    boolean manage = viewModel.canManage();
    form.setDisable(!manage);
    for (Button b : java.util.List.of(templateButton, importButton, newButton)) {
      b.setVisible(manage);
      b.setManaged(manage);
    }
  }

  private String state(Expert e) {
    if (viewModel.blacklisted(e)) {
      return messages.get("expert.state.blacklisted");
    }
    return messages.get(
        e.draft().available() ? "expert.state.available" : "expert.state.unavailable");
  }

  @FXML
  private void onNew() {
    viewModel.startNew();
    nameField.requestFocus();
  }

  @FXML
  private void onSave() {
    viewModel.save();
  }

  @FXML
  private void onBlacklist() {
    viewModel.blacklist();
  }

  @FXML
  private void onLift() {
    viewModel.lift();
  }

  @FXML
  private void onLate() {
    viewModel.recordLate();
  }

  @FXML
  private void onAbsent() {
    viewModel.recordAbsent();
  }

  @FXML
  private void onImport() {
    viewModel.importWorkbook();
  }

  @FXML
  private void onTemplate() {
    viewModel.saveTemplate();
  }
}
