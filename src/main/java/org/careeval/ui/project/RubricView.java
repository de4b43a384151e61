package org.careeval.ui.project;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.careeval.domain.project.Project;
import org.careeval.domain.rubric.Aggregation;
import org.careeval.domain.rubric.CheckItem;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.rubric.CriterionKind;
import org.careeval.domain.rubric.RubricSection;
import org.careeval.domain.rubric.RubricVersion;
import org.careeval.service.i18n.Messages;
import org.careeval.service.rubric.RubricTemplates;
import org.careeval.ui.common.Columns;
import org.careeval.ui.common.FeedbackLabels;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.MessageLabels;
import org.careeval.ui.common.Shown;

/** The rubric tab of a project: summary, versions, what the rules find, and the three lists. */
public final class RubricView {

  @FXML private Label rubricSummary;
  @FXML private ComboBox<RubricVersion> versionBox;
  @FXML private HBox rubricButtons;
  @FXML private MenuButton templateButton;
  @FXML private MenuButton copyButton;
  @FXML private Button rubricImportButton;
  @FXML private Button rubricExportButton;
  @FXML private Label rubricFeedback;
  @FXML private javafx.scene.control.TitledPane settingsPane;
  @FXML private javafx.scene.control.TextField pricePointsField;
  @FXML private ComboBox<Aggregation> aggregationBox;
  @FXML private javafx.scene.control.TextField decimalsField;
  @FXML private javafx.scene.control.TextField smeField;
  @FXML private javafx.scene.control.TextField lowPriceField;
  @FXML private javafx.scene.control.TextField approvalField;
  @FXML private javafx.scene.control.CheckBox tieBreakCheck;
  @FXML private Label tieBreakLabel;
  @FXML private Button settingsSaveButton;
  @FXML private ListView<Message> findingsList;
  @FXML private javafx.scene.control.TabPane rubricSections;
  @FXML private HBox editButtons;
  @FXML private Button addRowButton;
  @FXML private Button removeRowButton;
  @FXML private Button discardButton;
  @FXML private Button saveRubricButton;
  @FXML private TableView<Criterion> criteriaTable;
  @FXML private TableColumn<Criterion, String> criterionCodeColumn;
  @FXML private TableColumn<Criterion, String> criterionGroupColumn;
  @FXML private TableColumn<Criterion, String> criterionContentColumn;
  @FXML private TableColumn<Criterion, String> criterionPointsColumn;
  @FXML private TableColumn<Criterion, String> criterionKindColumn;
  @FXML private TableColumn<Criterion, String> criterionBandsColumn;
  @FXML private TableView<CheckItem> qualificationTable;
  @FXML private TableColumn<CheckItem, String> qualificationCodeColumn;
  @FXML private TableColumn<CheckItem, String> qualificationContentColumn;
  @FXML private TableColumn<CheckItem, String> qualificationBasisColumn;
  @FXML private TableView<CheckItem> conformityTable;
  @FXML private TableColumn<CheckItem, String> conformityCodeColumn;
  @FXML private TableColumn<CheckItem, String> conformityContentColumn;
  @FXML private TableColumn<CheckItem, String> conformityBasisColumn;

  private final RubricViewModel viewModel;
  private final ProjectsViewModel projects;
  private final Messages messages;

  public RubricView(RubricViewModel viewModel, ProjectsViewModel projects, Messages messages) {
    this.viewModel = viewModel;
    this.projects = projects;
    this.messages = messages;
  }

  @FXML
  private void initialize() {
    viewModel.projectProperty().bind(projects.selectedProperty());
    rubricSummary.textProperty().bind(MessageLabels.text(viewModel.summaryProperty(), messages));
    FeedbackLabels.bind(rubricFeedback, viewModel.tasks(), messages);
    versionBox.setItems(viewModel.versions());
    versionBox.setConverter(
        Shown.as(v -> v == null ? "" : messages.get("rubric.version", v.version())));
    versionBox.valueProperty().bindBidirectional(viewModel.shownProperty());
    findingsList.setItems(viewModel.findings());
    findingsList.setCellFactory(list -> new FindingCell());
    bindCriteria();
    bindItems(
        qualificationTable,
        qualificationCodeColumn,
        qualificationContentColumn,
        qualificationBasisColumn,
        viewModel.qualification());
    bindItems(
        conformityTable,
        conformityCodeColumn,
        conformityContentColumn,
        conformityBasisColumn,
        viewModel.conformity());
    bindSettings();
    bindEditing();
    boolean canChange = viewModel.canChange();
    rubricButtons
        .getChildren()
        .removeIf(
            n ->
                !canChange
                    && n instanceof javafx.scene.control.ButtonBase
                    && n != rubricExportButton);
    projects.projects().addListener((ListChangeListener<Project>) change -> fillCopyMenu());
    projects.selectedProperty().addListener((obs, old, now) -> fillCopyMenu());
    fillCopyMenu();
    for (var control : List.of(templateButton, copyButton, rubricImportButton)) {
      control
          .disableProperty()
          .bind(projects.selectedProperty().isNull().or(viewModel.tasks().busyProperty()));
    }
    rubricExportButton
        .disableProperty()
        .bind(viewModel.shownProperty().isNull().or(viewModel.tasks().busyProperty()));
  }

