package org.careeval.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.careeval.domain.system.ComponentVersion;
import org.careeval.service.i18n.Messages;

/**
 * Dialogs as JavaFX alerts owned by the main window. Every button is labelled from the app's own
 * messages: JavaFX's {@code ButtonType.OK} and {@code CANCEL} take their text from the OS locale,
 * so a Chinese window on an English system would show "Cancel".
 */
public final class FxDialogService implements DialogService {

  private final Window owner;
  private final Supplier<Messages> messages;

  /**
   * @param messages the app's language as it is now (it can change while the window is open)
   */
  public FxDialogService(Window owner, Supplier<Messages> messages) {
    this.owner = owner;
    this.messages = messages;
  }

  private Alert alert(Alert.AlertType type, String title, String header, ButtonType... buttons) {
    Alert alert = new Alert(type, "", buttons);
    alert.initOwner(owner);
    alert.setTitle(title);
    alert.setHeaderText(header);
    style(alert.getDialogPane());
    return alert;
  }

  /** The main window's theme (fonts, spacing) for a dialog, which is a scene of its own. */
  private void style(DialogPane pane) {
    pane.getStyleClass().add(UiStyles.DIALOG);
    if (owner.getScene() != null) {
      pane.getStylesheets().setAll(owner.getScene().getStylesheets());
    }
  }

  private ButtonType button(String key, ButtonBar.ButtonData data) {
    return new ButtonType(messages.get().get(key), data);
  }

  private ButtonType ok() {
    return button("common.button.ok", ButtonBar.ButtonData.OK_DONE);
  }

  private ButtonType cancel() {
    return button("common.button.cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
  }

  @Override
  public void showError(String title, String message) {
    Alert alert = alert(Alert.AlertType.ERROR, title, title, ok());
    alert.getDialogPane().setContent(messageLabel(message));
    alert.showAndWait();
  }

  private static Label messageLabel(String message) {
    Label text = new Label(message);
    text.setWrapText(true);
    text.getStyleClass().add(UiStyles.DIALOG_MESSAGE);
    return text;
  }

  @Override
  public boolean confirm(String title, String message, String actionText) {
    ButtonType action = new ButtonType(actionText, ButtonBar.ButtonData.OK_DONE);
    Alert alert = alert(Alert.AlertType.CONFIRMATION, title, title, action, cancel());
    alert.getDialogPane().setContent(messageLabel(message));
    return alert.showAndWait().filter(action::equals).isPresent();
  }

  @Override
  public UnsavedChoice askUnsaved(String title, String message) {
    ButtonType save = button("common.button.save", ButtonBar.ButtonData.YES);
    ButtonType discard = button("common.button.discard", ButtonBar.ButtonData.NO);
    ButtonType stay = button("common.button.stay", ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert = alert(Alert.AlertType.CONFIRMATION, title, title, save, discard, stay);
    alert.getDialogPane().setContent(messageLabel(message));
    ButtonType chosen = alert.showAndWait().orElse(stay);
    return chosen == save
        ? UnsavedChoice.SAVE
        : chosen == discard ? UnsavedChoice.DISCARD : UnsavedChoice.STAY;
  }

  @Override
  public Optional<String> askText(String title, String message, String actionText) {
    TextInputDialog dialog = new TextInputDialog();
    dialog.initOwner(owner);
    dialog.setTitle(title);
    dialog.setHeaderText(message);
    ButtonType action = new ButtonType(actionText, ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().setAll(action, cancel());
    style(dialog.getDialogPane());
    return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
  }

  @Override
  public Optional<Path> chooseSaveFile(
      String title, String initialName, String typeDescription, String extension) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.setInitialFileName(initialName);
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter(typeDescription, "*." + extension));
    return Optional.ofNullable(chooser.showSaveDialog(owner))
        .map(file -> file.toPath())
        .map(
            path ->
                path.toString().endsWith("." + extension) ? path : Path.of(path + "." + extension));
  }

  @Override
  public void showAbout(String title, String header, List<ComponentVersion> versions) {
    Alert alert = alert(Alert.AlertType.INFORMATION, title, header, ok());
    GridPane grid = new GridPane();
    grid.getStyleClass().add(UiStyles.KEY_VALUE_GRID);
    for (int row = 0; row < versions.size(); row++) {
      ComponentVersion version = versions.get(row);
      grid.addRow(row, new Label(version.component()), new Label(version.version()));
    }
    alert.getDialogPane().setContent(grid);
    alert.showAndWait();
  }

  @Override
  public Optional<Path> chooseOpenFile(String title, String typeDescription, String extension) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter(typeDescription, "*." + extension));
    return Optional.ofNullable(chooser.showOpenDialog(owner)).map(file -> file.toPath());
  }

  @Override
  public List<Path> chooseOpenFiles(String title, String typeDescription, String extension) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter(typeDescription, "*." + extension));
    List<java.io.File> files = chooser.showOpenMultipleDialog(owner);
    return files == null ? List.of() : files.stream().map(java.io.File::toPath).toList();
  }

  @Override
  public Optional<Path> chooseFolder(String title) {
    javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
    chooser.setTitle(title);
    return Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
  }

  @Override
  public void showTable(
      String title, String header, List<String> columns, List<List<String>> rows) {
    Alert alert = alert(Alert.AlertType.INFORMATION, title, header, ok());
    TableView<List<String>> table = new TableView<>(FXCollections.observableArrayList(rows));
    for (int i = 0; i < columns.size(); i++) {
      int index = i;
      TableColumn<List<String>, String> column = new TableColumn<>(columns.get(i));
      column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().get(index)));
      table.getColumns().add(column);
    }
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    Columns.withTooltips(table);
    table.setPrefSize(640, 320);
    alert.getDialogPane().setContent(table);
    alert.setResizable(true);
    alert.showAndWait();
  }

  @Override
  public void showDetails(String title, String header, List<String> lines) {
    Alert alert = alert(Alert.AlertType.WARNING, title, header, ok());
    TextArea details = new TextArea(String.join("\n", lines));
    details.setEditable(false);
    details.setWrapText(true);
    details.setPrefRowCount(14);
    details.setPrefColumnCount(60);
    alert.getDialogPane().setContent(details);
    alert.setResizable(true);
    alert.showAndWait();
  }
}
