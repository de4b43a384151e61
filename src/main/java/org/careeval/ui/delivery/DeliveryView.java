package org.careeval.ui.delivery;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.delivery.AcceptanceStage;
import org.careeval.domain.delivery.EvidenceFile;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.delivery.PeriodReport;
import org.careeval.domain.delivery.QualitativeBand;
import org.careeval.domain.delivery.RecipientGroup;
import org.careeval.domain.delivery.ReportState;
import org.careeval.service.contract.DeliveryOverview;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Columns;
import org.careeval.ui.common.DateFields;
import org.careeval.ui.common.FeedbackLabels;
import org.careeval.ui.common.Shown;
import org.careeval.ui.common.TextCells;

/**
 * 履约: the missing-items list, the chosen contract's quarterly reports with their evidence, its plan
 * (baseline and targets per quarter) and its acceptance.
 */
public final class DeliveryView {

  @FXML private Label feedbackLabel;
  @FXML private ComboBox<Contract> contractBox;
  @FXML private TabPane tabs;
  @FXML private CheckBox mineCheck;
  @FXML private Label quietLabel;
  @FXML private TableView<DeliveryOverview.Line> linesTable;
  @FXML private TableColumn<DeliveryOverview.Line, String> lineNumberColumn;
  @FXML private TableColumn<DeliveryOverview.Line, String> lineOrganizationColumn;
  @FXML private TableColumn<DeliveryOverview.Line, String> lineProjectColumn;
  @FXML private TableColumn<DeliveryOverview.Line, String> lineOfficerColumn;
  @FXML private TableColumn<DeliveryOverview.Line, String> linePeriodColumn;
  @FXML private TableColumn<DeliveryOverview.Line, String> lineStateColumn;
  @FXML private TableColumn<DeliveryOverview.Line, String> lineDeadlineColumn;
  @FXML private TableColumn<DeliveryOverview.Line, String> lineLateColumn;
  @FXML private javafx.scene.control.Tab reportTab;
  @FXML private TableView<DeliveryViewModel.PeriodRow> periodsTable;
  @FXML private TableColumn<DeliveryViewModel.PeriodRow, String> periodColumn;
  @FXML private TableColumn<DeliveryViewModel.PeriodRow, String> periodStateColumn;
  @FXML private Label reportInfoLabel;
  @FXML private TableView<ValueRow> valuesTable;
  @FXML private TableColumn<ValueRow, String> valueIndicatorColumn;
  @FXML private TableColumn<ValueRow, String> valueUnitColumn;
  @FXML private TableColumn<ValueRow, String> valueTargetColumn;
  @FXML private TableColumn<ValueRow, String> valueActualColumn;
  @FXML private TableColumn<ValueRow, String> valueBandColumn;
  @FXML private TableColumn<ValueRow, String> valueNoteColumn;
  @FXML private TextArea narrativeArea;
  @FXML private Button fromRecordsButton;
  @FXML private Button saveReportButton;
  @FXML private Button submitButton;
  @FXML private Button acceptButton;
  @FXML private Button returnButton;
  @FXML private Button unlockButton;
  @FXML private Button importSheetButton;
  @FXML private ListView<EvidenceFile> evidenceList;
  @FXML private Button addEvidenceButton;
  @FXML private Button saveEvidenceButton;
  @FXML private Button removeEvidenceButton;
  @FXML private Label planInfoLabel;
  @FXML private TableView<PlanRow> planTable;
  @FXML private TextField childrenField;
  @FXML private Button savePlanButton;
  @FXML private Button importTemplateButton;
  @FXML private TableView<AcceptanceStage> stagesTable;
  @FXML private TableColumn<AcceptanceStage, String> stageNameColumn;
  @FXML private TableColumn<AcceptanceStage, String> stagePlannedColumn;
  @FXML private TableColumn<AcceptanceStage, String> stageAcceptorColumn;
  @FXML private TableColumn<AcceptanceStage, String> stageResultColumn;
  @FXML private TableColumn<AcceptanceStage, String> stagePeopleColumn;
  @FXML private TextArea stagePlanArea;
  @FXML private Button saveStagesButton;
  @FXML private Button writeRecordButton;
  @FXML private ScrollPane recordScroll;
  @FXML private VBox recordForm;
  @FXML private ComboBox<AcceptanceStage> stageBox;
  @FXML private DatePicker acceptedOnPicker;
  @FXML private CheckBox passedCheck;
  @FXML private TextArea opinionArea;
  @FXML private GridPane countsGrid;

