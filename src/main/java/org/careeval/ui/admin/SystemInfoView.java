package org.careeval.ui.admin;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.careeval.domain.system.BackupFile;
import org.careeval.domain.system.SystemInfo;
import org.careeval.domain.system.TableRowCount;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.FeedbackLabels;
import org.careeval.ui.common.Formats;

/** Administration › system information: where the data is, what it holds, its backups. */
public final class SystemInfoView {

  @FXML private Label dataDirectoryValue;
  @FXML private Label databaseFileValue;
  @FXML private Label schemaVersionValue;
  @FXML private Label createdAtValue;
  @FXML private Label problemLabel;
  @FXML private Button refreshButton;
  @FXML private TableView<TableRowCount> tablesTable;
  @FXML private TableColumn<TableRowCount, String> tableNameColumn;
  @FXML private TableColumn<TableRowCount, Long> tableRowsColumn;
  @FXML private TableView<BackupFile> backupsTable;
  @FXML private TableColumn<BackupFile, String> backupFileColumn;
  @FXML private TableColumn<BackupFile, String> backupSizeColumn;
  @FXML private TableColumn<BackupFile, String> backupTimeColumn;

  private final SystemInfoViewModel viewModel;
  private final Messages messages;
  private final Formats formats;

  public SystemInfoView(SystemInfoViewModel viewModel, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
    this.formats = new Formats(messages.locale(), viewModel.zone());
  }

  @FXML
  private void initialize() {
    show(dataDirectoryValue, SystemInfo::dataDirectory);
    show(databaseFileValue, SystemInfo::databaseFile);
    show(schemaVersionValue, SystemInfo::schemaVersion);
    show(
        createdAtValue,
        info ->
            info.createdAt().map(formats::timestamp).orElse(messages.get("common.value.unknown")));
    FeedbackLabels.bind(problemLabel, viewModel.tasks(), messages);
    refreshButton.disableProperty().bind(viewModel.tasks().busyProperty());

    tablesTable.setItems(viewModel.tables());
    tableNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().table()));
    tableRowsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rows()));

    backupsTable.setItems(viewModel.backups());
    backupFileColumn.setCellValueFactory(
        c -> new ReadOnlyStringWrapper(c.getValue().file().getFileName().toString()));
    backupSizeColumn.setCellValueFactory(
        c -> new ReadOnlyStringWrapper(formats.fileSize(c.getValue().sizeBytes())));
    backupTimeColumn.setCellValueFactory(
        c -> new ReadOnlyStringWrapper(formats.timestamp(c.getValue().createdAt())));
  }

  /** A fact of the installation in a label; empty until the facts are read. */
  private void show(Label label, Function<SystemInfo, ?> fact) {
    ReadOnlyObjectProperty<SystemInfo> info = viewModel.infoProperty();
    label
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> info.get() == null ? "" : String.valueOf(fact.apply(info.get())), info));
  }

  @FXML
  private void onRefresh() {
    viewModel.load();
  }
}
