package org.careeval.ui.admin;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Formats;

/** The start page: which installation is open and how much it holds. */
public final class OverviewView {

  @FXML private Label dataDirectoryValue;
  @FXML private Label schemaVersionValue;
  @FXML private Label createdAtValue;
  @FXML private Label recordsValue;

  private final SystemInfoViewModel viewModel;
  private final Messages messages;

  public OverviewView(SystemInfoViewModel viewModel, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
  }

  @FXML
  private void initialize() {
    Formats formats = new Formats(messages.locale());
    SystemInfoBindings.bind(
        viewModel, messages, formats, dataDirectoryValue, schemaVersionValue, createdAtValue);
    recordsValue
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    messages.get(
                        "overview.records.value",
                        viewModel.tables().size(),
                        viewModel.tables().stream().mapToLong(t -> t.rows()).sum()),
                viewModel.tables()));
  }
}