  @FXML private TableView<org.careeval.domain.records.MandatoryReport> mandatoryTable;
  @FXML private TableColumn<org.careeval.domain.records.MandatoryReport, String> mandatoryAtColumn;

  @FXML
  private TableColumn<org.careeval.domain.records.MandatoryReport, String> mandatoryAuthorityColumn;

  @FXML
  private TableColumn<org.careeval.domain.records.MandatoryReport, String> mandatoryReceiptColumn;

  @FXML
  private TableColumn<org.careeval.domain.records.MandatoryReport, String> mandatoryFollowUpColumn;

  @FXML
  private TableColumn<org.careeval.domain.records.MandatoryReport, String> mandatoryNoteColumn;

  @FXML private ComboBox<org.careeval.domain.records.MandatoryReport.FollowUp> followUpBox;
  @FXML private TextField followUpNoteField;
  @FXML private Button followUpButton;
  @FXML private ScrollPane mandatoryScroll;
  @FXML private DatePicker mandatoryDayPicker;
  @FXML private TextField mandatoryTimeField;
  @FXML private ComboBox<org.careeval.domain.records.MandatoryReport.Authority> authorityBox;
  @FXML private TextField authorityNameField;
  @FXML private TextField receiptField;

  private final DeliveryViewModel viewModel;
  private final AcceptanceViewModel acceptance;
  private final MandatoryReportsViewModel mandatory;
  private final Messages messages;

  public DeliveryView(
      DeliveryViewModel viewModel,
      AcceptanceViewModel acceptance,
      MandatoryReportsViewModel mandatory,
      Messages messages) {
    this.viewModel = viewModel;
    this.acceptance = acceptance;
    this.mandatory = mandatory;
    this.messages = messages;
  }

  @FXML
  private void initialize() {
    FeedbackLabels.bind(feedbackLabel, viewModel.tasks(), messages);
    contractBox.setItems(viewModel.contracts());
    contractBox.setConverter(Shown.as(c -> c == null ? "" : c.number() + "　" + c.project()));
    contractBox.valueProperty().bindBidirectional(viewModel.contractProperty());
    bindMissing();
    bindReports();
    bindEvidence();
    bindPlan();
    bindAcceptance();
    bindMandatory();
  }

