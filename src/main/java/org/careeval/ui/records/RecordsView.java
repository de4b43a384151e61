package org.careeval.ui.records;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.records.Balance;
import org.careeval.service.i18n.Messages;
import org.careeval.service.records.ServiceRecordService;
import org.careeval.ui.common.Columns;
import org.careeval.ui.common.FeedbackLabels;
import org.careeval.ui.common.Shown;
import org.careeval.ui.common.TextCells;

/** 服务均衡: the balance charts with the villages left out, and a contract's records. */
public final class RecordsView {

  @FXML private Label feedbackLabel;
  @FXML private ComboBox<RecordsViewModel.Scope> scopeBox;
  @FXML private ComboBox<Period> periodBox;
  @FXML private Button exportButton;
  @FXML private PieChart natureChart;
  @FXML private BarChart<String, Number> purposeChart;
  @FXML private BarChart<String, Number> groupChart;
  @FXML private BarChart<String, Number> ageChart;
  @FXML private Label villagesLabel;
  @FXML private Label emptyLabel;
  @FXML private ListView<String> notReachedList;
  @FXML private ListView<String> uncoveredList;
  @FXML private Label gridStateLabel;
  @FXML private TableView<RecordGridViewModel.Row> recordsTable;
  @FXML private TableColumn<RecordGridViewModel.Row, String> villageColumn;
  @FXML private TableColumn<RecordGridViewModel.Row, String> categoryColumn;
  @FXML private TableColumn<RecordGridViewModel.Row, String> groupColumn;
  @FXML private TableColumn<RecordGridViewModel.Row, String> ageColumn;
  @FXML private TableColumn<RecordGridViewModel.Row, String> childrenColumn;
  @FXML private TableColumn<RecordGridViewModel.Row, String> timesColumn;
  @FXML private Button addRowButton;
  @FXML private Button removeRowsButton;
  @FXML private Button saveRecordsButton;
  @FXML private Button discardButton;
  @FXML private Button templateButton;
  @FXML private Button importButton;
  @FXML private Button drawButton;
  @FXML private javafx.scene.control.TextField rateField;
  @FXML private javafx.scene.control.TextField seedField;
  @FXML private ComboBox<org.careeval.domain.records.SpotCheck.Kind> kindBox;
  @FXML private ComboBox<org.careeval.domain.records.SpotCheck> checkBox;
  @FXML private TableView<SpotCheckViewModel.ItemRow> itemsTable;
  @FXML private TableColumn<SpotCheckViewModel.ItemRow, String> itemSeqColumn;
  @FXML private TableColumn<SpotCheckViewModel.ItemRow, String> itemPeriodColumn;
  @FXML private TableColumn<SpotCheckViewModel.ItemRow, String> itemVillageColumn;
  @FXML private TableColumn<SpotCheckViewModel.ItemRow, String> itemTypeColumn;
  @FXML private TableColumn<SpotCheckViewModel.ItemRow, String> itemCountsColumn;
  @FXML private TableColumn<SpotCheckViewModel.ItemRow, String> itemFindingColumn;
  @FXML private TableColumn<SpotCheckViewModel.ItemRow, String> itemNoteColumn;
  @FXML private Button saveFindingsButton;

  private final RecordsViewModel viewModel;
  private final RecordGridViewModel grid;
  private final SpotCheckViewModel spotChecks;
  private final Messages messages;

  public RecordsView(
      RecordsViewModel viewModel,
      RecordGridViewModel grid,
      SpotCheckViewModel spotChecks,
      Messages messages) {
    this.viewModel = viewModel;
    this.grid = grid;
    this.spotChecks = spotChecks;
    this.messages = messages;
  }