  /**
   * Cells edit in place (double-click or F2, Enter commits): texts as typed, points as numbers, the
   * type from a list, bands as their lines joined by "；". The rules run on every change.
   */
  private void bindEditing() {
    boolean canChange = viewModel.canChange();
    editButtons.setVisible(canChange);
    editButtons.setManaged(canChange);
    for (TableView<?> table : List.of(criteriaTable, qualificationTable, conformityTable)) {
      table.setEditable(canChange);
    }
    editCriterion(
        criterionCodeColumn,
        (c, v) -> new Criterion(v, c.group(), c.content(), c.maxPoints(), c.kind(), c.bands()));
    editCriterion(
        criterionGroupColumn,
        (c, v) -> new Criterion(c.code(), v, c.content(), c.maxPoints(), c.kind(), c.bands()));
    editCriterion(
        criterionContentColumn,
        (c, v) -> new Criterion(c.code(), c.group(), v, c.maxPoints(), c.kind(), c.bands()));
    editCriterion(criterionPointsColumn, viewModel::withPoints);
    editCriterion(
        criterionKindColumn,
        (c, v) ->
            java.util.Arrays.stream(CriterionKind.values())
                .filter(k -> messages.get(k.labelKey()).equals(v))
                .findFirst()
                .map(
                    k ->
                        new Criterion(
                            c.code(), c.group(), c.content(), c.maxPoints(), k, c.bands()))
                .orElse(c));
    criterionKindColumn.setCellFactory(
        javafx.scene.control.cell.ComboBoxTableCell.forTableColumn(
            java.util.Arrays.stream(CriterionKind.values())
                .map(k -> messages.get(k.labelKey()))
                .toArray(String[]::new)));
    editCriterion(criterionBandsColumn, viewModel::withBands);
    editItem(
        qualificationTable,
        qualificationCodeColumn,
        RubricSection.QUALIFICATION,
        (i, v) -> new CheckItem(v, i.content(), i.basis()));
    editItem(
        qualificationTable,
        qualificationContentColumn,
        RubricSection.QUALIFICATION,
        (i, v) -> new CheckItem(i.code(), v, i.basis()));
    editItem(
        qualificationTable,
        qualificationBasisColumn,
        RubricSection.QUALIFICATION,
        (i, v) -> new CheckItem(i.code(), i.content(), v));
    editItem(
        conformityTable,
        conformityCodeColumn,
        RubricSection.CONFORMITY,
        (i, v) -> new CheckItem(v, i.content(), i.basis()));
    editItem(
        conformityTable,
        conformityContentColumn,
        RubricSection.CONFORMITY,
        (i, v) -> new CheckItem(i.code(), v, i.basis()));
    editItem(
        conformityTable,
        conformityBasisColumn,
        RubricSection.CONFORMITY,
        (i, v) -> new CheckItem(i.code(), i.content(), v));
    addRowButton.disableProperty().bind(projects.selectedProperty().isNull());
    discardButton.visibleProperty().bind(viewModel.editedProperty());
    saveRubricButton.visibleProperty().bind(viewModel.editedProperty());
    saveRubricButton.disableProperty().bind(viewModel.tasks().busyProperty());
  }

  private void editCriterion(
      TableColumn<Criterion, String> column,
      java.util.function.BiFunction<Criterion, String, Criterion> change) {
    if (column != criterionKindColumn) {
      column.setCellFactory(javafx.scene.control.cell.TextFieldTableCell.forTableColumn());
    }
    column.setOnEditCommit(
        e -> {
          int row = e.getTablePosition().getRow();
          viewModel.setCriterion(row, change.apply(e.getRowValue(), e.getNewValue().strip()));
        });
  }

  private void editItem(
      TableView<CheckItem> table,
      TableColumn<CheckItem, String> column,
      RubricSection section,
      java.util.function.BiFunction<CheckItem, String, CheckItem> change) {
    column.setCellFactory(javafx.scene.control.cell.TextFieldTableCell.forTableColumn());
    column.setOnEditCommit(
        e ->
            viewModel.setItem(
                section,
                e.getTablePosition().getRow(),
                change.apply(e.getRowValue(), e.getNewValue().strip())));
  }

  private void bindSettings() {
    pricePointsField.textProperty().bindBidirectional(viewModel.pricePointsProperty());
    aggregationBox.getItems().setAll(Aggregation.values());
    aggregationBox.setConverter(Shown.as(a -> a == null ? "" : messages.get(a.labelKey())));
    aggregationBox.valueProperty().bindBidirectional(viewModel.aggregationProperty());
    decimalsField.textProperty().bindBidirectional(viewModel.decimalsProperty());
    smeField.textProperty().bindBidirectional(viewModel.smeDeductionProperty());
    lowPriceField.textProperty().bindBidirectional(viewModel.lowPriceAlertProperty());
    approvalField.textProperty().bindBidirectional(viewModel.approvalReferenceProperty());
    tieBreakCheck.selectedProperty().bindBidirectional(viewModel.technicalTieBreakProperty());
    tieBreakCheck.visibleProperty().bind(viewModel.tenderProperty());
    tieBreakCheck.managedProperty().bind(viewModel.tenderProperty());
    tieBreakLabel.textProperty().bind(MessageLabels.text(viewModel.tieBreakProperty(), messages));
    settingsPane.disableProperty().bind(viewModel.shownProperty().isNull());
    settingsSaveButton.setVisible(viewModel.canChange());
    settingsSaveButton.disableProperty().bind(viewModel.tasks().busyProperty());
  }

