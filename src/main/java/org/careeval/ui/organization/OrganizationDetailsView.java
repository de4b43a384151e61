package org.careeval.ui.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careeval.domain.award.BidRecord;
import org.careeval.domain.organization.AnnualInspection;
import org.careeval.domain.organization.Contact;
import org.careeval.domain.organization.CreditFlag;
import org.careeval.domain.organization.CreditFlagType;
import org.careeval.domain.organization.DocumentType;
import org.careeval.domain.organization.InspectionResult;
import org.careeval.domain.organization.OrganizationProfile;
import org.careeval.domain.organization.QualificationDocument;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Columns;
import org.careeval.ui.common.DateFields;
import org.careeval.ui.common.Formats;

/**
 * The detail tabs beside the register form, built in code because each is the same shape: a table
 * of what is recorded, and below it a short form to add to it.
 */
final class OrganizationDetailsView {

  private final OrganizationDetailsViewModel viewModel;
  private final Messages messages;
  private final boolean editable;

  OrganizationDetailsView(OrganizationDetailsViewModel viewModel, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
    this.editable = viewModel.canEdit();
  }

  List<Tab> tabs() {
    List<Tab> tabs =
        List.of(
            tab("organization.tab.documents", documents()),
            tab("organization.tab.inspections", inspections()),
            tab("organization.tab.credit", creditFlags()),
            tab("organization.tab.staff", staff()),
            tab("organization.tab.towns", towns()),
            tab("organization.tab.contacts", contacts()),
            tab("organization.tab.performance", performance()));
    tabs.forEach(t -> t.disableProperty().bind(viewModel.profileProperty().isNull()));
    return tabs;
  }

  private Tab tab(String key, Node content) {
    Tab tab = new Tab(messages.get(key), content);
    tab.setClosable(false);
    return tab;
  }

  private Node documents() {
    TableView<QualificationDocument> table =
        table(
            OrganizationProfile::documents,
            column("organization.document.type", d -> messages.get(d.type().labelKey())),
            column("organization.document.number", QualificationDocument::number),
            column("organization.document.validTo", this::validity),
            column("organization.column.alerts", this::documentAlert));
    OrganizationDetailsViewModel.DocumentForm f = viewModel.documentForm();
    ComboBox<DocumentType> type = choice(DocumentType.values(), DocumentType::labelKey);
    type.valueProperty().bindBidirectional(f.type());
    TextField number = text(f.number());
    TextField issuer = text(f.issuer());
    DatePicker from = date(f.validFrom());
    DatePicker to = date(f.validTo());
    to.setPromptText(messages.get("organization.document.longTerm"));
    BooleanExpression datesReadable = readable(from).and(readable(to));
    ids("document", type, "TypeBox", number, "NumberField", issuer, "IssuerField");
    ids("document", from, "FromPicker", to, "ToPicker");
    Button add = button("organization.document.add", () -> viewModel.addDocument(Optional.empty()));
    Button addWithScan =
        button(
            "organization.document.addWithScan",
            () ->
                viewModel.chooseScan().ifPresent(scan -> viewModel.addDocument(Optional.of(scan))));
    add.setId("documentAddButton");
    addWithScan.setId("documentAddWithScanButton");
    add.disableProperty().bind(datesReadable.not());
    addWithScan.disableProperty().bind(datesReadable.not());
    Button saveScan = selectionButton(table, "organization.document.saveScan", viewModel::saveScan);
    saveScan.setVisible(true);
    saveScan.setManaged(true);
    Button remove = selectionButton(table, "organization.detail.remove", viewModel::removeDocument);
    GridPane form =
        form(
            "organization.document.type", type,
            "organization.document.number", number,
            "organization.document.issuer", issuer,
            "organization.document.validFrom", from,
            "organization.document.validTo", to);
    return page(table, form, add, addWithScan, remove, saveScan);
  }

  private String validity(QualificationDocument d) {
    return Formats.date(d.validFrom())
        + " ~ "
        + d.validTo().map(Formats::date).orElse(messages.get("organization.document.longTerm"));
  }

  private String documentAlert(QualificationDocument d) {
    return viewModel.documentAlert(d).map(alert -> messages.get(alert.labelKey())).orElse("");
  }