  @FXML
  private void initialize() {
    FeedbackLabels.bind(feedbackLabel, viewModel.tasks(), messages);
    scopeBox.setItems(viewModel.scopes());
    scopeBox.setConverter(Shown.as(s -> s == null ? "" : s.label()));
    scopeBox.valueProperty().bindBidirectional(viewModel.scopeProperty());
    // unsaved records keep their contract and quarter: save or discard them first
    scopeBox.disableProperty().bind(grid.dirtyProperty());
    periodBox.disableProperty().bind(grid.dirtyProperty());
    periodBox.setItems(viewModel.periods());
    periodBox.setConverter(Shown.as(p -> p == null ? "" : p.code()));
    periodBox.valueProperty().bindBidirectional(viewModel.periodProperty());
    exportButton.disableProperty().bind(viewModel.balanceProperty().isNull());
    viewModel.balanceProperty().addListener((obs, old, now) -> draw(now));
    villagesLabel.textProperty().bind(viewModel.villagesSummaryProperty());
    emptyLabel.setVisible(false);
    emptyLabel.setManaged(false);
    notReachedList.setItems(viewModel.notReached());
    uncoveredList.setItems(viewModel.uncovered());
    bindRecords();
    bindSpotChecks();
  }

  private void bindSpotChecks() {
    rateField.textProperty().bindBidirectional(spotChecks.rateProperty());
    seedField.textProperty().bindBidirectional(spotChecks.seedProperty());
    kindBox.getItems().setAll(org.careeval.domain.records.SpotCheck.Kind.values());
    kindBox.setConverter(
        Shown.as(
            k ->
                k == null
                    ? ""
                    : messages.get(
                        k == org.careeval.domain.records.SpotCheck.Kind.RECORDS
                            ? "spotcheck.kind.records"
                            : "spotcheck.kind.villages")));
    kindBox.valueProperty().bindBidirectional(spotChecks.kindProperty());
    checkBox.setItems(spotChecks.checks());
    checkBox.setConverter(Shown.as(c -> c == null ? "" : spotChecks.label(c)));
    checkBox.valueProperty().bindBidirectional(spotChecks.checkProperty());
    for (javafx.scene.Node n : java.util.List.of(rateField, seedField, kindBox, drawButton)) {
      n.setDisable(!viewModel.canEdit());
    }
    itemsTable.setItems(spotChecks.items());
    itemsTable.setEditable(viewModel.canEdit());
    itemSeqColumn.setCellValueFactory(
        c -> Columns.text(Integer.toString(c.getValue().item().seq())));
    itemPeriodColumn.setCellValueFactory(c -> Columns.text(c.getValue().item().period().code()));
    itemVillageColumn.setCellValueFactory(c -> Columns.text(c.getValue().village()));
    itemTypeColumn.setCellValueFactory(c -> Columns.text(c.getValue().type()));
    itemCountsColumn.setCellValueFactory(
        c ->
            Columns.text(
                messages.get(
                    "spotcheck.counts",
                    c.getValue().item().children(),
                    c.getValue().item().times())));
    itemFindingColumn.setCellValueFactory(c -> c.getValue().findingProperty());
    itemFindingColumn.setCellFactory(
        javafx.scene.control.cell.ComboBoxTableCell.forTableColumn("属实", "部分属实", "不属实"));
    itemNoteColumn.setCellValueFactory(c -> c.getValue().noteProperty());
    itemNoteColumn.setCellFactory(TextCells.committingOnFocusLoss());
    Columns.withTooltips(itemsTable);
    saveFindingsButton.setVisible(viewModel.canEdit());
    saveFindingsButton.setManaged(viewModel.canEdit());
  }

  private void draw(ServiceRecordService.BalanceView view) {
    if (view == null) {
      return;
    }
    Balance b = view.balance();
    emptyLabel.setVisible(b.total().times() == 0);
    emptyLabel.setManaged(emptyLabel.isVisible());
    natureChart.setData(
        FXCollections.observableArrayList(
            slice(messages.get("records.nature.material"), b.nature().get(Balance.MATERIAL)),
            slice(messages.get("records.nature.service"), b.nature().get(Balance.SERVICE))));
    bars(purposeChart, b.purpose(), p -> messages.get(p.labelKey()));
    bars(groupChart, b.groups(), g -> g.chinese());
    bars(ageChart, b.ages(), a -> a.chinese());
  }

