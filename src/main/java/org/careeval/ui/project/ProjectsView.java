package org.careeval.ui.project;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.CheckBoxTreeCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.place.Place;
import org.careeval.domain.place.PlaceKind;
import org.careeval.domain.procurement.ProcurementMethod;
import org.careeval.domain.project.Project;
import org.careeval.domain.project.ProjectDraft;
import org.careeval.domain.project.ProjectOfficer;
import org.careeval.domain.project.ProjectStatus;
import org.careeval.domain.project.ServiceCategory;
import org.careeval.domain.project.TargetGroup;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Columns;
import org.careeval.ui.common.DateFields;
import org.careeval.ui.common.FeedbackLabels;
import org.careeval.ui.common.FieldProblems;
import org.careeval.ui.common.Formats;
import org.careeval.ui.common.MessageLabels;
import org.careeval.ui.common.ScreenActions;
import org.careeval.ui.common.Shown;
import org.careeval.ui.common.Sorting;

/** 购买服务项目: the list, the project form with its status steps, and the rubric tab. */
public final class ProjectsView {

  @FXML private TextField searchField;
  @FXML private ComboBox<ProjectStatus> statusFilter;
  @FXML private Button newButton;
  @FXML private SplitPane split;
  @FXML private TableView<Project> projectsTable;
  @FXML private TableColumn<Project, String> yearColumn;
  @FXML private TableColumn<Project, String> nameColumn;
  @FXML private TableColumn<Project, String> methodColumn;
  @FXML private TableColumn<Project, String> statusColumn;
  @FXML private TableColumn<Project, String> budgetColumn;
  @FXML private Tab basicTab;
  @FXML private Tab rubricTab;
  @FXML private Tab rankingTab;
  @FXML private Label formTitle;
  @FXML private TextField yearField;
  @FXML private TextField budgetField;
  @FXML private ComboBox<ProcurementMethod> methodBox;
  @FXML private TextField nameField;
  @FXML private DatePicker termStartPicker;
  @FXML private DatePicker termEndPicker;
  @FXML private ComboBox<ProjectOfficer> officerBox;
  @FXML private FlowPane categoriesPane;
  @FXML private FlowPane groupsPane;
  @FXML private TreeView<Place> placesTree;
  @FXML private Label feedbackLabel;
  @FXML private Button saveButton;
  @FXML private Label statusTitle;
  @FXML private Label statusReasonLabel;
  @FXML private VBox statusSteps;
  @FXML private javafx.scene.control.Separator statusSeparator;

  private final ProjectsViewModel viewModel;
  private final Parent rubricPane;
  private final Parent rankingPane;
  private final Messages messages;
  private boolean showingPlaces;

  /**
   * @param rubricPane the rubric tab's content, loaded with its own view ({@link RubricView})
   * @param rankingPane the ranking tab's content ({@link RankingView})
   */
  public ProjectsView(
      ProjectsViewModel viewModel, Parent rubricPane, Parent rankingPane, Messages messages) {
    this.viewModel = viewModel;
    this.rubricPane = rubricPane;
    this.rankingPane = rankingPane;
    this.messages = messages;
  }

  @FXML
  private void initialize() {
    bindList();
    bindForm();
    bindChoices();
    bindStatus();
    rubricTab.setContent(rubricPane);
    rankingTab.setContent(rankingPane);
    newButton.setVisible(viewModel.canEdit());
    newButton.setManaged(viewModel.canEdit());
  }