  private Node inspections() {
    TableView<AnnualInspection> table =
        table(
            OrganizationProfile::inspections,
            column("organization.inspection.year", i -> Integer.toString(i.year())),
            column("organization.inspection.result", i -> messages.get(i.result().labelKey())),
            column("organization.inspection.note", AnnualInspection::note));
    OrganizationDetailsViewModel.InspectionForm f = viewModel.inspectionForm();
    Spinner<Integer> year = new Spinner<>(1988, viewModel.today().getYear(), f.year().get());
    year.setEditable(true);
    year.getValueFactory().valueProperty().bindBidirectional(f.year());
    ComboBox<InspectionResult> result =
        choice(InspectionResult.values(), InspectionResult::labelKey);
    result.valueProperty().bindBidirectional(f.result());
    TextField note = text(f.note());
    ids("inspection", year, "YearSpinner", result, "ResultBox", note, "NoteField");
    Button add = button("organization.inspection.add", viewModel::recordInspection);
    add.setId("inspectionAddButton");
    Button remove =
        selectionButton(table, "organization.detail.remove", viewModel::removeInspection);
    GridPane form =
        form(
            "organization.inspection.year", year,
            "organization.inspection.result", result,
            "organization.inspection.note", note);
    return page(table, form, add, remove);
  }

  private Node creditFlags() {
    TableView<CreditFlag> table =
        table(
            OrganizationProfile::creditFlags,
            column("organization.credit.type", f -> messages.get(f.type().labelKey())),
            column("organization.credit.listedOn", f -> Formats.date(f.listedOn())),
            column(
                "organization.credit.removedOn",
                f ->
                    f.removedOn()
                        .map(Formats::date)
                        .orElse(messages.get("organization.credit.stillListed"))),
            column("organization.credit.source", CreditFlag::source));
    OrganizationDetailsViewModel.CreditForm f = viewModel.creditForm();
    ComboBox<CreditFlagType> type = choice(CreditFlagType.values(), CreditFlagType::labelKey);
    type.valueProperty().bindBidirectional(f.type());
    DatePicker listedOn = date(f.listedOn());
    TextField source = text(f.source());
    source.setPromptText(messages.get("organization.credit.sourcePrompt"));
    TextField note = text(f.note());
    ids("credit", type, "TypeBox", listedOn, "ListedOnPicker", source, "SourceField");
    note.setId("creditNoteField");
    Button add = button("organization.credit.add", viewModel::addCreditFlag);
    add.setId("creditAddButton");
    add.disableProperty().bind(readable(listedOn).not());
    Button lift = selectionButton(table, "organization.credit.lift", viewModel::liftCreditFlag);
    GridPane form =
        form(
            "organization.credit.type", type,
            "organization.credit.listedOn", listedOn,
            "organization.credit.source", source,
            "organization.credit.note", note);
    return page(table, form, add, lift);
  }

  private Node staff() {
    OrganizationDetailsViewModel.StaffingForm f = viewModel.staffingForm();
    TextField total = text(f.total());
    TextField assistant = text(f.assistant());
    TextField intermediate = text(f.intermediate());
    TextField senior = text(f.senior());
    ids(
        "staff",
        total,
        "TotalField",
        assistant,
        "AssistantField",
        intermediate,
        "IntermediateField");
    senior.setId("staffSeniorField");
    GridPane form =
        form(
            "organization.staff.total", total,
            "organization.staff.assistant", assistant,
            "organization.staff.intermediate", intermediate,
            "organization.staff.senior", senior);
    Button save = button("common.button.save", viewModel::saveStaffing);
    save.setId("staffSaveButton");
    return page(null, form, save);
  }

  private Node towns() {
    TextField towns = text(viewModel.townsTextProperty());
    towns.setId("townsField");
    towns.setPromptText(messages.get("organization.towns.prompt"));
    Label hint = new Label(messages.get("organization.towns.hint"));
    hint.setWrapText(true);
    hint.getStyleClass().add("hint-text");
    Button save = button("common.button.save", viewModel::saveTowns);
    save.setId("townsSaveButton");
    GridPane form = form("organization.towns.title", towns);
    form.add(hint, 1, 1);
    form.add(townChoices(), 1, 2);
    return page(null, form, save);
  }

