package org.careeval.ui.evaluation;

import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.project.Project;
import org.careeval.domain.project.ProjectOfficer;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.scoring.BidDocument;
import org.careeval.domain.scoring.PanelMember;
import org.careeval.domain.scoring.PanelRole;
import org.careeval.domain.scoring.RankedBid;
import org.careeval.domain.scoring.ScoreCheck;
import org.careeval.domain.scoring.ScoreQuery;
import org.careeval.domain.scoring.Sensitivity;
import org.careeval.service.evaluation.BidService;
import org.careeval.service.evaluation.ScoringService;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Columns;
import org.careeval.ui.common.FeedbackLabels;
import org.careeval.ui.common.Formats;
import org.careeval.ui.common.MessageLabels;
import org.careeval.ui.common.Shown;

/** 评审: bids and reviews, the panel, the member's grid, the score check and signatures. */
public final class EvaluationView {

  private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

  @FXML private ComboBox<Project> projectBox;
  @FXML private Button summaryButton;
  @FXML private Label statusLabel;
  @FXML private Label feedbackLabel;
  @FXML private TabPane tabs;
  @FXML private Tab bidsTab;
  @FXML private Tab panelTab;
  @FXML private Tab gridTab;
  @FXML private Tab checkTab;
  @FXML private TableView<BidService.ReviewedBid> bidsTable;
  @FXML private TableColumn<BidService.ReviewedBid, String> bidderColumn;
  @FXML private TableColumn<BidService.ReviewedBid, String> priceColumn;
  @FXML private TableColumn<BidService.ReviewedBid, String> qualificationColumn;
  @FXML private TableColumn<BidService.ReviewedBid, String> conformityColumn;
  @FXML private TableColumn<BidService.ReviewedBid, String> alertsColumn;
  @FXML private TableColumn<BidService.ReviewedBid, String> recordColumn;
  @FXML private TableColumn<BidService.ReviewedBid, String> reasonColumn;
  @FXML private VBox bidForm;
  @FXML private ComboBox<Organization> organizationBox;
  @FXML private TextField bidNameField;
  @FXML private TextField bidUsccField;
  @FXML private TextField bidPriceField;
  @FXML private TextField bidFinalField;
  @FXML private CheckBox bidSmeBox;
  @FXML private Button removeBidButton;
  @FXML private ListView<BidDocument> documentsList;
  @FXML private Button addDocumentButton;
  @FXML private Button saveDocumentButton;
  @FXML private VBox reviewBox;
  @FXML private Button saveReviewsButton;
  @FXML private TableView<PanelMember> panelTable;
  @FXML private TableColumn<PanelMember, String> memberColumn;
  @FXML private TableColumn<PanelMember, String> roleColumn;
  @FXML private TableColumn<PanelMember, String> accountColumn;
  @FXML private TableColumn<PanelMember, String> progressColumn;
  @FXML private VBox memberForm;
  @FXML private Label compositionLabel;
  @FXML private TextField memberNameField;
  @FXML private ComboBox<PanelRole> memberRoleBox;
  @FXML private CheckBox memberLeaderBox;
  @FXML private ComboBox<ProjectOfficer> memberAccountBox;
  @FXML private Button removeMemberButton;
  @FXML private VBox declarationBox;
  @FXML private Label declarationText;
  @FXML private TableView<EvaluationViewModel.GridRow> gridTable;
  @FXML private Label cellLabel;
  @FXML private TextField noteField;
  @FXML private Button draftButton;
  @FXML private Button submitButton;
  @FXML private Label bandsTitle;
  @FXML private Label bandsText;
  @FXML private TableView<ScoreCheck.Finding> findingsTable;
  @FXML private Label findingsEmpty;
  @FXML private TableColumn<ScoreCheck.Finding, String> findingMemberColumn;
  @FXML private TableColumn<ScoreCheck.Finding, String> findingBidColumn;
  @FXML private TableColumn<ScoreCheck.Finding, String> findingCriterionColumn;
  @FXML private TableColumn<ScoreCheck.Finding, String> findingKindColumn;
  @FXML private TableColumn<ScoreCheck.Finding, String> findingValueColumn;
  @FXML private Button sendBackButton;
  @FXML private TableView<ScoreQuery> queriesTable;
  @FXML private TableColumn<ScoreQuery, String> queryMemberColumn;
  @FXML private TableColumn<ScoreQuery, String> queryItemColumn;
  @FXML private TableColumn<ScoreQuery, String> queryQuestionColumn;
  @FXML private TableColumn<ScoreQuery, String> queryStateColumn;
  @FXML private TextField correctedField;
  @FXML private Button answerButton;
  @FXML private TableView<RankedBid> rankedTable;
  @FXML private TableColumn<RankedBid, String> rankedRankColumn;
  @FXML private TableColumn<RankedBid, String> rankedBidderColumn;
  @FXML private TableColumn<RankedBid, String> rankedNonPriceColumn;
  @FXML private TableColumn<RankedBid, String> rankedPriceColumn;
  @FXML private TableColumn<RankedBid, String> rankedTotalColumn;
  @FXML private TableView<PanelMember> signTable;
  @FXML private TableColumn<PanelMember, String> signMemberColumn;
  @FXML private TableColumn<PanelMember, String> signStateColumn;
  @FXML private Button signButton;
  @FXML private TableView<Sensitivity.Scenario> sensitivityTable;
  @FXML private TableColumn<Sensitivity.Scenario, String> scenarioColumn;
  @FXML private TableColumn<Sensitivity.Scenario, String> scenarioFirstColumn;
  @FXML private TableColumn<Sensitivity.Scenario, String> scenarioWarningColumn;
  @FXML private Label finalizedLabel;
  @FXML private Button finalizeButton;
  @FXML private VBox reReviewBox;