  private void bindList() {
    projectsTable.setItems(viewModel.projects());
    yearColumn.setCellValueFactory(c -> Columns.text(Integer.toString(c.getValue().fiscalYear())));
    nameColumn.setCellValueFactory(c -> Columns.text(c.getValue().name()));
    Sorting.byPinyin(nameColumn);
    methodColumn.setCellValueFactory(
        c -> Columns.text(messages.get(c.getValue().method().labelKey())));
    statusColumn.setCellValueFactory(
        c -> Columns.text(messages.get(c.getValue().status().labelKey())));
    budgetColumn.setCellValueFactory(c -> Columns.text(Formats.money(c.getValue().budget())));
    budgetColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
    Columns.withTooltips(projectsTable);
    Columns.fitContent(projectsTable, statusColumn);
    Columns.fitContent(projectsTable, budgetColumn);
    Columns.fitContent(projectsTable, yearColumn);
    searchField.textProperty().bindBidirectional(viewModel.searchProperty());
    statusFilter.getItems().add(null);
    statusFilter.getItems().addAll(ProjectStatus.values());
    statusFilter.setConverter(
        Shown.as(
            s ->
                s == null
                    ? messages.get("project.filter.allStatuses")
                    : messages.get(s.labelKey())));
    statusFilter.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
    projectsTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null && !viewModel.select(now)) {
                // the officer kept editing: the form's project stays selected
                Platform.runLater(() -> showInTable(viewModel.selectedProperty().get()));
              }
            });
    viewModel.selectedProperty().addListener((obs, old, now) -> showInTable(now));
  }

  private void showInTable(Project project) {
    if (project == null) {
      projectsTable.getSelectionModel().clearSelection();
    } else if (projectsTable.getSelectionModel().getSelectedItem() != project) {
      projectsTable.getSelectionModel().select(project);
    }
  }

  private void bindForm() {
    formTitle.textProperty().bind(MessageLabels.text(viewModel.formTitleProperty(), messages));
    yearField.textProperty().bindBidirectional(viewModel.yearProperty());
    nameField.textProperty().bindBidirectional(viewModel.nameProperty());
    budgetField.textProperty().bindBidirectional(viewModel.budgetProperty());
    budgetField.setPromptText(messages.get("project.budget.prompt"));
    bindOfficer();
    methodBox.getItems().setAll(ProcurementMethod.values());
    methodBox.setConverter(Shown.as(m -> m == null ? "" : messages.get(m.labelKey())));
    methodBox.valueProperty().bindBidirectional(viewModel.methodProperty());
    var startReadable = DateFields.install(termStartPicker, messages);
    var endReadable = DateFields.install(termEndPicker, messages);
    termStartPicker.valueProperty().bindBidirectional(viewModel.termStartProperty());
    termEndPicker.valueProperty().bindBidirectional(viewModel.termEndProperty());
    FieldProblems.show(
        java.util.Map.<String, Control>of(
            ProjectDraft.FISCAL_YEAR, yearField,
            ProjectDraft.NAME, nameField,
            ProjectDraft.BUDGET, budgetField,
            ProjectDraft.TERM_END, termEndPicker),
        viewModel.fieldProblems(),
        messages);
    FeedbackLabels.bind(feedbackLabel, viewModel.tasks(), messages);
    saveButton
        .disableProperty()
        .bind(viewModel.tasks().busyProperty().or(startReadable.not()).or(endReadable.not()));
    boolean editable = viewModel.canEdit();
    saveButton.setVisible(editable);
    for (Control field :
        List.of(
            yearField,
            nameField,
            budgetField,
            methodBox,
            termStartPicker,
            termEndPicker,
            officerBox)) {
      field.setDisable(!editable);
    }
  }

  /** The officer chosen from the active officers, kept in the form as a user name. */
  private void bindOfficer() {
    officerBox.setItems(viewModel.officers());
    officerBox.setConverter(Shown.as(o -> o == null ? "" : o.shown()));
    officerBox.setPromptText(messages.get("project.officer.prompt"));
    Runnable show =
        () ->
            officerBox.setValue(
                viewModel.officers().stream()
                    .filter(o -> o.username().equals(viewModel.officerProperty().get()))
                    .findFirst()
                    .orElse(null));
    viewModel.officerProperty().addListener((obs, old, now) -> show.run());
    viewModel
        .officers()
        .addListener((javafx.collections.ListChangeListener<ProjectOfficer>) c -> show.run());
    officerBox
        .valueProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                viewModel.officerProperty().set(now.username());
              }
            });
    show.run();
  }

  /** Categories, target groups and places as check boxes, in step with the view model's sets. */
  private void bindChoices() {
    viewModel
        .categories()
        .addListener(
            (javafx.collections.ListChangeListener<ServiceCategory>) change -> showCategories());
    showCategories();
    for (TargetGroup group : TargetGroup.values()) {
      groupsPane
          .getChildren()
          .add(
              checkBox(
                  "group-" + group.name(),
                  messages.get(group.labelKey()),
                  viewModel.chosenGroups(),
                  group));
    }
    viewModel
        .places()
        .addListener((javafx.collections.ListChangeListener<Place>) change -> showPlaces());
    viewModel.chosenPlaces().addListener((SetChangeListener<Long>) change -> checkPlaces());
    placesTree.setDisable(!viewModel.canEdit());
    placesTree.setCellFactory(
        CheckBoxTreeCell.forTreeView(
            item -> ((CheckBoxTreeItem<Place>) item).selectedProperty(),
            Shown.as(
                item -> item == null || item.getValue() == null ? "" : item.getValue().name())));
    showPlaces();
  }

  private void showCategories() {
    categoriesPane.getChildren().clear();
    for (ServiceCategory category : viewModel.categories()) {
      categoriesPane
          .getChildren()
          .add(
              checkBox(
                  "category-" + category.id(),
                  category.name(),
                  viewModel.chosenCategories(),
                  category.id()));
    }
  }

  private <T> CheckBox checkBox(
      String id, String text, javafx.collections.ObservableSet<T> set, T value) {
    CheckBox box = new CheckBox(text);
    box.setId(id);
    box.setSelected(set.contains(value));
    box.setDisable(!viewModel.canEdit());
    box.selectedProperty()
        .addListener(
            (obs, was, now) -> {
              if (now) {
                set.add(value);
              } else {
                set.remove(value);
              }
            });
    set.addListener((SetChangeListener<T>) change -> box.setSelected(set.contains(value)));
    return box;
  }

  /** Towns with their villages; each place is chosen on its own (a town need not take them all). */
  private void showPlaces() {
    CheckBoxTreeItem<Place> root = new CheckBoxTreeItem<>();
    List<Place> all = viewModel.places();
    for (Place town :
        Sorting.byName(
            all.stream().filter(p -> p.kind() == PlaceKind.TOWN).toList(), Place::name)) {
      CheckBoxTreeItem<Place> townItem = placeItem(town);
      for (Place village :
          Sorting.byName(
              all.stream().filter(p -> p.parentId().equals(Optional.of(town.id()))).toList(),
              Place::name)) {
        townItem.getChildren().add(placeItem(village));
      }
      root.getChildren().add(townItem);
    }
    placesTree.setRoot(root);
    checkPlaces();
  }

  /** A place's tree item: checking it chooses the place, and only that place. */
  private CheckBoxTreeItem<Place> placeItem(Place place) {
    CheckBoxTreeItem<Place> item = new CheckBoxTreeItem<>(place);
    item.setIndependent(true);
    item.selectedProperty()
        .addListener(
            (obs, was, now) -> {
              if (showingPlaces) {
                return;
              }
              if (now) {
                viewModel.chosenPlaces().add(place.id());
              } else {
                viewModel.chosenPlaces().remove(place.id());
              }
            });
    return item;
  }

  private void checkPlaces() {
    showingPlaces = true;
    try {
      if (placesTree.getRoot() == null) {
        return;
      }
      for (TreeItem<Place> town : placesTree.getRoot().getChildren()) {
        check(town);
        town.getChildren().forEach(this::check);
      }
    } finally {
      showingPlaces = false;
    }
  }

  private void check(TreeItem<Place> item) {
    boolean chosen = viewModel.chosenPlaces().contains(item.getValue().id());
    ((CheckBoxTreeItem<Place>) item).setSelected(chosen);
    if (chosen && item.getParent() != null && item.getParent() != placesTree.getRoot()) {
      item.getParent().setExpanded(true);
    }
  }

  private void bindStatus() {
    viewModel.selectedProperty().addListener((obs, old, now) -> showStatus());
    viewModel
        .readiness()
        .addListener(
            (MapChangeListener<ProjectStatus, List<LocalizedText>>) change -> showStatus());
    showStatus();
  }

  /**
   * The current status and, for each status the project may move to, a button and what it lacks.
   */
  private void showStatus() {
    Project project = viewModel.selectedProperty().get();
    statusSteps.getChildren().clear();
    statusTitle.setVisible(project != null);
    statusTitle.setManaged(project != null);
    statusReasonLabel.setVisible(project != null && !project.statusReason().isEmpty());
    statusReasonLabel.setManaged(statusReasonLabel.isVisible());
    statusSeparator.setVisible(project != null);
    statusSeparator.setManaged(project != null);
    if (project == null) {
      return;
    }
    statusTitle.setText(
        messages.get("project.status.current", messages.get(project.status().labelKey())));
    statusReasonLabel.setText(messages.get("project.status.reason", project.statusReason()));
    viewModel.readiness().keySet().stream()
        .sorted(Comparator.naturalOrder())
        .forEach(
            target -> statusSteps.getChildren().add(step(target, viewModel.stillMissing(target))));
  }

  private HBox step(ProjectStatus target, List<LocalizedText> missing) {
    Button move =
        new Button(messages.get("project.status.moveTo", messages.get(target.labelKey())));
    move.setId("status-" + target.name());
    move.setMinWidth(Control.USE_PREF_SIZE);
    move.setDisable(!missing.isEmpty() || !viewModel.canEdit());
    HBox step = new HBox(move);
    step.getStyleClass().add("status-step");
    Optional<ComboBox<Organization>> award = Optional.empty();
    if (target == ProjectStatus.AWARDED) {
      ComboBox<Organization> box = new ComboBox<>(viewModel.candidates());
      box.setId("awardBox");
      box.setPromptText(messages.get("project.award.prompt"));
      box.setConverter(Shown.as(o -> o == null ? "" : o.name()));
      box.setMaxWidth(Double.MAX_VALUE);
      move.disableProperty()
          .bind(
              box.valueProperty()
                  .isNull()
                  .or(new SimpleBooleanProperty(!missing.isEmpty() || !viewModel.canEdit())));
      box.setPrefWidth(260);
      HBox.setHgrow(box, javafx.scene.layout.Priority.SOMETIMES);
      step.getChildren().add(0, box);
      award = Optional.of(box);
    }
    Optional<ComboBox<Organization>> chosen = award;
    move.setOnAction(e -> viewModel.changeStatus(target, chosen.map(ComboBox::getValue)));
    if (!missing.isEmpty()) {
      Label lacks =
          new Label(
              missing.stream()
                  .map(m -> "· " + messages.get(m.key(), m.arguments().toArray()))
                  .collect(Collectors.joining("\n")));
      lacks.setWrapText(true);
      lacks.getStyleClass().add("hint-text");
      lacks.setMinWidth(0);
      HBox.setHgrow(lacks, javafx.scene.layout.Priority.ALWAYS);
      step.getChildren().add(lacks);
    }
    return step;
  }

  @FXML
  private void onNew() {
    viewModel.startNew();
    nameField.requestFocus();
  }

  @FXML
  private void onSave() {
    viewModel.save();
  }

  /** Ctrl+F to the search field, Ctrl+N new, Ctrl+S save, Esc asks about unsaved changes. */
  public ScreenActions actions() {
    return new ScreenActions(
        () -> {
          searchField.requestFocus();
          searchField.selectAll();
        },
        () -> {
          if (viewModel.canEdit()) {
            onNew();
          }
        },
        () -> {
          if (saveButton.isVisible() && !saveButton.isDisabled()) {
            onSave();
          }
        },
        viewModel::cancelEdit);
  }
}
