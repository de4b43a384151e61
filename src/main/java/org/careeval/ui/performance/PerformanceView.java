package org.careeval.ui.performance;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.delivery.QualitativeBand;
import org.careeval.domain.performance.EvaluatorKind;
import org.careeval.domain.performance.Rectification;
import org.careeval.service.i18n.Messages;
import org.careeval.service.performance.PerformanceService;
import org.careeval.ui.common.Columns;
import org.careeval.ui.common.DateFields;
import org.careeval.ui.common.FeedbackLabels;
import org.careeval.ui.common.Shown;
import org.careeval.ui.common.TextCells;

/** 绩效评价: the plan on the left, the evaluation chosen on the right in four tabs. */
public final class PerformanceView {

  @FXML private Label feedbackLabel;
  @FXML private ComboBox<Contract> contractBox;
  @FXML private ComboBox<org.careeval.domain.delivery.Period> quarterBox;
  @FXML private Button quarterlyButton;
  @FXML private TableView<PerformanceService.Planned> planTable;
  @FXML private TableColumn<PerformanceService.Planned, String> planStageColumn;
  @FXML private TableColumn<PerformanceService.Planned, String> planDueColumn;
  @FXML private TableColumn<PerformanceService.Planned, String> planStateColumn;
  @FXML private TableColumn<PerformanceService.Planned, String> planGradeColumn;
  @FXML private ComboBox<EvaluatorKind> evaluatorBox;
  @FXML private TextField nameField;
  @FXML private TextField teamField;
  @FXML private Button startButton;
  @FXML private Button followUpButton;
  @FXML private Label summaryLabel;
  @FXML private TableView<LineRow> linesTable;
  @FXML private TableColumn<LineRow, String> lineLevel1Column;
  @FXML private TableColumn<LineRow, String> lineNameColumn;
  @FXML private TableColumn<LineRow, String> lineKindColumn;
  @FXML private TableColumn<LineRow, String> lineWeightColumn;
  @FXML private TableColumn<LineRow, String> lineTargetColumn;
  @FXML private TableColumn<LineRow, String> lineActualColumn;
  @FXML private TableColumn<LineRow, String> lineBandColumn;
  @FXML private TableColumn<LineRow, String> lineGivenColumn;
  @FXML private TableColumn<LineRow, String> lineScoreColumn;
  @FXML private TableColumn<LineRow, String> lineNoteColumn;
  @FXML private ListView<String> problemsList;
  @FXML private TextArea findingsArea;
  @FXML private Button saveButton;
  @FXML private Button exportButton;
  @FXML private Button importButton;
  @FXML private Button importMemberButton;
  @FXML private Button signButton;
  @FXML private TableView<SurveyRow> surveysTable;
  @FXML private TableColumn<SurveyRow, String> surveyGroupColumn;
  @FXML private TableColumn<SurveyRow, String> surveyMethodColumn;
  @FXML private TableColumn<SurveyRow, String> surveyVeryColumn;
  @FXML private TableColumn<SurveyRow, String> surveySatisfiedColumn;
  @FXML private TableColumn<SurveyRow, String> surveyNeutralColumn;
  @FXML private TableColumn<SurveyRow, String> surveyDissatisfiedColumn;
  @FXML private TableColumn<SurveyRow, String> surveyVeryDissatisfiedColumn;
  @FXML private TableColumn<SurveyRow, String> surveyInvalidColumn;
  @FXML private TableColumn<SurveyRow, String> surveyRateColumn;
  @FXML private Button saveSurveysButton;
  @FXML private Button surveySheetButton;
  @FXML private Button importSurveysButton;
  @FXML private TableView<Rectification> rectificationsTable;
  @FXML private TableColumn<Rectification, String> rectDescriptionColumn;
  @FXML private TableColumn<Rectification, String> rectOwnerColumn;
  @FXML private TableColumn<Rectification, String> rectDueColumn;
  @FXML private TableColumn<Rectification, String> rectStateColumn;
  @FXML private TableColumn<Rectification, String> rectFollowUpColumn;
  @FXML private TextField rectDescriptionField;
  @FXML private TextField rectOwnerField;
  @FXML private DatePicker rectDuePicker;
  @FXML private Button addRectButton;
  @FXML private Button followRectButton;
  @FXML private Button closeRectButton;
  @FXML private ListView<String> contextList;

  private final PerformanceViewModel viewModel;
  private final Messages messages;

  public PerformanceView(PerformanceViewModel viewModel, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
  }

  @FXML
  private void initialize() {
    FeedbackLabels.bind(feedbackLabel, viewModel.tasks(), messages);
    contractBox.setItems(viewModel.contracts());
    contractBox.setConverter(
        Shown.as(c -> c == null ? "" : c.number() + "　" + c.organization() + "　" + c.project()));
    contractBox.valueProperty().bindBidirectional(viewModel.contractProperty());
    summaryLabel.textProperty().bind(viewModel.summaryProperty());
    quarterBox.setItems(viewModel.quarters());
    quarterBox.setConverter(Shown.as(p -> p == null ? "" : p.chinese()));
    quarterBox.valueProperty().bindBidirectional(viewModel.quarterProperty());
    quarterlyButton.disableProperty().bind(viewModel.quarterProperty().isNull());
    bindPlan();
    bindLines();
    bindSurveys();
    bindRectifications();
    contextList.setItems(viewModel.context());
  }

