package org.careeval.ui.project;

import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.careeval.domain.scoring.Bid;
import org.careeval.domain.scoring.RankedBid;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Columns;
import org.careeval.ui.common.FeedbackLabels;
import org.careeval.ui.common.Formats;
import org.careeval.ui.common.MessageLabels;

/** The ranking tab of a project. */
public final class RankingView {

  @FXML private Label rankingSummary;
  @FXML private Label rankingFeedback;
  @FXML private Label rankingStop;
  @FXML private javafx.scene.control.Button failButton;
  @FXML private TableView<RankedBid> rankingTable;
  @FXML private TableColumn<RankedBid, String> rankColumn;
  @FXML private TableColumn<RankedBid, String> bidderColumn;
  @FXML private TableColumn<RankedBid, String> evaluatedPriceColumn;
  @FXML private TableColumn<RankedBid, String> priceScoreColumn;
  @FXML private TableColumn<RankedBid, String> nonPriceColumn;
  @FXML private TableColumn<RankedBid, String> totalColumn;
  @FXML private TableColumn<RankedBid, String> flagsColumn;
  @FXML private TableView<Bid> excludedTable;
  @FXML private TableColumn<Bid, String> excludedBidderColumn;
  @FXML private TableColumn<Bid, String> excludedReasonColumn;

  private final RankingViewModel viewModel;
  private final ProjectsViewModel projects;
  private final Messages messages;

  public RankingView(RankingViewModel viewModel, ProjectsViewModel projects, Messages messages) {
    this.viewModel = viewModel;
    this.projects = projects;
    this.messages = messages;
  }

  @FXML
  private void initialize() {
    viewModel.projectProperty().bind(projects.selectedProperty());
    rankingSummary.textProperty().bind(MessageLabels.text(viewModel.summaryProperty(), messages));
    FeedbackLabels.bind(rankingFeedback, viewModel.tasks(), messages);
    MessageLabels.bindHiddenWhenEmpty(rankingStop, viewModel.stopProperty(), messages);
    // the stop's one step: 废标, with the reason asked like any ending
    failButton
        .visibleProperty()
        .bind(
            viewModel
                .stopProperty()
                .isNotNull()
                .and(javafx.beans.binding.Bindings.createBooleanBinding(projects::canEdit)));
    failButton.managedProperty().bind(failButton.visibleProperty());
    rankingTable.setItems(viewModel.ranked());
    rankColumn.setCellValueFactory(
        c ->
            Columns.text(
                c.getValue().tie()
                    ? messages.get("ranking.tied", c.getValue().rank())
                    : Integer.toString(c.getValue().rank())));
    bidderColumn.setCellValueFactory(c -> Columns.text(c.getValue().bid().organization()));
    evaluatedPriceColumn.setCellValueFactory(
        c -> Columns.text(Formats.money(c.getValue().evaluatedPrice())));
    priceScoreColumn.setCellValueFactory(
        c -> Columns.text(Formats.score(c.getValue().priceScore())));
    nonPriceColumn.setCellValueFactory(
        c -> Columns.text(Formats.score(c.getValue().nonPriceScore())));
    totalColumn.setCellValueFactory(c -> Columns.text(Formats.score(c.getValue().total())));
    flagsColumn.setCellValueFactory(
        c ->
            Columns.text(
                RankingViewModel.flagKeys(c.getValue()).stream()
                    .map(messages::get)
                    .collect(Collectors.joining("、"))));
    for (TableColumn<RankedBid, String> number :
        java.util.List.of(evaluatedPriceColumn, priceScoreColumn, nonPriceColumn, totalColumn)) {
      number.setStyle("-fx-alignment: CENTER-RIGHT;");
    }
    Columns.withTooltips(rankingTable);
    excludedTable.setItems(viewModel.excluded());
    excludedBidderColumn.setCellValueFactory(c -> Columns.text(c.getValue().organization()));
    excludedReasonColumn.setCellValueFactory(c -> Columns.text(c.getValue().failReason()));
    Columns.withTooltips(excludedTable);
  }

  @FXML
  private void onFail() {
    projects.changeStatus(
        org.careeval.domain.project.ProjectStatus.FAILED, java.util.Optional.empty());
  }
}