  private final EvaluationViewModel viewModel;
  private final AwardViewModel award;
  private final SeatingViewModel seating;
  private final ReReviewViewModel reReview;
  private final Messages messages;
  private StringProperty boundNote;

  public EvaluationView(
      EvaluationViewModel viewModel,
      AwardViewModel award,
      SeatingViewModel seating,
      ReReviewViewModel reReview,
      Messages messages) {
    this.viewModel = viewModel;
    this.award = award;
    this.seating = seating;
    this.reReview = reReview;
    this.messages = messages;
  }

  @FXML
  private void initialize() {
    projectBox.setItems(viewModel.projects());
    projectBox.setConverter(Shown.as(p -> p.fiscalYear() + " · " + p.name()));
    projectBox.valueProperty().bindBidirectional(viewModel.projectProperty());
    statusLabel.textProperty().bind(MessageLabels.text(viewModel.statusProperty(), messages));
    FeedbackLabels.bind(feedbackLabel, viewModel.tasks(), messages);
    if (!viewModel.canReadBids()) {
      tabs.getTabs().removeAll(bidsTab, panelTab);
      summaryButton.setVisible(false);
      summaryButton.setManaged(false);
    }
    bindBids();
    bindPanel();
    bindGrid();
    bindCheck();
    viewModel.viewProperty().addListener((obs, old, now) -> showView(now));
    if (viewModel.canReadBids()) {
      new ReReviewPane(reReview, messages).fill(reReviewBox);
      viewModel.viewProperty().addListener((obs, old, now) -> reReview.refresh(now));
      tabs.getTabs().add(new AwardPane(award, messages).tab());
      viewModel.viewProperty().addListener((obs, old, now) -> award.refresh());
      viewModel.finalizedProperty().addListener((obs, old, now) -> award.refresh());
    }
  }

