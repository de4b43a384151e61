package org.careeval.ui.evaluation;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.DateFields;

/**
 * The panel tab's seating section, built in code: the draw form in a collapsible pane, and the
 * actions on the member chosen in the panel table (answer, paper declaration or 回避, leader, the
 * supervisor's decision on a matched tie).
 */
final class SeatingPane {

  private final SeatingViewModel viewModel;
  private final Messages messages;

  SeatingPane(SeatingViewModel viewModel, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
  }

  Node node() {
    VBox box = new VBox(8);
    if (viewModel.canDraw()) {
      box.getChildren().add(drawForm());
    }
    Label heading = new Label(messages.get("seating.member.heading"));
    heading.getStyleClass().add("heading-2");
    FlowPane actions = new FlowPane(6, 6);
    if (viewModel.canDraw()) {
      actions
          .getChildren()
          .addAll(
              button("acceptButton", "seating.accept", viewModel::accept),
              button("declineButton", "seating.decline.button", viewModel::decline),
              button("declareButton2", "seating.declare", viewModel::declareOnPaper),
              button("recuseButton2", "seating.recuse.button", viewModel::recuseOnPaper),
              button("leaderButton", "seating.leader.button", viewModel::electLeader));
    }
    if (viewModel.canDecideTies()) {
      actions
          .getChildren()
          .add(button("keepButton", "seating.keep.button", viewModel::keepDespiteTie));
    }
    actions.getChildren().add(button("drawsButton", "seating.draws.button", viewModel::showDraws));
    Label hint = new Label(messages.get("seating.member.hint"));
    hint.getStyleClass().add("hint-text");
    hint.setWrapText(true);
    hint.setMinHeight(Control.USE_PREF_SIZE);
    box.getChildren().addAll(heading, hint, actions);
    return box;
  }

  private TitledPane drawForm() {
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(6);
    int row = 0;
    row =
        field(
            grid,
            row,
            "seating.field.conditions",
            text(
                "drawConditionsField",
                viewModel.conditionsProperty(),
                "seating.field.conditions.prompt"));
    row =
        field(
            grid,
            row,
            "seating.field.alternates",
            text("drawAlternatesField", viewModel.alternatesProperty(), ""));
    row =
        field(grid, row, "seating.field.seed", text("drawSeedField", viewModel.seedProperty(), ""));
    row =
        field(
            grid,
            row,
            "seating.field.region",
            text("drawRegionField", viewModel.regionProperty(), "seating.field.region.prompt"));
    row =
        field(
            grid,
            row,
            "seating.field.witnesses",
            text(
                "drawWitnessesField",
                viewModel.witnessesProperty(),
                "seating.field.witnesses.prompt"));
    DatePicker date = new DatePicker();
    date.setId("drawDatePicker");
    date.valueProperty().bindBidirectional(viewModel.dateProperty());
    DateFields.install(date, messages);
    row = field(grid, row, "seating.field.date", date);
    row =
        field(
            grid,
            row,
            "seating.field.buyer",
            text("drawBuyerField", viewModel.buyerProperty(), "seating.field.buyer.prompt"));
    Button draw = button("drawButton", "seating.draw", viewModel::draw);
    grid.add(draw, 1, row);
    Label hint = new Label(messages.get("seating.draw.hint"));
    hint.getStyleClass().add("hint-text");
    hint.setWrapText(true);
    hint.setMinHeight(Control.USE_PREF_SIZE);
    VBox content = new VBox(6, hint, grid);
    TitledPane pane = new TitledPane(messages.get("seating.draw.heading"), content);
    pane.setId("drawPane");
    pane.setExpanded(false);
    pane.setAnimated(false);
    return pane;
  }

  private int field(GridPane grid, int row, String key, Control control) {
    Label label = new Label(messages.get(key));
    label.setMinWidth(Control.USE_PREF_SIZE);
    grid.add(label, 0, row);
    grid.add(control, 1, row);
    GridPane.setHgrow(control, Priority.ALWAYS);
    control.setMaxWidth(Double.MAX_VALUE);
    return row + 1;
  }

  private TextField text(String id, javafx.beans.property.StringProperty value, String promptKey) {
    TextField field = new TextField();
    field.setId(id);
    field.textProperty().bindBidirectional(value);
    if (!promptKey.isEmpty()) {
      field.setPromptText(messages.get(promptKey));
    }
    return field;
  }

  private Button button(String id, String key, Runnable action) {
    Button button = new Button(messages.get(key));
    button.setId(id);
    button.setMinWidth(Control.USE_PREF_SIZE);
    button.setOnAction(e -> action.run());
    return button;
  }
}
