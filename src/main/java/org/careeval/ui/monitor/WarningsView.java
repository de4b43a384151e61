package org.careeval.ui.monitor;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import org.careeval.domain.monitor.Warning;
import org.careeval.domain.monitor.WarningLevel;
import org.careeval.service.i18n.Messages;
import org.careeval.service.records.WarningService;
import org.careeval.ui.common.Columns;
import org.careeval.ui.common.FeedbackLabels;

/** 预警: the warnings with their level badges, and the chosen one's handling. */
public final class WarningsView {

  @FXML private Label feedbackLabel;
  @FXML private CheckBox allCheck;
  @FXML private Label countsLabel;
  @FXML private Button scanButton;
  @FXML private TableView<WarningService.Listed> warningsTable;
  @FXML private TableColumn<WarningService.Listed, WarningLevel> levelColumn;
  @FXML private TableColumn<WarningService.Listed, String> ruleColumn;
  @FXML private TableColumn<WarningService.Listed, String> contractColumn;
  @FXML private TableColumn<WarningService.Listed, String> organizationColumn;
  @FXML private TableColumn<WarningService.Listed, String> ageColumn;
  @FXML private TableColumn<WarningService.Listed, String> stateColumn;
  @FXML private Label detailLabel;
  @FXML private Label raisedLabel;
  @FXML private ListView<String> stepsList;
  @FXML private TextArea textArea;
  @FXML private Button feedbackButton;
  @FXML private Button reviewButton;
  @FXML private Button closeButton;
  @FXML private Button attachButton;

  private final WarningsViewModel viewModel;
  private final Messages messages;

  public WarningsView(WarningsViewModel viewModel, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
  }

  @FXML
  private void initialize() {
    FeedbackLabels.bind(feedbackLabel, viewModel.tasks(), messages);
    allCheck.selectedProperty().bindBidirectional(viewModel.allProperty());
    countsLabel.textProperty().bind(viewModel.countsProperty());
    warningsTable.setItems(viewModel.warnings());
    levelColumn.setCellValueFactory(
        c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().warning().level()));
    levelColumn.setCellFactory(c -> new LevelCell());
    ruleColumn.setCellValueFactory(
        c -> Columns.text(messages.get(c.getValue().warning().rule().labelKey())));
    contractColumn.setCellValueFactory(c -> Columns.text(c.getValue().contractNumber()));
    organizationColumn.setCellValueFactory(c -> Columns.text(c.getValue().organization()));
    ageColumn.setCellValueFactory(c -> Columns.text(Long.toString(c.getValue().age())));
    ageColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
    stateColumn.setCellValueFactory(
        c -> Columns.text(messages.get(c.getValue().warning().state().labelKey())));
    Columns.withTooltips(warningsTable);
    warningsTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                viewModel.selectedProperty().set(now);
              }
            });
    viewModel.selectedProperty().addListener((obs, old, now) -> show(now));
    textArea.textProperty().bindBidirectional(viewModel.textProperty());
    bindButtons();
  }

  private void bindButtons() {
    show(feedbackButton, viewModel.canFeedback());
    show(reviewButton, viewModel.canReview());
    show(closeButton, viewModel.canReview());
    show(scanButton, viewModel.canFeedback() || viewModel.canReview());
    show(attachButton, viewModel.canFeedback() || viewModel.canReview());
    feedbackButton
        .disableProperty()
        .bind(inState(Warning.State.OPEN, Warning.State.FEEDBACK).not());
    reviewButton.disableProperty().bind(inState(Warning.State.FEEDBACK).not());
    closeButton.disableProperty().bind(inState(Warning.State.REVIEWED).not());
    attachButton
        .disableProperty()
        .bind(inState(Warning.State.OPEN, Warning.State.FEEDBACK, Warning.State.REVIEWED).not());
  }

  private javafx.beans.binding.BooleanBinding inState(Warning.State... states) {
    return Bindings.createBooleanBinding(
        () ->
            viewModel.selectedProperty().get() != null
                && java.util.List.of(states)
                    .contains(viewModel.selectedProperty().get().warning().state()),
        viewModel.selectedProperty());
  }

  private void show(WarningService.Listed l) {
    warningsTable.getSelectionModel().select(l);
    if (l == null) {
      detailLabel.setText("");
      raisedLabel.setText("");
      stepsList.getItems().clear();
      return;
    }
    Warning w = l.warning();
    detailLabel.setText(w.detail());
    raisedLabel.setText(
        messages.get(
            "warnings.raised",
            messages.get(w.level().labelKey()),
            messages.get(w.rule().labelKey()),
            w.raisedOn().toString(),
            l.age(),
            w.previousId().map(id -> messages.get("warnings.again", id)).orElse("")));
    stepsList.setItems(
        FXCollections.observableArrayList(w.steps().stream().map(viewModel::step).toList()));
  }

  private static void show(javafx.scene.Node node, boolean shown) {
    node.setVisible(shown);
    node.setManaged(shown);
  }

  /** A level as its coloured badge. */
  private final class LevelCell extends TableCell<WarningService.Listed, WarningLevel> {
    @Override
    protected void updateItem(WarningLevel level, boolean empty) {
      super.updateItem(level, empty);
      setText(null);
      if (empty || level == null) {
        setGraphic(null);
        return;
      }
      Label badge = new Label(messages.get(level.labelKey()));
      badge.setMinWidth(Region.USE_PREF_SIZE);
      badge.getStyleClass().add("badge");
      badge.pseudoClassStateChanged(PseudoClass.getPseudoClass(level.code()), true);
      setGraphic(badge);
    }
  }

  @FXML
  private void onScan() {
    viewModel.scan();
  }

  @FXML
  private void onFeedback() {
    viewModel.feedback();
  }

  @FXML
  private void onReview() {
    viewModel.review();
  }

  @FXML
  private void onClose() {
    viewModel.close();
  }

  @FXML
  private void onAttach() {
    viewModel.attach();
  }
}