  private void bindCriteria() {
    criteriaTable.setItems(viewModel.criteria());
    criterionCodeColumn.setCellValueFactory(c -> Columns.text(c.getValue().code()));
    criterionGroupColumn.setCellValueFactory(c -> Columns.text(c.getValue().group()));
    criterionContentColumn.setCellValueFactory(c -> Columns.text(c.getValue().content()));
    criterionPointsColumn.setCellValueFactory(
        c -> Columns.text(c.getValue().maxPoints().toPlainString()));
    criterionPointsColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
    criterionKindColumn.setCellValueFactory(
        c -> Columns.text(messages.get(c.getValue().kind().labelKey())));
    criterionBandsColumn.setCellValueFactory(
        c -> Columns.text(RubricViewModel.bandsShown(c.getValue())));
    Columns.withTooltips(criteriaTable);
    Columns.fitContent(criteriaTable, criterionCodeColumn);
    Columns.fitContent(criteriaTable, criterionKindColumn);
  }

  private void bindItems(
      TableView<CheckItem> table,
      TableColumn<CheckItem, String> code,
      TableColumn<CheckItem, String> content,
      TableColumn<CheckItem, String> basis,
      javafx.collections.ObservableList<CheckItem> items) {
    table.setItems(items);
    code.setCellValueFactory(c -> Columns.text(c.getValue().code()));
    content.setCellValueFactory(c -> Columns.text(c.getValue().content()));
    basis.setCellValueFactory(c -> Columns.text(c.getValue().basis()));
    Columns.withTooltips(table);
    Columns.fitContent(table, code);
  }

  /** Every other project that has been set up, newest first, as a source to copy from. */
  private void fillCopyMenu() {
    Project current = projects.selectedProperty().get();
    copyButton.getItems().clear();
    for (Project p : projects.projects()) {
      if (current != null && p.id() != current.id()) {
        MenuItem item =
            new MenuItem(
                messages.get("rubric.copy.item", Integer.toString(p.fiscalYear()), p.name()));
        item.setOnAction(e -> viewModel.copyFrom(p));
        copyButton.getItems().add(item);
      }
    }
  }

  /** A finding as a line: problems marked as such, warnings in the warning style. */
  private final class FindingCell extends ListCell<Message> {
    @Override
    protected void updateItem(Message item, boolean empty) {
      super.updateItem(item, empty);
      getStyleClass().removeAll("failure-text", "warning-text");
      if (empty || item == null) {
        setText(null);
        return;
      }
      setText(item.render(messages));
      setWrapText(true);
      setPrefWidth(0);
      getStyleClass()
          .add(item.key().equals("rubric.finding.problem") ? "failure-text" : "warning-text");
    }
  }

  @FXML
  private void onTenderTemplate() {
    viewModel.applyTemplate(RubricTemplates.OPEN_TENDER);
  }

  @FXML
  private void onConsultationTemplate() {
    viewModel.applyTemplate(RubricTemplates.CONSULTATION);
  }

  @FXML
  private void onRubricImport() {
    viewModel.importWorkbook();
  }

  @FXML
  private void onAddRow() {
    switch (rubricSections.getSelectionModel().getSelectedIndex()) {
      case 1 -> viewModel.addItem(RubricSection.QUALIFICATION);
      case 2 -> viewModel.addItem(RubricSection.CONFORMITY);
      default -> viewModel.addCriterion();
    }
  }

  @FXML
  private void onRemoveRow() {
    switch (rubricSections.getSelectionModel().getSelectedIndex()) {
      case 1 ->
          removeSelected(
              qualificationTable, i -> viewModel.removeItem(RubricSection.QUALIFICATION, i));
      case 2 ->
          removeSelected(conformityTable, i -> viewModel.removeItem(RubricSection.CONFORMITY, i));
      default -> removeSelected(criteriaTable, viewModel::removeCriterion);
    }
  }

  private static void removeSelected(TableView<?> table, java.util.function.IntConsumer remove) {
    int index = table.getSelectionModel().getSelectedIndex();
    if (index >= 0) {
      remove.accept(index);
    }
  }

  @FXML
  private void onDiscard() {
    viewModel.discardEdits();
  }

  @FXML
  private void onSaveRubric() {
    viewModel.saveRubric();
  }

  @FXML
  private void onSaveSettings() {
    viewModel.saveSettings();
  }

  @FXML
  private void onRubricExport() {
    viewModel.exportWorkbook();
  }
}
