package org.careeval.ui.organization;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.OrganizationAlert;
import org.careeval.domain.organization.OrganizationCode;
import org.careeval.domain.organization.OrganizationDraft;
import org.careeval.domain.organization.Rating;
import org.careeval.domain.organization.RatingLevel;
import org.careeval.domain.organization.RegisterEntry;
import org.careeval.domain.organization.RegisterQuery;
import org.careeval.domain.organization.UsccCategory;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Badges;
import org.careeval.ui.common.Columns;
import org.careeval.ui.common.DateFields;
import org.careeval.ui.common.FeedbackLabels;
import org.careeval.ui.common.FieldProblems;
import org.careeval.ui.common.Formats;
import org.careeval.ui.common.ScreenActions;
import org.careeval.ui.common.Sorting;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/** 社会组织名录: the list with search and alerts, and the form beside it. */
public final class OrganizationRegistryView {

  @FXML private TextField searchField;
  @FXML private Button newButton;
  @FXML private Button importButton;
  @FXML private Button templateButton;
  @FXML private TableView<RegisterEntry> organizationsTable;
  @FXML private TableColumn<RegisterEntry, String> nameColumn;
  @FXML private TableColumn<RegisterEntry, String> codeColumn;
  @FXML private TableColumn<RegisterEntry, String> categoryColumn;
  @FXML private TableColumn<RegisterEntry, String> ratingColumn;
  @FXML private TableColumn<RegisterEntry, List<Badges.Badge>> alertsColumn;
  @FXML private SplitPane split;
  @FXML private VBox sidePanel;
  @FXML private ToggleButton detailToggle;
  @FXML private ComboBox<UsccCategory> categoryFilter;
  @FXML private ComboBox<RegisterQuery.RatingChoice> ratingFilter;
  @FXML private ComboBox<String> townFilter;
  @FXML private ComboBox<RegisterQuery.Status> statusFilter;
  @FXML private ComboBox<RegisterQuery.AlertChoice> alertFilter;
  @FXML private Label countLabel;
  @FXML private Label emptyListLabel;
  @FXML private TabPane detailTabs;
  @FXML private Tab basicTab;
  @FXML private Tab ratingTab;
  @FXML private HBox formButtons;
  @FXML private Label ratingExpiryLabel;
  @FXML private VBox formBox;
  @FXML private VBox ratingBox;
  @FXML private Label formTitle;
  @FXML private TextField nameField;
  @FXML private TextField codeField;
  @FXML private Label codeHint;
  @FXML private TextField legalRepresentativeField;
  @FXML private TextField addressField;
  @FXML private TextField phoneField;
  @FXML private ComboBox<RatingLevel> ratingLevelBox;
  @FXML private TextField ratingCertificateField;
  @FXML private TextField ratingIssuerField;
  @FXML private DatePicker ratingGrantedPicker;
  @FXML private CheckBox activeCheck;
  @FXML private Label feedbackLabel;
  @FXML private Button saveButton;
  @FXML private Button overrideButton;

  /** A code hint that explains why the code cannot be saved ({@code .hint-text:refused}). */
  private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

  private final OrganizationRegistryViewModel viewModel;
  private final Messages messages;
  private final Formats formats;
  private double dividerPosition = 0.59;

  public OrganizationRegistryView(OrganizationRegistryViewModel viewModel, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
    this.formats = new Formats(messages.locale(), viewModel.zone());
  }

  @FXML
  private void initialize() {
    searchField.textProperty().bindBidirectional(viewModel.searchProperty());
    bindList();
    bindColumns();
    bindDetailToggle();
    bindSelection();
    RegisterFilters.bind(
        viewModel,
        messages,
        new RegisterFilters.Controls(
            categoryFilter, ratingFilter, townFilter, statusFilter, alertFilter, countLabel));
    bindTabs();
    bindForm();
    showSelection(viewModel.selectedProperty().get());
  }

  private void bindList() {
    // sorting by a column header needs a SortedList over the filtered lines
    SortedList<RegisterEntry> sorted = new SortedList<>(viewModel.rows());
    sorted.comparatorProperty().bind(organizationsTable.comparatorProperty());
    organizationsTable.setItems(sorted);
    // never "no organizations yet" while they are still being read
    emptyListLabel
        .textProperty()
        .bind(
            Bindings.when(viewModel.loadedProperty())
                .then(messages.get("organization.empty"))
                .otherwise(messages.get("common.loading")));
    // a reload or a new filter replaces the rows: the form's organization stays selected
    sorted.addListener(
        (ListChangeListener<RegisterEntry>)
            change -> Platform.runLater(() -> showInTable(viewModel.selectedProperty().get())));
  }

