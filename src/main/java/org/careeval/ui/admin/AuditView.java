package org.careeval.ui.admin;

import javafx.beans.binding.BooleanExpression;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.service.audit.AuditReading;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Columns;
import org.careeval.ui.common.DateFields;
import org.careeval.ui.common.FeedbackLabels;
import org.careeval.ui.common.Formats;
import org.careeval.ui.common.Shown;

/** Administration › audit trail (操作日志). Read-only: there is nothing to edit or delete. */
public final class AuditView {

  @FXML private ComboBox<String> actorBox;
  @FXML private ComboBox<String> entityTypeBox;
  @FXML private ComboBox<AuditAction> actionBox;
  @FXML private DatePicker fromPicker;
  @FXML private DatePicker toPicker;
  @FXML private Button searchButton;
  @FXML private Button verifyButton;
  @FXML private Button exportButton;
  @FXML private Label statusLabel;
  @FXML private TableView<AuditReading.Readable> eventsTable;
  @FXML private TableColumn<AuditReading.Readable, String> idColumn;
  @FXML private TableColumn<AuditReading.Readable, String> timeColumn;
  @FXML private TableColumn<AuditReading.Readable, String> actorColumn;
  @FXML private TableColumn<AuditReading.Readable, String> actionColumn;
  @FXML private TableColumn<AuditReading.Readable, String> entityColumn;
  @FXML private TableColumn<AuditReading.Readable, String> subjectColumn;
  @FXML private TableColumn<AuditReading.Readable, String> changesColumn;

  private final AuditViewModel viewModel;
  private final Messages messages;

  public AuditView(AuditViewModel viewModel, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
  }

  @FXML
  private void initialize() {
    Formats formats = new Formats(messages.locale(), viewModel.zone());
    actorBox.setItems(viewModel.actors());
    actorBox.valueProperty().bindBidirectional(viewModel.actorProperty());
    entityTypeBox.setItems(viewModel.entityTypes());
    entityTypeBox.valueProperty().bindBidirectional(viewModel.entityTypeProperty());
    entityTypeBox.setCellFactory(list -> entityCell());
    entityTypeBox.setButtonCell(entityCell());
    actionBox.getItems().setAll(AuditAction.values());
    actionBox.setConverter(actionNames());
    actionBox.setButtonCell(actionCell());
    actionBox.valueProperty().bindBidirectional(viewModel.actionProperty());
    fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
    toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
    BooleanExpression datesReadable =
        DateFields.install(fromPicker, messages).and(DateFields.install(toPicker, messages));
    searchButton.disableProperty().bind(viewModel.tasks().busyProperty().or(datesReadable.not()));
    verifyButton.setVisible(viewModel.canVerify());
    verifyButton.setManaged(viewModel.canVerify());
    verifyButton.disableProperty().bind(viewModel.tasks().busyProperty());
    exportButton.setVisible(viewModel.canExport());
    exportButton.setManaged(viewModel.canExport());
    exportButton.disableProperty().bind(viewModel.tasks().busyProperty());
    FeedbackLabels.bind(statusLabel, viewModel.tasks(), messages);

    eventsTable.setItems(viewModel.events());
    idColumn.setCellValueFactory(c -> Columns.text(Long.toString(c.getValue().event().id())));
    timeColumn.setCellValueFactory(
        c -> Columns.text(formats.timestamp(c.getValue().event().occurredAt())));
    actorColumn.setCellValueFactory(c -> Columns.text(c.getValue().event().actor()));
    actionColumn.setCellValueFactory(c -> Columns.text(c.getValue().action()));
    entityColumn.setCellValueFactory(c -> Columns.text(c.getValue().entity()));
    subjectColumn.setCellValueFactory(c -> Columns.text(c.getValue().subject()));
    changesColumn.setCellValueFactory(c -> Columns.text(c.getValue().summary()));
    Columns.withTooltips(eventsTable);
    Columns.fitContent(eventsTable, entityColumn);
    Columns.fitContent(eventsTable, subjectColumn);
    eventsTable.setRowFactory(
        table -> {
          TableRow<AuditReading.Readable> row = new TableRow<>();
          row.setOnMouseClicked(
              e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                  viewModel.showDetails(row.getItem());
                }
              });
          return row;
        });
  }

  /** An entity type in the user's language; a code this version does not know stays as is. */
  private String entityLabel(String entityType) {
    return AuditEntity.byCode(entityType).map(e -> messages.get(e.labelKey())).orElse(entityType);
  }

  private StringConverter<AuditAction> actionNames() {
    return Shown.as(
        action ->
            action == null ? messages.get("audit.filter.any") : messages.get(action.labelKey()));
  }

  /** Entity types as words in the filter, not the codes the trail stores. */
  private ListCell<String> entityCell() {
    return new ListCell<>() {
      @Override
      protected void updateItem(String code, boolean empty) {
        super.updateItem(code, empty);
        setText(empty || code == null ? messages.get("audit.filter.any") : entityLabel(code));
      }
    };
  }

  private ListCell<AuditAction> actionCell() {
    return new ListCell<>() {
      @Override
      protected void updateItem(AuditAction action, boolean empty) {
        super.updateItem(action, empty);
        setText(
            empty || action == null
                ? messages.get("audit.filter.any")
                : messages.get(action.labelKey()));
      }
    };
  }

  @FXML
  private void onSearch() {
    viewModel.search();
  }

  @FXML
  private void onClear() {
    viewModel.clearFilter();
  }

  @FXML
  private void onExport() {
    viewModel.export();
  }

  @FXML
  private void onVerify() {
    viewModel.verify();
  }
}