  private void bindMandatory() {
    mandatoryTable.setItems(mandatory.reports());
    mandatoryAtColumn.setCellValueFactory(
        c -> Columns.text(c.getValue().reportedAt().toString().replace('T', ' ')));
    mandatoryAuthorityColumn.setCellValueFactory(
        c -> Columns.text(c.getValue().authority().chinese() + "　" + c.getValue().authorityName()));
    mandatoryReceiptColumn.setCellValueFactory(c -> Columns.text(c.getValue().receiptNumber()));
    mandatoryFollowUpColumn.setCellValueFactory(
        c -> Columns.text(c.getValue().followUp().chinese()));
    mandatoryNoteColumn.setCellValueFactory(c -> Columns.text(c.getValue().followUpNote()));
    Columns.withTooltips(mandatoryTable);
    mandatoryTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, now) -> mandatory.selectedProperty().set(now));
    followUpBox.getItems().setAll(org.careeval.domain.records.MandatoryReport.FollowUp.values());
    followUpBox.setConverter(Shown.as(f -> f == null ? "" : f.chinese()));
    followUpBox.valueProperty().bindBidirectional(mandatory.followUpProperty());
    followUpNoteField.textProperty().bindBidirectional(mandatory.noteProperty());
    followUpButton.disableProperty().bind(mandatory.selectedProperty().isNull());
    authorityBox.getItems().setAll(org.careeval.domain.records.MandatoryReport.Authority.values());
    authorityBox.setConverter(Shown.as(a -> a == null ? "" : a.chinese()));
    authorityBox.valueProperty().bindBidirectional(mandatory.authorityProperty());
    mandatoryDayPicker.valueProperty().bindBidirectional(mandatory.dayProperty());
    DateFields.install(mandatoryDayPicker, messages);
    mandatoryTimeField.textProperty().bindBidirectional(mandatory.timeProperty());
    authorityNameField.textProperty().bindBidirectional(mandatory.authorityNameProperty());
    receiptField.textProperty().bindBidirectional(mandatory.receiptProperty());
    boolean edit = viewModel.canEdit();
    show(mandatoryScroll, edit);
    for (javafx.scene.Node n : java.util.List.of(followUpBox, followUpNoteField, followUpButton)) {
      show(n, edit);
    }
  }

  @FXML
  private void onMandatory() {
    mandatory.record();
  }

  @FXML
  private void onFollowUp() {
    mandatory.followUp();
  }

  private void bindMissing() {
    mineCheck.selectedProperty().bindBidirectional(viewModel.mineOnlyProperty());
    quietLabel.textProperty().bind(viewModel.quietProperty());
    quietLabel.visibleProperty().bind(viewModel.quietProperty().isNotEmpty());
    quietLabel.managedProperty().bind(quietLabel.visibleProperty());
    linesTable.setItems(viewModel.lines());
    lineNumberColumn.setCellValueFactory(c -> Columns.text(c.getValue().contractNumber()));
    lineOrganizationColumn.setCellValueFactory(c -> Columns.text(c.getValue().organization()));
    lineProjectColumn.setCellValueFactory(c -> Columns.text(c.getValue().project()));
    lineOfficerColumn.setCellValueFactory(c -> Columns.text(c.getValue().officer()));
    linePeriodColumn.setCellValueFactory(c -> Columns.text(c.getValue().period().code()));
    lineStateColumn.setCellValueFactory(c -> Columns.text(viewModel.state(c.getValue())));
    lineDeadlineColumn.setCellValueFactory(c -> Columns.text(c.getValue().deadline().toString()));
    lineLateColumn.setCellValueFactory(
        c -> Columns.text(Long.toString(c.getValue().status().daysLate())));
    lineLateColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
    Columns.withTooltips(linesTable);
    linesTable.setRowFactory(
        t -> {
          TableRow<DeliveryOverview.Line> row = new TableRow<>();
          row.setOnMouseClicked(
              e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                  viewModel.openLine(row.getItem());
                  tabs.getSelectionModel().select(reportTab);
                }
              });
          return row;
        });
  }

  private void bindReports() {
    periodsTable.setItems(viewModel.periods());
    periodColumn.setCellValueFactory(c -> Columns.text(c.getValue().period().code()));
    periodStateColumn.setCellValueFactory(
        c ->
            Columns.text(
                messages.get(
                    c.getValue()
                        .report()
                        .map(PeriodReport::state)
                        .orElse(ReportState.DRAFT)
                        .labelKey())));
    periodsTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                viewModel.periodProperty().set(now);
              }
            });
    viewModel
        .periodProperty()
        .addListener((obs, old, now) -> periodsTable.getSelectionModel().select(now));
    reportInfoLabel.textProperty().bind(viewModel.reportInfoProperty());
    valuesTable.setItems(viewModel.values());
    valuesTable.editableProperty().bind(viewModel.editableProperty());
    valueIndicatorColumn.setCellValueFactory(
        c -> Columns.text(c.getValue().indicator().indicator().level3()));
    valueUnitColumn.setCellValueFactory(
        c -> Columns.text(c.getValue().indicator().indicator().unit()));
    valueTargetColumn.setCellValueFactory(c -> Columns.text(c.getValue().target()));
    valueTargetColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
    valueActualColumn.setCellValueFactory(c -> c.getValue().actualProperty());
    // an actual is typed on quantitative rows; a band is chosen on the others
    valueActualColumn.setCellFactory(TextCells.committingOnFocusLoss(ValueRow::quantitative));
    valueActualColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
    valueBandColumn.setCellValueFactory(c -> c.getValue().bandProperty());
    String[] bands =
        Arrays.stream(QualitativeBand.values())
            .map(QualitativeBand::chinese)
            .toArray(String[]::new);
    valueBandColumn.setCellFactory(
        c ->
            new ComboBoxTableCell<>(bands) {
              @Override
              public void startEdit() {
                if (getTableRow().getItem() != null && !getTableRow().getItem().quantitative()) {
                  super.startEdit();
                }
              }
            });
    valueNoteColumn.setCellValueFactory(c -> c.getValue().noteProperty());
    valueNoteColumn.setCellFactory(TextCells.committingOnFocusLoss());
    Columns.withTooltips(valuesTable);
    narrativeArea.textProperty().bindBidirectional(viewModel.narrativeProperty());
    narrativeArea.editableProperty().bind(viewModel.editableProperty());
    boolean edit = viewModel.canEdit();
    for (Button b : java.util.List.of(saveReportButton, submitButton, importSheetButton)) {
      show(b, edit);
    }
    saveReportButton.disableProperty().bind(viewModel.editableProperty().not());
    show(fromRecordsButton, edit);
    fromRecordsButton.disableProperty().bind(viewModel.editableProperty().not());
    submitButton.disableProperty().bind(viewModel.editableProperty().not());
    show(acceptButton, edit);
    show(returnButton, edit);
    acceptButton.disableProperty().bind(viewModel.submittedProperty().not());
    returnButton.disableProperty().bind(viewModel.submittedProperty().not());
    show(unlockButton, viewModel.canUnlock());
    unlockButton.disableProperty().bind(viewModel.acceptedProperty().not());
  }

  private void bindEvidence() {
    evidenceList.setItems(viewModel.evidence());
    evidenceList.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(EvidenceFile item, boolean empty) {
                super.updateItem(item, empty);
                setText(
                    empty || item == null
                        ? null
                        : item.fileName() + "（" + Math.max(1, item.sizeBytes() / 1024) + " KB）");
              }
            });
    show(addEvidenceButton, viewModel.canEdit());
    show(removeEvidenceButton, viewModel.canEdit());
    addEvidenceButton.disableProperty().bind(viewModel.editableProperty().not());
    var none = evidenceList.getSelectionModel().selectedItemProperty().isNull();
    saveEvidenceButton.disableProperty().bind(none);
    removeEvidenceButton.disableProperty().bind(none.or(viewModel.editableProperty().not()));
  }

  private void bindPlan() {
    planInfoLabel.textProperty().bind(viewModel.planInfoProperty());
    planTable.setItems(viewModel.planRows());
    planTable.editableProperty().set(viewModel.canEdit());
    viewModel
        .planPeriods()
        .addListener((javafx.collections.ListChangeListener<Period>) c -> planColumns());
    childrenField.textProperty().bindBidirectional(viewModel.childrenCoveredProperty());
    childrenField.setEditable(viewModel.canEdit());
    show(savePlanButton, viewModel.canEdit());
    show(importTemplateButton, viewModel.canEditTemplate());
  }

  private void planColumns() {
    planTable.getColumns().clear();
    planTable
        .getColumns()
        .add(fixed("delivery.column.level1", r -> r.indicator().indicator().level1(), 60));
    planTable
        .getColumns()
        .add(fixed("delivery.column.level2", r -> r.indicator().indicator().level2(), 90));
    planTable
        .getColumns()
        .add(fixed("delivery.column.indicator", r -> r.indicator().indicator().level3(), 170));
    planTable
        .getColumns()
        .add(fixed("delivery.column.kind", r -> r.indicator().indicator().kind().chinese(), 50));
    planTable
        .getColumns()
        .add(fixed("delivery.column.unit", r -> r.indicator().indicator().unit(), 45));
    planTable
        .getColumns()
        .add(
            fixed(
                "delivery.column.weight",
                r -> r.indicator().indicator().weight().toPlainString(),
                45));
    TableColumn<PlanRow, String> baseline =
        new TableColumn<>(messages.get("delivery.column.baseline"));
    baseline.setCellValueFactory(c -> c.getValue().baselineProperty());
    baseline.setCellFactory(TextCells.committingOnFocusLoss());
    baseline.setPrefWidth(60);
    planTable.getColumns().add(baseline);
    for (Period p : viewModel.planPeriods()) {
      TableColumn<PlanRow, String> target = new TableColumn<>(p.code());
      target.setCellValueFactory(c -> c.getValue().targetProperty(p));
      target.setCellFactory(
          TextCells.committingOnFocusLoss(
              (PlanRow row) -> row.indicator().indicator().kind().quantitative()));
      target.setPrefWidth(70);
      target.setStyle("-fx-alignment: CENTER-RIGHT;");
      planTable.getColumns().add(target);
    }
  }

  private TableColumn<PlanRow, String> fixed(
      String headerKey, java.util.function.Function<PlanRow, String> value, double width) {
    TableColumn<PlanRow, String> column = new TableColumn<>(messages.get(headerKey));
    column.setCellValueFactory(c -> Columns.text(value.apply(c.getValue())));
    column.setEditable(false);
    column.setPrefWidth(width);
    return column;
  }

  private void bindAcceptance() {
    stagesTable.setItems(acceptance.stages());
    stageNameColumn.setCellValueFactory(c -> Columns.text(c.getValue().name()));
    stagePlannedColumn.setCellValueFactory(c -> Columns.text(c.getValue().plannedOn().toString()));
    stageAcceptorColumn.setCellValueFactory(c -> Columns.text(c.getValue().acceptor()));
    stageResultColumn.setCellValueFactory(c -> Columns.text(acceptance.result(c.getValue())));
    stagePeopleColumn.setCellValueFactory(c -> Columns.text(acceptance.participants(c.getValue())));
    Columns.withTooltips(stagesTable);
    stagePlanArea.textProperty().bindBidirectional(acceptance.planLinesProperty());
    boolean edit = viewModel.canEdit();
    var held =
        Bindings.createBooleanBinding(
            () -> acceptance.stages().stream().anyMatch(s -> s.record().isPresent()),
            acceptance.stages());
    stagePlanArea.editableProperty().bind(held.not());
    show(saveStagesButton, edit);
    saveStagesButton.disableProperty().bind(held.or(viewModel.contractProperty().isNull()));
    writeRecordButton
        .disableProperty()
        .bind(stagesTable.getSelectionModel().selectedItemProperty().isNull());
    stageBox.setItems(acceptance.stages());
    stageBox.setConverter(Shown.as(s -> s == null ? "" : s.name()));
    stageBox.valueProperty().bindBidirectional(acceptance.stageProperty());
    acceptedOnPicker.valueProperty().bindBidirectional(acceptance.acceptedOnProperty());
    DateFields.install(acceptedOnPicker, messages);
    passedCheck.selectedProperty().bindBidirectional(acceptance.passedProperty());
    opinionArea.textProperty().bindBidirectional(acceptance.opinionProperty());
    int row = 0;
    for (RecipientGroup g : RecipientGroup.values()) {
      TextField count = new TextField();
      count.setPrefColumnCount(5);
      count.setPromptText("0");
      count.textProperty().bindBidirectional(acceptance.countProperty(g));
      countsGrid.addRow(row++, new Label(g.chinese()), count);
    }
    recordForm
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () ->
                    acceptance.stageProperty().get() == null
                        || acceptance.stageProperty().get().record().isPresent(),
                acceptance.stageProperty()));
    show(recordScroll, edit);
  }

  private static void show(javafx.scene.Node node, boolean shown) {
    node.setVisible(shown);
    node.setManaged(shown);
  }

  @FXML
  private void onFromRecords() {
    valuesTable.edit(-1, null);
    viewModel.fillFromRecords();
  }

  @FXML
  private void onSaveReport() {
    valuesTable.edit(-1, null);
    viewModel.saveReport();
  }

  @FXML
  private void onSubmit() {
    valuesTable.edit(-1, null);
    viewModel.submit();
  }

  @FXML
  private void onAccept() {
    viewModel.accept();
  }

  @FXML
  private void onReturn() {
    viewModel.giveBack();
  }

  @FXML
  private void onUnlock() {
    viewModel.unlock();
  }

  @FXML
  private void onWriteSheet() {
    viewModel.writeSheet();
  }

  @FXML
  private void onImportSheet() {
    viewModel.importSheet();
  }

  @FXML
  private void onAddEvidence() {
    viewModel.addEvidence();
  }

  @FXML
  private void onSaveEvidence() {
    viewModel.saveEvidence(evidenceList.getSelectionModel().getSelectedItem());
  }

  @FXML
  private void onRemoveEvidence() {
    viewModel.removeEvidence(evidenceList.getSelectionModel().getSelectedItem());
  }

  @FXML
  private void onSavePlan() {
    planTable.edit(-1, null);
    viewModel.savePlan();
  }

  @FXML
  private void onExportTemplate() {
    viewModel.exportTemplate();
  }

  @FXML
  private void onImportTemplate() {
    viewModel.importTemplate();
  }

  @FXML
  private void onSaveStages() {
    acceptance.savePlan();
  }

  @FXML
  private void onWriteRecord() {
    acceptance.writeRecord(stagesTable.getSelectionModel().getSelectedItem());
  }

  @FXML
  private void onRecord() {
    acceptance.record();
  }
}
