package org.careeval.ui.evaluation;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.careeval.domain.award.AwardOrder;
import org.careeval.domain.scoring.FinalResult;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Columns;
import org.careeval.ui.common.Formats;
import org.careeval.ui.common.Shown;

/**
 * The 定标 tab of the evaluation screen, built in code: the candidates in the recommended order with
 * each offer's outcome, the award and refusal buttons, and the notice text with a copy button.
 */
final class AwardPane {

  private final AwardViewModel viewModel;
  private final Messages messages;

  AwardPane(AwardViewModel viewModel, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
  }

  Tab tab() {
    Label result = new Label();
    result.setId("awardResultLabel");
    result.setWrapText(true);
    result
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    viewModel.stateProperty().get() == null
                        ? ""
                        : viewModel
                            .stateProperty()
                            .get()
                            .result()
                            .map(FinalResult::shortHash)
                            .map(h -> messages.get("award.result.finalized", h))
                            .orElse(messages.get("award.result.notFinalized")),
                viewModel.stateProperty()));
    VBox content = new VBox(8, result, candidates(), actions(), noticeHeader(), notice());
    content.setPadding(new Insets(8));
    Tab tab = new Tab(messages.get("evaluation.tab.award"), content);
    tab.setId("awardTab");
    return tab;
  }

  private TableView<AwardViewModel.Row> candidates() {
    TableView<AwardViewModel.Row> table = new TableView<>(viewModel.rows());
    table.setId("awardTable");
    table.setPrefHeight(150);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.setPlaceholder(new Label(messages.get("award.empty")));
    TableColumn<AwardViewModel.Row, String> rank = column("ranking.column.rank", 60);
    rank.setCellValueFactory(c -> Columns.text(Integer.toString(c.getValue().candidate().rank())));
    TableColumn<AwardViewModel.Row, String> bidder = column("evaluation.column.bidder", 220);
    bidder.setCellValueFactory(c -> Columns.text(c.getValue().candidate().organization()));
    TableColumn<AwardViewModel.Row, String> amount = column("award.column.amount", 110);
    amount.setCellValueFactory(c -> Columns.text(Formats.money(c.getValue().candidate().amount())));
    amount.setStyle("-fx-alignment: CENTER-RIGHT;");
    TableColumn<AwardViewModel.Row, String> outcome = column("award.column.outcome", 260);
    outcome.setCellValueFactory(
        c ->
            Columns.text(
                c.getValue()
                    .offer()
                    .map(
                        o ->
                            messages.get(o.outcome().labelKey())
                                + (o.reason().isEmpty() ? "" : "：" + o.reason()))
                    .orElse("")));
    table.getColumns().setAll(java.util.List.of(rank, bidder, amount, outcome));
    Columns.withTooltips(table);
    return table;
  }

  private TableColumn<AwardViewModel.Row, String> column(String key, double width) {
    TableColumn<AwardViewModel.Row, String> column = new TableColumn<>(messages.get(key));
    column.setPrefWidth(width);
    column.setSortable(false);
    return column;
  }

  private FlowPane actions() {
    Label buyerLabel = new Label(messages.get("award.field.buyer"));
    buyerLabel.setMinWidth(Control.USE_PREF_SIZE);
    TextField buyer = new TextField();
    buyer.setId("awardBuyerField");
    buyer.setPrefColumnCount(12);
    buyer.textProperty().bindBidirectional(viewModel.buyerProperty());
    ComboBox<AwardOrder.Candidate> next = new ComboBox<>(viewModel.next());
    next.setId("awardNextBox");
    next.setPromptText(messages.get("award.next.prompt"));
    next.setConverter(
        Shown.as(
            c ->
                c == null
                    ? ""
                    : messages.get(
                        "award.next.item", c.organization(), Integer.toString(c.rank()))));
    next.valueProperty().bindBidirectional(viewModel.chosenProperty());
    next.setPrefWidth(360);
    Button award = button("awardButton", "award.action", viewModel::award);
    award
        .disableProperty()
        .bind(viewModel.canAwardProperty().not().or(next.valueProperty().isNull()));
    Button refuse = button("refuseButton", "award.refuse.button", viewModel::refuse);
    refuse.disableProperty().bind(viewModel.canRefuseProperty().not());
    Button fail = button("failButton", "award.fail.button", viewModel::fail);
    fail.disableProperty().bind(viewModel.canFailProperty().not());
    HBox buyerBox = new HBox(6, buyerLabel, buyer);
    buyerBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    FlowPane actions = new FlowPane(8, 6, buyerBox, next, award, refuse, fail);
    actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    boolean decides = viewModel.canDecide();
    buyerBox.setDisable(!decides);
    next.setDisable(!decides);
    return actions;
  }

  private HBox noticeHeader() {
    Label title = new Label(messages.get("award.notice.title"));
    title.getStyleClass().add("heading-2");
    Button copy = button("copyNoticeButton", "award.notice.copy", this::copyNotice);
    copy.disableProperty().bind(viewModel.noticeProperty().isEmpty());
    HBox header = new HBox(8, title, copy);
    header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    return header;
  }

  private TextArea notice() {
    TextArea notice = new TextArea();
    notice.setId("awardNoticeArea");
    notice.setEditable(false);
    notice.setWrapText(true);
    notice.setPromptText(messages.get("award.notice.empty"));
    notice.textProperty().bind(viewModel.noticeProperty());
    VBox.setVgrow(notice, Priority.ALWAYS);
    return notice;
  }

  private void copyNotice() {
    ClipboardContent content = new ClipboardContent();
    content.putString(viewModel.noticeProperty().get());
    Clipboard.getSystemClipboard().setContent(content);
  }

  private Button button(String id, String key, Runnable action) {
    Button button = new Button(messages.get(key));
    button.setId(id);
    button.setMinWidth(Control.USE_PREF_SIZE);
    button.setOnAction(e -> action.run());
    return button;
  }
}
