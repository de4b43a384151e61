package org.careeval.ui.place;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.careeval.domain.place.PlaceKind;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Columns;
import org.careeval.ui.common.FeedbackLabels;
import org.careeval.ui.common.Shown;
import org.careeval.ui.common.TableSelection;

/** 区划: the county's towns and villages. */
public final class PlacesView {

  @FXML private Button templateButton;
  @FXML private Button importButton;
  @FXML private Button newButton;
  @FXML private TableView<PlacesViewModel.Row> placesTable;
  @FXML private TableColumn<PlacesViewModel.Row, String> townColumn;
  @FXML private TableColumn<PlacesViewModel.Row, String> villageColumn;
  @FXML private TableColumn<PlacesViewModel.Row, String> codeColumn;
  @FXML private TableColumn<PlacesViewModel.Row, String> statusColumn;
  @FXML private VBox form;
  @FXML private Label formTitle;
  @FXML private ComboBox<PlaceKind> kindBox;
  @FXML private Label townLabel;
  @FXML private ComboBox<String> townBox;
  @FXML private TextField nameField;
  @FXML private TextField codeField;
  @FXML private CheckBox activeCheck;
  @FXML private Label feedbackLabel;
  @FXML private Button saveButton;

  private final PlacesViewModel viewModel;
  private final Messages messages;

  public PlacesView(PlacesViewModel viewModel, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
  }

  @FXML
  private void initialize() {
    placesTable.setItems(viewModel.rows());
    townColumn.setCellValueFactory(
        c ->
            Columns.text(c.getValue().place().kind() == PlaceKind.TOWN ? c.getValue().town() : ""));
    villageColumn.setCellValueFactory(
        c ->
            Columns.text(
                c.getValue().place().kind() == PlaceKind.VILLAGE
                    ? c.getValue().place().name()
                    : ""));
    codeColumn.setCellValueFactory(c -> Columns.text(c.getValue().place().divisionCode()));
    statusColumn.setCellValueFactory(
        c ->
            Columns.text(
                messages.get(
                    c.getValue().place().active()
                        ? "place.status.active"
                        : "place.status.inactive")));
    Columns.withTooltips(placesTable);
    TableSelection.bind(placesTable, viewModel.selectedProperty());

    kindBox.getItems().setAll(PlaceKind.values());
    kindBox.setConverter(Shown.as(kind -> kind == null ? "" : messages.get(kind.labelKey())));
    kindBox.valueProperty().bindBidirectional(viewModel.kindProperty());
    townBox.setItems(viewModel.towns());
    townBox.valueProperty().bindBidirectional(viewModel.townProperty());
    nameField.textProperty().bindBidirectional(viewModel.nameProperty());
    codeField.textProperty().bindBidirectional(viewModel.divisionCodeProperty());
    activeCheck.selectedProperty().bindBidirectional(viewModel.activeProperty());
    FeedbackLabels.bind(feedbackLabel, viewModel.tasks(), messages);
    saveButton.disableProperty().bind(viewModel.tasks().busyProperty());
    viewModel.selectedProperty().addListener((obs, old, now) -> showMode());
    viewModel.kindProperty().addListener((obs, old, now) -> showMode());
    showMode();
    boolean manage = viewModel.canManage();
    for (var node : java.util.List.of(templateButton, importButton, newButton, form)) {
      node.setVisible(manage);
      node.setManaged(manage);
    }
  }

  /** A new place chooses its kind and town; an existing one keeps them (only name, code, use). */
  private void showMode() {
    boolean creating = viewModel.selectedProperty().get() == null;
    formTitle.setText(messages.get(creating ? "place.form.newTitle" : "place.form.editTitle"));
    kindBox.setDisable(!creating);
    boolean village = viewModel.kindProperty().get() == PlaceKind.VILLAGE;
    townLabel.setVisible(village);
    townLabel.setManaged(village);
    townBox.setVisible(village);
    townBox.setManaged(village);
    townBox.setDisable(!creating);
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

  @FXML
  private void onImport() {
    viewModel.importPlaces();
  }

  @FXML
  private void onTemplate() {
    viewModel.saveTemplate();
  }
}
