package org.careeval.ui.admin;

import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.careeval.domain.system.Setting;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.FeedbackLabels;

/** Administration › settings. One row per setting, built in code. */
public final class SettingsView {

  @FXML private GridPane settingsGrid;
  @FXML private Label feedbackLabel;
  @FXML private Button saveButton;

  private final SettingsViewModel viewModel;
  private final Messages messages;

  public SettingsView(SettingsViewModel viewModel, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
  }

  @FXML
  private void initialize() {
    int row = 0;
    for (Setting setting : Setting.values()) {
      TextField field = new TextField();
      field.setId("setting-" + setting.name().toLowerCase(Locale.ROOT));
      field.setPrefColumnCount(setting.numeric() ? 6 : setting.text() ? 20 : 14);
      field.textProperty().bindBidirectional(viewModel.valueProperty(setting));
      Label range =
          new Label(
              setting.numeric()
                  ? messages.get(
                      "settings.range",
                      setting.minimum(),
                      setting.maximum(),
                      setting.defaultValue())
                  : setting.text()
                      ? messages.get("settings.textHint", setting.defaultValue())
                      : messages.get("settings.zoneHint", setting.defaultValue()));
      range.getStyleClass().add("hint-text");
      Label name = new Label(messages.get(setting.labelKey()));
      name.getStyleClass().add("field-label");
      // long labels wrap instead of being cut: the grid keeps to the window's width
      for (Label l : List.of(name, range)) {
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
      }
      name.setMaxWidth(420);
      range.setMaxWidth(320);
      settingsGrid.addRow(row++, name, field, range);
    }
    FeedbackLabels.bind(feedbackLabel, viewModel.tasks(), messages);
    saveButton.disableProperty().bind(viewModel.tasks().busyProperty());
  }

  @FXML
  private void onSave() {
    viewModel.save();
  }
}
