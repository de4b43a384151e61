package org.careeval.ui.contract;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.careeval.service.contract.ContractService;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Columns;
import org.careeval.ui.common.DateFields;
import org.careeval.ui.common.FeedbackLabels;
import org.careeval.ui.common.Formats;

/** 合同: the contracts, the chosen one's installments, and the signing form of a draft. */
public final class ContractsView {

  @FXML private Label feedbackLabel;
  @FXML private TableView<ContractService.Detail> contractsTable;
  @FXML private TableColumn<ContractService.Detail, String> numberColumn;
  @FXML private TableColumn<ContractService.Detail, String> projectColumn;
  @FXML private TableColumn<ContractService.Detail, String> organizationColumn;
  @FXML private TableColumn<ContractService.Detail, String> amountColumn;
  @FXML private TableColumn<ContractService.Detail, String> statusColumn;
  @FXML private TableColumn<ContractService.Detail, String> paidColumn;
  @FXML private TableColumn<ContractService.Detail, String> executionColumn;
  @FXML private Label projectExecutionLabel;
  @FXML private TableView<ContractService.Row> installmentsTable;
  @FXML private TableColumn<ContractService.Row, String> seqColumn;
  @FXML private TableColumn<ContractService.Row, String> installmentAmountColumn;
  @FXML private TableColumn<ContractService.Row, String> conditionColumn;
  @FXML private TableColumn<ContractService.Row, String> stateColumn;
  @FXML private TableColumn<ContractService.Row, String> reasonColumn;
  @FXML private Button releaseButton;
  @FXML private Button attachScanButton;
  @FXML private Button saveScanButton;
  @FXML private javafx.scene.control.ScrollPane signScroll;
  @FXML private VBox signForm;
  @FXML private TextField numberField;
  @FXML private DatePicker signedOnPicker;
  @FXML private DatePicker termStartPicker;
  @FXML private DatePicker termEndPicker;
  @FXML private TextField multiYearField;
  @FXML private TextArea serviceContentArea;
  @FXML private TextField placesField;
  @FXML private TextArea installmentsArea;
  @FXML private Button signButton;
  @FXML private javafx.scene.control.ComboBox<org.careeval.domain.project.Project> directProjectBox;
  @FXML private TextField directAmountField;

  private final ContractsViewModel viewModel;
  private final Messages messages;

  public ContractsView(ContractsViewModel viewModel, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
  }

  @FXML
  private void initialize() {
    FeedbackLabels.bind(feedbackLabel, viewModel.tasks(), messages);
    contractsTable.setItems(viewModel.contracts());
    numberColumn.setCellValueFactory(c -> Columns.text(c.getValue().contract().number()));
    projectColumn.setCellValueFactory(c -> Columns.text(c.getValue().contract().project()));
    organizationColumn.setCellValueFactory(
        c -> Columns.text(c.getValue().contract().organization()));
    amountColumn.setCellValueFactory(
        c -> Columns.text(Formats.money(c.getValue().contract().amount())));
    statusColumn.setCellValueFactory(
        c -> Columns.text(messages.get(c.getValue().contract().status().labelKey())));
    paidColumn.setCellValueFactory(c -> Columns.text(Formats.money(c.getValue().paid())));
    executionColumn.setCellValueFactory(
        c -> Columns.text(c.getValue().execution().toPlainString() + "%"));
    executionColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
    projectExecutionLabel.textProperty().bind(viewModel.projectExecutionProperty());
    amountColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
    paidColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
    Columns.withTooltips(contractsTable);
    contractsTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                viewModel.selectedProperty().set(now);
              }
            });
    viewModel
        .selectedProperty()
        .addListener((obs, old, now) -> contractsTable.getSelectionModel().select(now));
    bindInstallments();
    bindSignForm();
    directProjectBox.setItems(viewModel.directProjects());
    directProjectBox.setConverter(org.careeval.ui.common.Shown.as(p -> p == null ? "" : p.name()));
    directProjectBox.valueProperty().bindBidirectional(viewModel.directProjectProperty());
    directAmountField.textProperty().bindBidirectional(viewModel.directAmountProperty());
  }

  private void bindInstallments() {
    installmentsTable.setItems(viewModel.installments());
    seqColumn.setCellValueFactory(
        c -> Columns.text(Integer.toString(c.getValue().installment().seq())));
    installmentAmountColumn.setCellValueFactory(
        c -> Columns.text(Formats.money(c.getValue().installment().amount())));
    installmentAmountColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
    conditionColumn.setCellValueFactory(c -> Columns.text(viewModel.condition(c.getValue())));
    stateColumn.setCellValueFactory(
        c -> Columns.text(messages.get(c.getValue().state().kind().labelKey())));
    reasonColumn.setCellValueFactory(c -> Columns.text(viewModel.reason(c.getValue())));
    Columns.withTooltips(installmentsTable);
    releaseButton.setVisible(viewModel.canRelease());
    releaseButton.setManaged(viewModel.canRelease());
    releaseButton
        .disableProperty()
        .bind(installmentsTable.getSelectionModel().selectedItemProperty().isNull());
    attachScanButton.setVisible(viewModel.canSign());
    attachScanButton.setManaged(viewModel.canSign());
    attachScanButton.disableProperty().bind(viewModel.selectedProperty().isNull());
    saveScanButton
        .disableProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () ->
                    viewModel.selectedProperty().get() == null
                        || viewModel.selectedProperty().get().contract().scanSha256().isEmpty(),
                viewModel.selectedProperty()));
  }

  private void bindSignForm() {
    numberField.textProperty().bindBidirectional(viewModel.numberProperty());
    signedOnPicker.valueProperty().bindBidirectional(viewModel.signedOnProperty());
    termStartPicker.valueProperty().bindBidirectional(viewModel.termStartProperty());
    termEndPicker.valueProperty().bindBidirectional(viewModel.termEndProperty());
    for (DatePicker picker : java.util.List.of(signedOnPicker, termStartPicker, termEndPicker)) {
      DateFields.install(picker, messages);
    }
    multiYearField.textProperty().bindBidirectional(viewModel.multiYearReasonProperty());
    serviceContentArea.textProperty().bindBidirectional(viewModel.serviceContentProperty());
    placesField.textProperty().bindBidirectional(viewModel.placeNamesProperty());
    installmentsArea.textProperty().bindBidirectional(viewModel.installmentLinesProperty());
    signForm.disableProperty().bind(viewModel.signableProperty().not());
    signScroll.setVisible(viewModel.canSign());
    signScroll.setManaged(viewModel.canSign());
  }

  @FXML
  private void onEnterDirect() {
    viewModel.enterDirect();
  }

  @FXML
  private void onSign() {
    viewModel.sign();
  }

  @FXML
  private void onAttachScan() {
    viewModel.attachScan();
  }

  @FXML
  private void onSaveScan() {
    viewModel.saveScan();
  }

  @FXML
  private void onRelease() {
    viewModel.release(installmentsTable.getSelectionModel().getSelectedItem());
  }
}
