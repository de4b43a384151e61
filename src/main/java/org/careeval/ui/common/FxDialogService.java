package org.careeval.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.careeval.domain.system.ComponentVersion;

/** Dialogs as JavaFX alerts owned by the main window. */
public final class FxDialogService implements DialogService {

  private final Window owner;

  public FxDialogService(Window owner) {
    this.owner = owner;
  }

  @Override
  public void showError(String title, String message) {
    Alert alert = new Alert(Alert.AlertType.ERROR);
    alert.initOwner(owner);
    alert.setTitle(title);
    alert.setHeaderText(title);
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
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", action, ButtonType.CANCEL);
    alert.initOwner(owner);
    alert.setTitle(title);
    alert.setHeaderText(title);
    alert.getDialogPane().setContent(messageLabel(message));
    return alert.showAndWait().filter(action::equals).isPresent();
  }

  @Override
  public Optional<String> askText(String title, String message, String actionText) {
    TextInputDialog dialog = new TextInputDialog();
    dialog.initOwner(owner);
    dialog.setTitle(title);
    dialog.setHeaderText(message);
    ButtonType action = new ButtonType(actionText, ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().setAll(action, ButtonType.CANCEL);
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
    Alert alert = new Alert(Alert.AlertType.INFORMATION);
    alert.initOwner(owner);
    alert.setTitle(title);
    alert.setHeaderText(header);
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
  public void showDetails(String title, String header, List<String> lines) {
    Alert alert = new Alert(Alert.AlertType.WARNING);
    alert.initOwner(owner);
    alert.setTitle(title);
    alert.setHeaderText(header);
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
