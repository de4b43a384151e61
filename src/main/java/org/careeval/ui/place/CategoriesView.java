package org.careeval.ui.place;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.careeval.domain.project.ServiceCategory;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Columns;
import org.careeval.ui.common.FeedbackLabels;
import org.careeval.ui.common.Shown;
import org.careeval.ui.common.TableSelection;

/** 服务类别: the catalogue projects choose their categories from. */
public final class CategoriesView {

  @FXML private TableView<ServiceCategory> categoriesTable;
  @FXML private TableColumn<ServiceCategory, String> nameColumn;
  @FXML private TableColumn<ServiceCategory, String> materialColumn;
  @FXML private TableColumn<ServiceCategory, String> purposeColumn;
  @FXML private TableColumn<ServiceCategory, String> statusColumn;
  @FXML private Label formTitle;
  @FXML private TextField nameField;
  @FXML private CheckBox materialCheck;
  @FXML private ComboBox<ServiceCategory.Purpose> purposeBox;
  @FXML private CheckBox activeCheck;
  @FXML private Label feedbackLabel;
  @FXML private Button saveButton;

  private final CategoriesViewModel viewModel;
  private final Messages messages;

  public CategoriesView(CategoriesViewModel viewModel, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
  }

  @FXML
  private void initialize() {
    categoriesTable.setItems(viewModel.categories());
    nameColumn.setCellValueFactory(c -> Columns.text(c.getValue().name()));
    materialColumn.setCellValueFactory(
        c ->
            Columns.text(
                messages.get(
                    c.getValue().material() ? "category.material.yes" : "category.material.no")));
    purposeColumn.setCellValueFactory(
        c -> Columns.text(messages.get(c.getValue().purpose().labelKey())));
    statusColumn.setCellValueFactory(
        c ->
            Columns.text(
                messages.get(
                    c.getValue().active() ? "place.status.active" : "place.status.inactive")));
    Columns.withTooltips(categoriesTable);
    TableSelection.bind(categoriesTable, viewModel.selectedProperty());
    nameField.textProperty().bindBidirectional(viewModel.nameProperty());
    materialCheck.selectedProperty().bindBidirectional(viewModel.materialProperty());
    purposeBox.getItems().setAll(ServiceCategory.Purpose.values());
    purposeBox.setConverter(
        Shown.as(purpose -> purpose == null ? "" : messages.get(purpose.labelKey())));
    purposeBox.valueProperty().bindBidirectional(viewModel.purposeProperty());
    activeCheck.selectedProperty().bindBidirectional(viewModel.activeProperty());
    FeedbackLabels.bind(feedbackLabel, viewModel.tasks(), messages);
    saveButton.disableProperty().bind(viewModel.tasks().busyProperty());
    showMode();
    viewModel.selectedProperty().addListener((obs, old, now) -> showMode());
  }

  private void showMode() {
    boolean creating = viewModel.selectedProperty().get() == null;
    formTitle.setText(
        messages.get(creating ? "category.form.newTitle" : "category.form.editTitle"));
    activeCheck.setDisable(creating);
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
}