  private static PieChart.Data slice(String label, Balance.Count c) {
    return new PieChart.Data(label + " " + c.share().toPlainString() + "%", c.times());
  }

  /** One bar per part: its share of the service times, in percent. */
  private static <K> void bars(
      BarChart<String, Number> chart, Map<K, Balance.Count> counts, Function<K, String> label) {
    XYChart.Series<String, Number> series = new XYChart.Series<>();
    counts.forEach((k, c) -> series.getData().add(new XYChart.Data<>(label.apply(k), c.share())));
    chart.setData(FXCollections.observableArrayList(java.util.List.of(series)));
  }

  private void bindRecords() {
    recordsTable.setItems(grid.rows());
    recordsTable.editableProperty().bind(grid.editableProperty());
    recordsTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    gridStateLabel.textProperty().bind(grid.stateProperty());
    choice(villageColumn, RecordGridViewModel.Row::villageProperty, grid.villages());
    choice(categoryColumn, RecordGridViewModel.Row::categoryProperty, grid.categories());
    choice(
        groupColumn,
        RecordGridViewModel.Row::groupProperty,
        FXCollections.observableArrayList(grid.groups()));
    choice(
        ageColumn,
        RecordGridViewModel.Row::ageProperty,
        FXCollections.observableArrayList(grid.ages()));
    childrenColumn.setCellValueFactory(c -> c.getValue().childrenProperty());
    timesColumn.setCellValueFactory(c -> c.getValue().timesProperty());
    childrenColumn.setCellFactory(TextCells.committingOnFocusLoss());
    timesColumn.setCellFactory(TextCells.committingOnFocusLoss());
    childrenColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
    timesColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
    for (Button b : List.of(addRowButton, removeRowsButton)) {
      b.disableProperty().bind(grid.editableProperty().not());
    }
    for (Button b : List.of(saveRecordsButton, discardButton)) {
      b.disableProperty().bind(grid.dirtyProperty().not());
    }
    for (Button b :
        List.of(
            addRowButton,
            removeRowsButton,
            saveRecordsButton,
            discardButton,
            templateButton,
            importButton)) {
      b.setVisible(grid.canEdit());
      b.setManaged(grid.canEdit());
    }
  }

  private static void choice(
      TableColumn<RecordGridViewModel.Row, String> column,
      Function<RecordGridViewModel.Row, StringProperty> cell,
      ObservableList<String> choices) {
    column.setCellValueFactory(c -> cell.apply(c.getValue()));
    column.setCellFactory(ComboBoxTableCell.forTableColumn(choices));
  }

  @FXML
  private void onAddRow() {
    RecordGridViewModel.Row row = grid.addRow();
    recordsTable.getSelectionModel().clearAndSelect(grid.rows().indexOf(row));
    recordsTable.scrollTo(row);
  }

  @FXML
  private void onRemoveRows() {
    grid.removeRows(recordsTable.getSelectionModel().getSelectedItems());
  }

  @FXML
  private void onSaveRecords() {
    recordsTable.edit(-1, null); // keeps a count still being typed
    grid.save();
  }

  @FXML
  private void onDiscard() {
    grid.discard();
  }

  @FXML
  private void onDraw() {
    spotChecks.draw();
  }

  @FXML
  private void onSaveFindings() {
    itemsTable.edit(-1, null);
    spotChecks.saveFindings();
  }

  @FXML
  private void onVisitList() {
    spotChecks.writeVisitList();
  }

  @FXML
  private void onVerify() {
    spotChecks.verify();
  }

  @FXML
  private void onExport() {
    viewModel.export();
  }

  @FXML
  private void onTemplate() {
    grid.writeTemplate();
  }

  @FXML
  private void onImport() {
    grid.importRecords();
  }
}