  /** The known towns as check boxes: a click adds or removes the town in the field above. */
  private FlowPane townChoices() {
    FlowPane choices = new FlowPane();
    choices.setId("townChoices");
    choices.getStyleClass().add("check-flow");
    Runnable build =
        () -> {
          choices.getChildren().clear();
          for (String town : viewModel.knownTowns()) {
            CheckBox box = new CheckBox(town);
            box.setSelected(viewModel.townChosen(viewModel.townsTextProperty().get(), town));
            box.setOnAction(e -> viewModel.chooseTown(town, box.isSelected()));
            choices.getChildren().add(box);
          }
        };
    viewModel
        .knownTowns()
        .addListener((javafx.collections.ListChangeListener<String>) c -> build.run());
    viewModel
        .townsTextProperty()
        .addListener(
            (obs, old, now) ->
                choices.getChildren().stream()
                    .map(CheckBox.class::cast)
                    .forEach(box -> box.setSelected(viewModel.townChosen(now, box.getText()))));
    build.run();
    return choices;
  }

  private Node contacts() {
    TableView<Contact> table =
        table(
            OrganizationProfile::contacts,
            column("organization.contact.name", Contact::name),
            column("organization.contact.duty", Contact::duty),
            column("organization.contact.phone", Contact::phone));
    OrganizationDetailsViewModel.ContactForm f = viewModel.contactForm();
    TextField name = text(f.name());
    TextField duty = text(f.duty());
    TextField phone = text(f.phone());
    ids("contact", name, "NameField", duty, "DutyField", phone, "PhoneField");
    Button add = button("organization.contact.add", viewModel::addContact);
    add.setId("contactAddButton");
    Button remove = selectionButton(table, "organization.detail.remove", viewModel::removeContact);
    GridPane form =
        form(
            "organization.contact.name", name,
            "organization.contact.duty", duty,
            "organization.contact.phone", phone);
    return page(table, form, add, remove);
  }

  private Node performance() {
    VBox box = new VBox(8);
    if (viewModel.canSeeBids()) {
      TableView<org.careeval.domain.performance.EvaluationRecord> graded =
          new TableView<>(viewModel.evaluations());
      graded.setId("evaluationRecordsTable");
      graded
          .getColumns()
          .setAll(
              List.of(
                  column(
                      "organization.evaluations.contract",
                      e -> e.contractNumber() + " · " + e.project()),
                  column(
                      "organization.evaluations.stage",
                      e -> e.evaluation().kind().chinese() + " " + e.evaluation().stage()),
                  column(
                      "organization.evaluations.evaluator",
                      e -> e.evaluation().evaluator().chinese()),
                  column(
                      "organization.evaluations.result",
                      e ->
                          e.evaluation()
                                  .total()
                                  .map(
                                      t ->
                                          t.toPlainString()
                                              + " "
                                              + e.evaluation().grade().orElse(""))
                                  .orElse("—")
                              + (e.evaluation().signed()
                                  ? ""
                                  : " ("
                                      + messages.get(e.evaluation().state().labelKey())
                                      + ")"))));
      graded.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
      graded.setPlaceholder(new Label(messages.get("organization.performance.empty")));
      graded.setPrefHeight(180);
      Columns.withTooltips(graded);
      box.getChildren().add(graded);
      TableView<BidRecord> bids = new TableView<>(viewModel.bids());
      bids.setId("bidRecordsTable");
      bids.getColumns()
          .setAll(
              List.of(
                  column("organization.bids.project", b -> b.fiscalYear() + " · " + b.project()),
                  column("organization.bids.price", b -> Formats.money(b.price())),
                  column("organization.bids.rank", this::rank),
                  column("organization.bids.outcome", this::outcome)));
      bids.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
      bids.setPlaceholder(new Label(messages.get("organization.bids.empty")));
      bids.setPrefHeight(180);
      Columns.withTooltips(bids);
      box.getChildren().add(bids);
    }
    box.getStyleClass().add("side-form");
    return box;
  }

  private String rank(BidRecord b) {
    if (!b.passedReviews()) {
      return messages.get("organization.bids.failedReview");
    }
    return b.rank()
        .map(r -> messages.get("organization.bids.rankValue", r))
        .orElse(messages.get("organization.bids.notFinalized"));
  }