  private void bindPlan() {
    planTable.setItems(viewModel.plan());
    planStageColumn.setCellValueFactory(c -> Columns.text(c.getValue().plan().stage()));
    planDueColumn.setCellValueFactory(c -> Columns.text(c.getValue().plan().dueOn().toString()));
    planStateColumn.setCellValueFactory(
        c ->
            Columns.text(
                c.getValue()
                    .evaluation()
                    .map(e -> messages.get(e.state().labelKey()))
                    .orElse(messages.get("performance.state.planned"))));
    planGradeColumn.setCellValueFactory(
        c -> Columns.text(c.getValue().evaluation().flatMap(e -> e.grade()).orElse("")));
    Columns.withTooltips(planTable);
    planTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null && now != viewModel.plannedProperty().get()) {
                viewModel.plannedProperty().set(now);
              }
            });
    viewModel
        .plannedProperty()
        .addListener((obs, old, now) -> planTable.getSelectionModel().select(now));
    evaluatorBox.getItems().setAll(viewModel.evaluatorKinds());
    evaluatorBox.setConverter(Shown.as(k -> k == null ? "" : k.chinese()));
    evaluatorBox.valueProperty().bindBidirectional(viewModel.evaluatorProperty());
    nameField.textProperty().bindBidirectional(viewModel.evaluatorNameProperty());
    teamField.textProperty().bindBidirectional(viewModel.teamProperty());
    startButton.disableProperty().bind(viewModel.startableProperty().not());
    for (javafx.scene.Node n : List.of(evaluatorBox, nameField, teamField)) {
      n.setDisable(!viewModel.canEdit());
    }
    show(startButton, viewModel.canEdit());
    show(followUpButton, viewModel.canEdit());
  }

  private void bindLines() {
    linesTable.setItems(viewModel.lines());
    linesTable.editableProperty().bind(viewModel.editableProperty());
    lineLevel1Column.setCellValueFactory(c -> Columns.text(c.getValue().line().level1()));
    lineNameColumn.setCellValueFactory(c -> Columns.text(c.getValue().line().level3()));
    lineKindColumn.setCellValueFactory(c -> Columns.text(c.getValue().line().kind().chinese()));
    lineWeightColumn.setCellValueFactory(
        c -> Columns.text(c.getValue().line().weight().toPlainString()));
    editable(lineTargetColumn, LineRow::targetProperty, true);
    editable(lineActualColumn, LineRow::actualProperty, true);
    lineBandColumn.setCellValueFactory(c -> c.getValue().bandProperty());
    String[] bands =
        Arrays.stream(QualitativeBand.values())
            .map(QualitativeBand::chinese)
            .toArray(String[]::new);
    lineBandColumn.setCellFactory(
        c ->
            new ComboBoxTableCell<>(bands) {
              @Override
              public void startEdit() {
                if (getTableRow().getItem() != null && !getTableRow().getItem().quantitative()) {
                  super.startEdit();
                }
              }
            });
    editable(lineGivenColumn, LineRow::givenProperty, false);
    lineScoreColumn.setCellValueFactory(c -> c.getValue().scoreProperty());
    lineNoteColumn.setCellValueFactory(c -> c.getValue().noteProperty());
    lineNoteColumn.setCellFactory(TextCells.committingOnFocusLoss());
    for (TableColumn<LineRow, String> c :
        List.of(
            lineWeightColumn,
            lineTargetColumn,
            lineActualColumn,
            lineGivenColumn,
            lineScoreColumn)) {
      c.setStyle("-fx-alignment: CENTER-RIGHT;");
    }
    // a line over 130 % of its target without a note stands out until it is explained
    linesTable.setRowFactory(
        t ->
            new TableRow<>() {
              @Override
              protected void updateItem(LineRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(
                    javafx.css.PseudoClass.getPseudoClass("flagged"),
                    !empty && item != null && item.flaggedProperty().get());
              }
            });
    Columns.withTooltips(linesTable);
    problemsList.setItems(viewModel.problems());
    findingsArea.textProperty().bindBidirectional(viewModel.findingsProperty());
    findingsArea.editableProperty().bind(viewModel.editableProperty());
    for (Button b : List.of(saveButton, importButton, importMemberButton)) {
      show(b, viewModel.canEdit());
      b.disableProperty().bind(viewModel.editableProperty().not());
    }
    exportButton.disableProperty().bind(viewModel.detailProperty().isNull());
    show(signButton, viewModel.canSign());
    signButton.disableProperty().bind(viewModel.signableProperty().not());
  }

  /** A typed column, editable on quantitative rows only or on qualitative rows only. */
  private static void editable(
      TableColumn<LineRow, String> column,
      Function<LineRow, StringProperty> cell,
      boolean quantitative) {
    column.setCellValueFactory(c -> cell.apply(c.getValue()));
    column.setCellFactory(
        TextCells.committingOnFocusLoss((LineRow r) -> r.quantitative() == quantitative));
  }

  private void bindSurveys() {
    surveysTable.setItems(viewModel.surveys());
    surveysTable.editableProperty().bind(viewModel.editableProperty());
    surveyGroupColumn.setCellValueFactory(c -> Columns.text(c.getValue().group().chinese()));
    surveyMethodColumn.setCellValueFactory(c -> c.getValue().methodProperty());
    surveyMethodColumn.setCellFactory(TextCells.committingOnFocusLoss());
    List<TableColumn<SurveyRow, String>> counts =
        List.of(
            surveyVeryColumn,
            surveySatisfiedColumn,
            surveyNeutralColumn,
            surveyDissatisfiedColumn,
            surveyVeryDissatisfiedColumn,
            surveyInvalidColumn);
    for (int i = 0; i < counts.size(); i++) {
      int answer = i;
      counts.get(i).setCellValueFactory(c -> c.getValue().countProperty(answer));
      counts.get(i).setCellFactory(TextCells.committingOnFocusLoss());
      counts.get(i).setStyle("-fx-alignment: CENTER-RIGHT;");
    }
    surveyRateColumn.setCellValueFactory(c -> c.getValue().rateProperty());
    surveyRateColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
    for (Button b : List.of(saveSurveysButton, importSurveysButton)) {
      show(b, viewModel.canEdit());
      b.disableProperty().bind(viewModel.editableProperty().not());
    }
    surveySheetButton.disableProperty().bind(viewModel.detailProperty().isNull());
  }

  private void bindRectifications() {
    rectificationsTable.setItems(viewModel.rectifications());
    rectDescriptionColumn.setCellValueFactory(c -> Columns.text(c.getValue().description()));
    rectOwnerColumn.setCellValueFactory(c -> Columns.text(c.getValue().owner()));
    rectDueColumn.setCellValueFactory(c -> Columns.text(c.getValue().dueOn().toString()));
    rectStateColumn.setCellValueFactory(
        c ->
            Columns.text(
                messages.get(
                    c.getValue().done()
                        ? "performance.rectification.done"
                        : "performance.rectification.open")));
    rectFollowUpColumn.setCellValueFactory(c -> Columns.text(c.getValue().followUp()));
    Columns.withTooltips(rectificationsTable);
    DateFields.install(rectDuePicker, messages);
    boolean edit = viewModel.canEdit();
    for (javafx.scene.Node n :
        List.of(
            rectDescriptionField, rectOwnerField, rectDuePicker, addRectButton, followRectButton)) {
      show(n, edit);
    }
    addRectButton.disableProperty().bind(viewModel.detailProperty().isNull());
    followRectButton
        .disableProperty()
        .bind(rectificationsTable.getSelectionModel().selectedItemProperty().isNull());
    show(closeRectButton, viewModel.canSign());
    closeRectButton
        .disableProperty()
        .bind(rectificationsTable.getSelectionModel().selectedItemProperty().isNull());
  }

  private static void show(javafx.scene.Node node, boolean visible) {
    node.setVisible(visible);
    node.setManaged(visible);
  }

  @FXML
  private void onQuarterly() {
    viewModel.writeQuarterly();
  }

  @FXML
  private void onStart() {
    viewModel.start();
  }

  @FXML
  private void onStartFollowUp() {
    viewModel.startFollowUp();
  }

  @FXML
  private void onSave() {
    linesTable.edit(-1, null); // keeps a value still being typed
    viewModel.save();
  }

  @FXML
  private void onExport() {
    viewModel.exportSheet();
  }

  @FXML
  private void onImport() {
    viewModel.importSheet();
  }

  @FXML
  private void onImportMember() {
    viewModel.importMemberSheet();
  }

  @FXML
  private void onSign() {
    viewModel.signOff();
  }

  @FXML
  private void onSurveySheet() {
    viewModel.writeSurveySheet();
  }

  @FXML
  private void onImportSurveys() {
    viewModel.importSurveys();
  }

  @FXML
  private void onSaveSurveys() {
    surveysTable.edit(-1, null);
    viewModel.saveSurveys();
  }

  @FXML
  private void onAddRectification() {
    if (rectDuePicker.getValue() == null) {
      viewModel
          .tasks()
          .fail(org.careeval.ui.common.Message.of("performance.rectification.dueMissing"));
      return;
    }
    viewModel.addRectification(
        rectDescriptionField.getText(), rectOwnerField.getText(), rectDuePicker.getValue());
    rectDescriptionField.clear();
  }

  @FXML
  private void onFollowUp() {
    Rectification item = rectificationsTable.getSelectionModel().getSelectedItem();
    if (item != null) {
      viewModel.followUp(item, false);
    }
  }

  @FXML
  private void onClose() {
    Rectification item = rectificationsTable.getSelectionModel().getSelectedItem();
    if (item != null) {
      viewModel.followUp(item, true);
    }
  }
}