  /**
   * Names, codes, ratings and alert badges at least as wide as their content, all with tooltips.
   */
  private void bindColumns() {
    nameColumn.setCellValueFactory(c -> Columns.text(c.getValue().organization().name()));
    Sorting.byPinyin(nameColumn);
    codeColumn.setCellValueFactory(c -> Columns.text(c.getValue().organization().code().value()));
    categoryColumn.setCellValueFactory(
        c ->
            Columns.text(
                c.getValue()
                    .organization()
                    .code()
                    .category()
                    .map(k -> messages.get(k.labelKey()))
                    .orElse("")));
    ratingColumn.setCellValueFactory(
        c -> Columns.text(c.getValue().organization().rating().map(this::ratingText).orElse("")));
    alertsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(badges(c.getValue())));
    alertsColumn.setCellFactory(Badges.cells());
    alertsColumn.setComparator(Comparator.comparingInt(List::size));
    Columns.withTooltips(organizationsTable);
    Columns.fitContent(organizationsTable, nameColumn);
    Columns.fitContent(organizationsTable, codeColumn);
    Columns.fitContent(organizationsTable, ratingColumn);
    Columns.fitContent(organizationsTable, alertsColumn, Badges::width);
  }

  /** The list and the form show the same organization, whichever side changes it. */
  private void bindSelection() {
    organizationsTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null && !viewModel.select(now.organization())) {
                // the officer kept editing: the row of the form's organization stays selected
                Platform.runLater(() -> showInTable(viewModel.selectedProperty().get()));
              }
            });
    viewModel
        .selectedProperty()
        .addListener(
            (obs, old, now) -> {
              showSelection(now);
              showInTable(now);
            });
  }

  private void bindTabs() {
    detailTabs.getTabs().addAll(new OrganizationDetailsView(viewModel.details(), messages).tabs());
    formButtons
        .visibleProperty()
        .bind(
            detailTabs
                .getSelectionModel()
                .selectedItemProperty()
                .isEqualTo(basicTab)
                .or(detailTabs.getSelectionModel().selectedItemProperty().isEqualTo(ratingTab)));
    formButtons.managedProperty().bind(formButtons.visibleProperty());
    ratingExpiryLabel
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    viewModel
                        .ratingExpiry()
                        .map(
                            day ->
                                messages.get(
                                    "organization.rating.expiresOn", formats.longDate(day)))
                        .orElse(""),
                viewModel.ratingGrantedOnProperty()));
  }

  private void bindForm() {
    boolean editable = viewModel.canEdit();
    formBox.setDisable(!editable);
    ratingBox.setDisable(!editable);
    for (Button editing : List.of(newButton, importButton, templateButton)) {
      editing.setVisible(editable);
      editing.setManaged(editable);
    }
    saveButton.setVisible(editable);
    saveButton.setManaged(editable);
    nameField.textProperty().bindBidirectional(viewModel.nameProperty());
    codeField.textProperty().bindBidirectional(viewModel.codeProperty());
    codeHint.textProperty().bind(viewModel.codeHintProperty());
    BooleanBinding codeRefused = viewModel.codeRefusedProperty();
    codeRefused.addListener((obs, was, now) -> codeHint.pseudoClassStateChanged(REFUSED, now));
    ValidationSupport validation = new ValidationSupport();
    validation.registerValidator(
        codeField,
        false,
        (control, value) ->
            ValidationResult.fromMessageIf(
                control,
                viewModel.codeHint((String) value),
                Severity.ERROR,
                viewModel.codeRefused((String) value)));
    legalRepresentativeField
        .textProperty()
        .bindBidirectional(viewModel.legalRepresentativeProperty());
    addressField.textProperty().bindBidirectional(viewModel.addressProperty());
    phoneField.textProperty().bindBidirectional(viewModel.phoneProperty());
    ratingLevelBox.getItems().setAll(RatingLevel.values());
    ratingLevelBox.getItems().add(0, null);
    ratingLevelBox.setConverter(levelNames());
    ratingLevelBox.setButtonCell(levelCell());
    ratingLevelBox.setCellFactory(list -> levelCell());
    ratingLevelBox.valueProperty().bindBidirectional(viewModel.ratingLevelProperty());
    ratingCertificateField.textProperty().bindBidirectional(viewModel.ratingCertificateProperty());
    ratingIssuerField.textProperty().bindBidirectional(viewModel.ratingIssuerProperty());
    ratingGrantedPicker.valueProperty().bindBidirectional(viewModel.ratingGrantedOnProperty());
    BooleanExpression grantDateReadable = DateFields.install(ratingGrantedPicker, messages);
    activeCheck.selectedProperty().bindBidirectional(viewModel.activeProperty());
    FeedbackLabels.bind(feedbackLabel, viewModel.tasks(), messages);
    FieldProblems.show(
        Map.of(
            OrganizationDraft.NAME, nameField,
            OrganizationDraft.CODE, codeField,
            OrganizationDraft.LEGAL_REPRESENTATIVE, legalRepresentativeField,
            OrganizationDraft.ADDRESS, addressField,
            OrganizationDraft.PHONE, phoneField,
            OrganizationDraft.RATING_CERTIFICATE, ratingCertificateField,
            OrganizationDraft.RATING_ISSUER, ratingIssuerField,
            OrganizationDraft.RATING_GRANTED_ON, ratingGrantedPicker),
        viewModel.fieldProblems(),
        messages);
    // Save waits until what is checked as typed is right: the reason already shows beside the field
    saveButton
        .disableProperty()
        .bind(
            viewModel
                .tasks()
                .busyProperty()
                .or(grantDateReadable.not())
                .or(viewModel.codeRefusedProperty()));
  }

  /** Selects and scrolls to the organization's row, so the form and the list agree. */
  private void showInTable(Organization organization) {
    if (organization == null) {
      organizationsTable.getSelectionModel().clearSelection();
      return;
    }
    organizationsTable.getItems().stream()
        .filter(entry -> entry.organization().id() == organization.id())
        .findFirst()
        .ifPresent(
            entry -> {
              if (organizationsTable.getSelectionModel().getSelectedItem() != entry) {
                organizationsTable.getSelectionModel().select(entry);
              }
              organizationsTable.scrollTo(entry);
            });
  }

  private void showSelection(Organization selected) {
    formTitle.setText(formTitle(selected));
    activeCheck.setDisable(selected == null);
    boolean pending =
        selected != null && selected.code().status() == OrganizationCode.CheckStatus.PENDING;
    overrideButton.setVisible(pending && viewModel.canOverride());
    overrideButton.setManaged(overrideButton.isVisible());
  }

  private String formTitle(Organization selected) {
    if (!viewModel.canEdit()) {
      return selected == null
          ? messages.get("organization.form.chooseTitle")
          : messages.get("organization.form.viewTitle", selected.name());
    }
    return selected == null
        ? messages.get("organization.form.newTitle")
        : messages.get("organization.form.editTitle", selected.name());
  }

  /** The level and when it lapses (4A 至 2026-06-15): the two things an officer checks. */
  private String ratingText(Rating rating) {
    return messages.get(
        "organization.rating.until", rating.level().label(), Formats.date(rating.expiresOn()));
  }

  private List<Badges.Badge> badges(RegisterEntry entry) {
    return entry.alerts().stream()
        .map(
            alert ->
                new Badges.Badge(
                    messages.get(alert.shortLabelKey()),
                    messages.get(alert.labelKey()),
                    tone(alert)))
        .toList();
  }

  /** Something to act on soon is a warning; something already wrong is a danger. */
  private static Badges.Tone tone(OrganizationAlert alert) {
    return switch (alert) {
      case RATING_EXPIRING, DOCUMENT_EXPIRING, CODE_PENDING, LEGACY_CODE -> Badges.Tone.WARNING;
      case RATING_EXPIRED, DOCUMENT_EXPIRED, CREDIT_FLAG, INSPECTION_FAILED -> Badges.Tone.DANGER;
    };
  }

  /** The detail pane folds away to give the list the whole width, and comes back where it was. */
  private void bindDetailToggle() {
    detailToggle.setSelected(true);
    detailToggle
        .selectedProperty()
        .addListener(
            (obs, was, shown) -> {
              if (shown) {
                split.getItems().add(sidePanel);
                split.setDividerPositions(dividerPosition);
              } else {
                dividerPosition = split.getDividerPositions()[0];
                split.getItems().remove(sidePanel);
              }
            });
  }

  private StringConverter<RatingLevel> levelNames() {
    return new StringConverter<>() {
      @Override
      public String toString(RatingLevel level) {
        return level == null ? messages.get("organization.rating.none") : level.label();
      }

      @Override
      public RatingLevel fromString(String text) {
        return RatingLevel.parse(text).orElse(null);
      }
    };
  }

  private ListCell<RatingLevel> levelCell() {
    return new ListCell<>() {
      @Override
      protected void updateItem(RatingLevel level, boolean empty) {
        super.updateItem(level, empty);
        setText(
            empty ? "" : level == null ? messages.get("organization.rating.none") : level.label());
      }
    };
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
          if (ratingGrantedPicker.getEditor().isFocused()) {
            ratingGrantedPicker.commitValue(); // Ctrl+S does not move the focus out of the field
          }
          if (saveButton.isVisible() && !saveButton.isDisabled()) {
            onSave();
          }
        },
        viewModel::cancelEdit);
  }

  @FXML
  private void onNew() {
    if (viewModel.startNew()) {
      detailTabs.getSelectionModel().select(basicTab);
      nameField.requestFocus();
    }
  }

  @FXML
  private void onSave() {
    viewModel.save();
  }

  @FXML
  private void onImport() {
    viewModel.importRoster();
  }

  @FXML
  private void onTemplate() {
    viewModel.saveTemplate();
  }

  @FXML
  private void onExport() {
    viewModel.export();
  }

  @FXML
  private void onOverride() {
    viewModel.overrideCheck();
  }
}