  private String outcome(BidRecord b) {
    return b.award()
        .map(a -> messages.get(a.labelKey()))
        .orElse(messages.get(b.status().labelKey()));
  }

  // --- building blocks ---

  /** A text field bound both ways to a form field of the view model. */
  private static TextField text(StringProperty field) {
    TextField text = new TextField();
    text.textProperty().bindBidirectional(field);
    return text;
  }

  private static DatePicker date(ObjectProperty<LocalDate> field) {
    DatePicker picker = new DatePicker();
    picker.valueProperty().bindBidirectional(field);
    return picker;
  }

  /** Pairs of control and id suffix: each gets the id {@code prefix + suffix}, for tests. */
  private static void ids(String prefix, Object... controlsAndSuffixes) {
    for (int i = 0; i < controlsAndSuffixes.length; i += 2) {
      ((Node) controlsAndSuffixes[i]).setId(prefix + controlsAndSuffixes[i + 1]);
    }
  }

  /** Installs the county's date entry on the picker; true while its text is empty or a date. */
  private BooleanExpression readable(DatePicker picker) {
    return DateFields.install(picker, messages);
  }

  private <T> TableView<T> table(
      Function<OrganizationProfile, List<T>> rows, List<TableColumn<T, String>> columns) {
    TableView<T> table = new TableView<>();
    table.getColumns().setAll(columns);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.setPlaceholder(new Label(messages.get("organization.detail.empty")));
    table.setPrefHeight(180);
    Columns.withTooltips(table); // the narrow side pane cuts long values: the tooltip has them
    viewModel
        .profileProperty()
        .addListener(
            (obs, old, now) ->
                table.setItems(
                    FXCollections.observableArrayList(now == null ? List.of() : rows.apply(now))));
    return table;
  }

  @SafeVarargs
  private <T> TableView<T> table(
      Function<OrganizationProfile, List<T>> rows, TableColumn<T, String>... columns) {
    return table(rows, List.of(columns));
  }

  private <T> TableColumn<T, String> column(String key, Function<T, String> value) {
    TableColumn<T, String> column = new TableColumn<>(messages.get(key));
    column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    return column;
  }

  private <E> ComboBox<E> choice(E[] values, Function<E, String> labelKey) {
    ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
    box.setCellFactory(list -> labelled(labelKey));
    box.setButtonCell(labelled(labelKey));
    box.setMaxWidth(Double.MAX_VALUE);
    return box;
  }

  private <E> ListCell<E> labelled(Function<E, String> labelKey) {
    return new ListCell<>() {
      @Override
      protected void updateItem(E item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? "" : messages.get(labelKey.apply(item)));
      }
    };
  }

  /** Pairs of label key and field, one per row. */
  private GridPane form(Object... keysAndFields) {
    GridPane grid = new GridPane();
    grid.getStyleClass().add("detail-form");
    grid.setHgap(8);
    grid.setVgap(6);
    for (int i = 0; i < keysAndFields.length; i += 2) {
      Label label = new Label(messages.get((String) keysAndFields[i]));
      label.setMinWidth(Region.USE_PREF_SIZE); // a label never shrinks to "证…"
      Node field = (Node) keysAndFields[i + 1];
      GridPane.setHgrow(field, Priority.ALWAYS);
      grid.addRow(i / 2, label, field);
    }
    grid.setDisable(!editable);
    grid.setVisible(editable);
    grid.setManaged(editable);
    return grid;
  }

  private Button button(String key, Runnable action) {
    Button button = new Button(messages.get(key));
    button.setOnAction(e -> action.run());
    button.setVisible(editable);
    button.setManaged(editable);
    return button;
  }

  private <T> Button selectionButton(TableView<T> table, String key, Consumer<T> action) {
    Button button =
        button(
            key,
            () -> {
              T item = table.getSelectionModel().getSelectedItem();
              if (item != null) {
                action.accept(item);
              }
            });
    button.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    return button;
  }

  private VBox page(TableView<?> table, GridPane form, Button... buttons) {
    VBox page = new VBox();
    page.getStyleClass().add("side-form");
    if (table != null) {
      VBox.setVgrow(table, Priority.ALWAYS);
      page.getChildren().add(table);
    }
    HBox row = new HBox(buttons);
    row.getStyleClass().add("button-row");
    page.getChildren().addAll(form, row);
    return page;
  }
}