  private void showView(ScoringService.View v) {
    boolean seat = v != null && v.me().isPresent();
    if (seat && !tabs.getTabs().contains(gridTab)) {
      tabs.getTabs().add(tabs.getTabs().indexOf(checkTab), gridTab);
    } else if (!seat) {
      tabs.getTabs().remove(gridTab);
    }
    rebuildGrid(v);
    String composition =
        v == null
            ? ""
            : java.util.stream.Stream.concat(v.composition().stream(), v.conflicts().stream())
                .map(t -> messages.get(t.key(), t.arguments().toArray()))
                .collect(Collectors.joining("\n"));
    compositionLabel.setText(composition);
    compositionLabel.setVisible(!composition.isEmpty());
    compositionLabel.setManaged(!composition.isEmpty());
    findingsEmpty.setText(
        messages.get(
            v != null && v.allSubmitted() ? "evaluation.check.none" : "evaluation.check.waiting"));
  }

  // ---- bids ---------------------------------------------------------------------------------

  private void bindBids() {
    bidsTable.setItems(viewModel.bids());
    bidderColumn.setCellValueFactory(c -> Columns.text(c.getValue().stored().bid().organization()));
    priceColumn.setCellValueFactory(
        c -> Columns.text(Formats.money(c.getValue().stored().bid().quotedPrice())));
    qualificationColumn.setCellValueFactory(
        c -> Columns.text(passed(c.getValue().stored().qualified())));
    conformityColumn.setCellValueFactory(
        c -> Columns.text(passed(c.getValue().stored().conforming())));
    alertsColumn.setCellValueFactory(
        c ->
            Columns.text(
                c.getValue().alerts().stream()
                    .map(a -> messages.get(a.shortLabelKey()))
                    .collect(Collectors.joining("、"))));
    reasonColumn.setCellValueFactory(c -> Columns.text(c.getValue().stored().bid().failReason()));
    // how the bidder delivered before: its latest signed evaluation, the contract in the tooltip
    recordColumn.setCellValueFactory(
        c ->
            Columns.text(
                c.getValue()
                    .lastEvaluation()
                    .map(
                        r ->
                            messages.get(
                                "evaluation.record.value",
                                r.evaluation().grade().orElse(""),
                                r.evaluation().total().map(t -> t.toPlainString()).orElse(""),
                                r.contractNumber(),
                                r.evaluation().stage()))
                    .orElse(messages.get("evaluation.record.none"))));
    Columns.withTooltips(bidsTable);
    bidsTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, now) -> viewModel.selectedBidProperty().set(now));
    organizationBox.setItems(viewModel.register());
    organizationBox.setConverter(Shown.as(o -> o.name() + "（" + o.code().value() + "）"));
    organizationBox.valueProperty().bindBidirectional(viewModel.bidOrganizationProperty());
    bidNameField.textProperty().bindBidirectional(viewModel.bidNameProperty());
    bidUsccField.textProperty().bindBidirectional(viewModel.bidUsccProperty());
    bidNameField.disableProperty().bind(organizationBox.valueProperty().isNotNull());
    bidUsccField.disableProperty().bind(organizationBox.valueProperty().isNotNull());
    bidPriceField.textProperty().bindBidirectional(viewModel.bidPriceProperty());
    bidFinalField.textProperty().bindBidirectional(viewModel.bidFinalQuoteProperty());
    bidSmeBox.selectedProperty().bindBidirectional(viewModel.bidSmeProperty());
    removeBidButton.disableProperty().bind(viewModel.selectedBidProperty().isNull());
    documentsList.setItems(viewModel.documents());
    documentsList.setCellFactory(
        list ->
            new javafx.scene.control.ListCell<>() {
              @Override
              protected void updateItem(BidDocument d, boolean empty) {
                super.updateItem(d, empty);
                setText(
                    empty || d == null
                        ? null
                        : d.fileName() + "（" + Formats.bytes(d.sizeBytes()) + "）");
              }
            });
    addDocumentButton.disableProperty().bind(viewModel.selectedBidProperty().isNull());
    saveDocumentButton
        .disableProperty()
        .bind(documentsList.getSelectionModel().selectedItemProperty().isNull());
    saveReviewsButton.disableProperty().bind(viewModel.selectedBidProperty().isNull());
    bidForm.setDisable(!viewModel.canEdit());
    viewModel
        .reviewLines()
        .addListener(
            (javafx.collections.ListChangeListener<EvaluationViewModel.ReviewLine>)
                c -> showReviewLines());
  }

  private String passed(boolean passed) {
    return messages.get(passed ? "evaluation.review.passed" : "evaluation.review.failed");
  }

  private void showReviewLines() {
    reviewBox.getChildren().clear();
    for (EvaluationViewModel.ReviewLine line : viewModel.reviewLines()) {
      CheckBox pass =
          new CheckBox(
              messages.get(line.section().labelKey()) + " " + line.code() + " " + line.content());
      pass.setWrapText(true);
      pass.selectedProperty().bindBidirectional(line.passed());
      TextField reason = new TextField();
      reason.setPromptText(messages.get("evaluation.review.reasonPrompt"));
      reason.textProperty().bindBidirectional(line.reason());
      reason.visibleProperty().bind(line.passed().not());
      reason.managedProperty().bind(reason.visibleProperty());
      reviewBox.getChildren().addAll(pass, reason);
    }
  }

  @FXML
  private void onNewBid() {
    bidsTable.getSelectionModel().clearSelection();
    viewModel.newBid();
    organizationBox.requestFocus();
  }

  @FXML
  private void onSaveBid() {
    viewModel.saveBid();
  }

  @FXML
  private void onRemoveBid() {
    viewModel.removeBid();
  }

  @FXML
  private void onAddDocument() {
    viewModel.addDocument();
  }

  @FXML
  private void onSaveDocument() {
    viewModel.saveDocument(documentsList.getSelectionModel().getSelectedItem());
  }

  @FXML
  private void onSaveReviews() {
    viewModel.saveReviews();
  }

  // ---- panel --------------------------------------------------------------------------------

  private void bindPanel() {
    panelTable.setItems(viewModel.panel());
    memberColumn.setCellValueFactory(c -> Columns.text(c.getValue().name()));
    roleColumn.setCellValueFactory(c -> Columns.text(seat(c.getValue())));
    accountColumn.setCellValueFactory(c -> Columns.text(c.getValue().username().orElse("")));
    progressColumn.setCellValueFactory(c -> Columns.text(progress(c.getValue())));
    Columns.withTooltips(panelTable);
    panelTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, now) -> viewModel.selectedMemberProperty().set(now));
    memberNameField.textProperty().bindBidirectional(viewModel.memberNameProperty());
    memberRoleBox.getItems().setAll(PanelRole.values());
    memberRoleBox.setConverter(Shown.as(r -> messages.get(r.labelKey())));
    memberRoleBox.valueProperty().bindBidirectional(viewModel.memberRoleProperty());
    memberLeaderBox.selectedProperty().bindBidirectional(viewModel.memberLeaderProperty());
    memberAccountBox.setItems(viewModel.accounts());
    memberAccountBox.setConverter(Shown.as(ProjectOfficer::shown));
    memberAccountBox.valueProperty().bindBidirectional(viewModel.memberAccountProperty());
    removeMemberButton.disableProperty().bind(viewModel.selectedMemberProperty().isNull());
    memberForm.setDisable(!viewModel.canEdit());
    VBox seatingBox = (VBox) new SeatingPane(seating, messages).node();
    memberForm.getChildren().add(1, seatingBox);
    memberForm.getChildren().add(2, new javafx.scene.control.Separator());
    // the supervisor decides on ties and reads the draws, though the member form is not theirs
    if (!viewModel.canEdit()) {
      memberForm.setDisable(false);
      memberForm.getChildren().stream()
          .filter(n -> n != seatingBox && n != compositionLabel)
          .forEach(n -> n.setDisable(true));
    }
  }

  private String seat(PanelMember m) {
    return messages.get(m.role().labelKey())
        + (m.leader() ? messages.get("evaluation.member.leaderMark") : "");
  }

  private String progress(PanelMember m) {
    if (m.signed()) {
      return messages.get("evaluation.progress.signed");
    }
    if (!m.submitted() && !m.declared()) {
      return messages.get("evaluation.progress.undeclared");
    }
    return messages.get(
        m.submitted() ? "evaluation.progress.submitted" : "evaluation.progress.scoring");
  }

  @FXML
  private void onNewMember() {
    panelTable.getSelectionModel().clearSelection();
    viewModel.newMember();
    memberNameField.requestFocus();
  }

  @FXML
  private void onSaveMember() {
    viewModel.saveMember();
  }

  @FXML
  private void onRemoveMember() {
    viewModel.removeMember();
  }

  @FXML
  private void onExportSheets() {
    viewModel.exportSheets();
  }

  @FXML
  private void onImportSheets() {
    viewModel.importSheets();
  }

  // ---- the grid -----------------------------------------------------------------------------

  private void bindGrid() {
    declarationBox.visibleProperty().bind(viewModel.mustDeclareProperty());
    declarationBox.managedProperty().bind(viewModel.mustDeclareProperty());
    declarationText
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    viewModel.projectProperty().get() == null
                        ? ""
                        : messages.get(
                            "evaluation.declaration.text",
                            viewModel.projectProperty().get().name()),
                viewModel.projectProperty()));
    gridTable.setItems(viewModel.grid());
    draftButton.disableProperty().bind(viewModel.canScoreProperty().not());
    submitButton.disableProperty().bind(viewModel.canScoreProperty().not());
    noteField.disableProperty().bind(viewModel.canScoreProperty().not());
    bandsText.setText(messages.get("evaluation.grid.bandsHint"));
  }

  private void rebuildGrid(ScoringService.View v) {
    gridTable.getColumns().clear();
    if (v == null || v.me().isEmpty()) {
      return;
    }
    TableColumn<EvaluationViewModel.GridRow, String> bidder =
        new TableColumn<>(messages.get("evaluation.column.bidder"));
    bidder.setCellValueFactory(c -> Columns.text(c.getValue().bid().bid().organization()));
    bidder.setPrefWidth(150);
    bidder.setMinWidth(110);
    gridTable.getColumns().add(bidder);
    for (Criterion criterion : v.criteria()) {
      TableColumn<EvaluationViewModel.GridRow, String> column = new TableColumn<>();
      // code above its maximum, two short lines: thirty criteria still fit the window's width
      Label header =
          new Label(
              criterion.code()
                  + "\n"
                  + messages.get("evaluation.grid.max", criterion.maxPoints().toPlainString()));
      header.setMinHeight(Region.USE_PREF_SIZE);
      column.setGraphic(header);
      column.setPrefWidth(60);
      column.setMinWidth(54);
      column.setSortable(false);
      column.setCellFactory(c -> new ScoreCell(criterion));
      gridTable.getColumns().add(column);
    }
    Columns.withTooltips(gridTable);
  }

  /** A cell that is a text field: checked as typed, and showing its criterion's bands on focus. */
  private final class ScoreCell extends TableCell<EvaluationViewModel.GridRow, String> {
    private final Criterion criterion;
    private final TextField field = new TextField();
    private StringProperty bound;

    ScoreCell(Criterion criterion) {
      this.criterion = criterion;
      field.setPrefColumnCount(3);
      field.textProperty().addListener((obs, old, now) -> check(now));
      field
          .focusedProperty()
          .addListener(
              (obs, old, focused) -> {
                if (focused) {
                  focusCell(criterion, getTableRow() == null ? null : getTableRow().getItem());
                }
              });
      field.editableProperty().bind(viewModel.canScoreProperty());
    }

    private void check(String typed) {
      java.util.Optional<String> problem = viewModel.problemOf(criterion, typed);
      field.pseudoClassStateChanged(INVALID, problem.isPresent());
      field.setTooltip(problem.map(Tooltip::new).orElse(null));
      if (problem.isPresent()) {
        cellLabel.setText(problem.get());
      } else if (field.isFocused()) {
        focusCell(criterion, getTableRow() == null ? null : getTableRow().getItem());
      }
    }

    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      if (bound != null) {
        field.textProperty().unbindBidirectional(bound);
        bound = null;
      }
      EvaluationViewModel.GridRow row =
          empty || getTableRow() == null ? null : getTableRow().getItem();
      if (row == null) {
        setGraphic(null);
        return;
      }
      bound = row.points().get(criterion.code());
      field.textProperty().bindBidirectional(bound);
      setGraphic(field);
    }
  }

  private void focusCell(Criterion criterion, EvaluationViewModel.GridRow row) {
    bandsTitle.setText(
        criterion.code()
            + " "
            + criterion.group()
            + "（"
            + criterion.maxPoints().toPlainString()
            + "）");
    bandsText.setText(
        criterion.content()
            + "\n\n"
            + criterion.bands().stream()
                .map(
                    b ->
                        b.name()
                            + "  "
                            + b.low().toPlainString()
                            + "–"
                            + b.high().toPlainString()
                            + "\n"
                            + b.description())
                .collect(Collectors.joining("\n\n")));
    if (boundNote != null) {
      noteField.textProperty().unbindBidirectional(boundNote);
      boundNote = null;
    }
    if (row != null) {
      boundNote = row.notes().get(criterion.code());
      noteField.textProperty().bindBidirectional(boundNote);
      cellLabel.setText(
          messages.get("evaluation.grid.cell", row.bid().bid().organization(), criterion.code()));
    }
  }

  @FXML
  private void onDeclare() {
    viewModel.declare();
  }

  @FXML
  private void onRecuse() {
    viewModel.recuse();
  }

  @FXML
  private void onSaveDraft() {
    viewModel.saveDraft();
  }

  @FXML
  private void onSubmit() {
    viewModel.submit();
  }

  // ---- check and signatures -----------------------------------------------------------------

  private void bindCheck() {
    findingsTable.setItems(viewModel.findings());
    findingMemberColumn.setCellValueFactory(
        c -> Columns.text(viewModel.memberName(c.getValue().member())));
    findingBidColumn.setCellValueFactory(c -> Columns.text(viewModel.bidName(c.getValue().bid())));
    findingCriterionColumn.setCellValueFactory(c -> Columns.text(c.getValue().criterion()));
    findingKindColumn.setCellValueFactory(
        c -> Columns.text(messages.get(c.getValue().kind().labelKey())));
    findingValueColumn.setCellValueFactory(
        c ->
            Columns.text(
                messages.get(
                    "evaluation.check.value",
                    c.getValue().given().map(java.math.BigDecimal::toPlainString).orElse("—"),
                    c.getValue()
                        .reference()
                        .map(java.math.BigDecimal::toPlainString)
                        .orElse("—"))));
    Columns.withTooltips(findingsTable);
    sendBackButton
        .disableProperty()
        .bind(findingsTable.getSelectionModel().selectedItemProperty().isNull());
    queriesTable.setItems(viewModel.queries());
    queryMemberColumn.setCellValueFactory(
        c -> Columns.text(viewModel.memberName(c.getValue().member())));
    queryItemColumn.setCellValueFactory(
        c ->
            Columns.text(
                viewModel.bidName(c.getValue().bid())
                    + " "
                    + c.getValue().criterion()
                    + " · "
                    + messages.get(c.getValue().kind().labelKey())));
    queryQuestionColumn.setCellValueFactory(c -> Columns.text(c.getValue().question()));
    queryStateColumn.setCellValueFactory(
        c ->
            Columns.text(
                messages.get(c.getValue().state().labelKey())
                    + (c.getValue().answer().isEmpty() ? "" : "：" + c.getValue().answer())));
    Columns.withTooltips(queriesTable);
    answerButton
        .disableProperty()
        .bind(queriesTable.getSelectionModel().selectedItemProperty().isNull());
    rankedTable.setItems(viewModel.ranked());
    rankedRankColumn.setCellValueFactory(
        c ->
            Columns.text(
                c.getValue().tie()
                    ? messages.get("ranking.tied", c.getValue().rank())
                    : Integer.toString(c.getValue().rank())));
    rankedBidderColumn.setCellValueFactory(c -> Columns.text(c.getValue().bid().organization()));
    rankedNonPriceColumn.setCellValueFactory(
        c -> Columns.text(Formats.score(c.getValue().nonPriceScore())));
    rankedPriceColumn.setCellValueFactory(
        c -> Columns.text(Formats.score(c.getValue().priceScore())));
    rankedTotalColumn.setCellValueFactory(c -> Columns.text(Formats.score(c.getValue().total())));
    for (TableColumn<RankedBid, String> number :
        java.util.List.of(rankedNonPriceColumn, rankedPriceColumn, rankedTotalColumn)) {
      number.setStyle("-fx-alignment: CENTER-RIGHT;");
    }
    priceColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
    signTable.setItems(viewModel.panel());
    signMemberColumn.setCellValueFactory(c -> Columns.text(c.getValue().name()));
    signStateColumn.setCellValueFactory(c -> Columns.text(progress(c.getValue())));
    signButton
        .disableProperty()
        .bind(signTable.getSelectionModel().selectedItemProperty().isNull());
    bindFinalizing();
  }

  private void bindFinalizing() {
    sensitivityTable.setItems(viewModel.sensitivity());
    scenarioColumn.setCellValueFactory(c -> Columns.text(scenario(c.getValue())));
    scenarioFirstColumn.setCellValueFactory(
        c ->
            Columns.text(
                c.getValue().result().ranked().stream()
                    .filter(r -> r.rank() == 1)
                    .map(r -> r.bid().organization() + " " + Formats.score(r.total()))
                    .collect(Collectors.joining("、"))));
    scenarioWarningColumn.setCellValueFactory(
        c ->
            Columns.text(
                c.getValue().firstPlaceChanges()
                    ? messages.get("evaluation.sensitivity.changes")
                    : ""));
    Columns.withTooltips(sensitivityTable);
    finalizedLabel
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    viewModel.finalizedProperty().get() == null
                        ? ""
                        : messages.get(
                            "evaluation.finalized.label",
                            viewModel.finalizedProperty().get().sha256(),
                            viewModel.finalizedProperty().get().finalizedBy()),
                viewModel.finalizedProperty()));
    finalizeButton.visibleProperty().bind(viewModel.canFinalizeProperty());
    finalizeButton.managedProperty().bind(finalizeButton.visibleProperty());
  }

  private String scenario(Sensitivity.Scenario s) {
    return switch (s.kind()) {
      case AS_COMPUTED ->
          messages.get(
              "evaluation.sensitivity.asComputed",
              messages.get(s.aggregation().orElseThrow().labelKey()));
      case OTHER_AGGREGATION ->
          messages.get(
              "evaluation.sensitivity.otherRule",
              messages.get(s.aggregation().orElseThrow().labelKey()));
      case WITHOUT_MEMBER ->
          messages.get(
              "evaluation.sensitivity.without",
              viewModel.panel().get(s.member().orElseThrow()).name());
    };
  }

  @FXML
  private void onSendBack() {
    viewModel.sendBack(findingsTable.getSelectionModel().getSelectedItem());
  }

  @FXML
  private void onAnswer() {
    viewModel.answer(queriesTable.getSelectionModel().getSelectedItem(), correctedField.getText());
    correctedField.clear();
  }

  @FXML
  private void onSign() {
    viewModel.sign(signTable.getSelectionModel().getSelectedItem());
  }

  @FXML
  private void onFinalize() {
    viewModel.finalizeResult();
  }

  @FXML
  private void onSummary() {
    viewModel.exportSummary();
  }
}
