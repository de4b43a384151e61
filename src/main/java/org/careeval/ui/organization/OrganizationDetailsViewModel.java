package org.careeval.ui.organization;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.award.BidRecord;
import org.careeval.domain.organization.AnnualInspection;
import org.careeval.domain.organization.Contact;
import org.careeval.domain.organization.CreditFlag;
import org.careeval.domain.organization.CreditFlagType;
import org.careeval.domain.organization.DocumentType;
import org.careeval.domain.organization.InspectionResult;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.OrganizationAlert;
import org.careeval.domain.organization.OrganizationProfile;
import org.careeval.domain.organization.QualificationDocument;
import org.careeval.domain.organization.Staffing;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.service.i18n.Messages;
import org.careeval.service.organization.OrganizationDetailService;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.EntryForm;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;

/**
 * The detail tabs of the selected organization: documents, inspections, credit flags, staff, towns
 * and contacts. Each change saves at once and reloads the profile; the register is told so its
 * alerts follow.
 */
public final class OrganizationDetailsViewModel {

  private final OrganizationDetailService details;
  private final Session session;
  private final ScreenTasks tasks;
  private final DialogService dialogs;
  private final Messages messages;
  private final CountyClock clock;
  private final Runnable changed;
  private final ObjectProperty<OrganizationProfile> profile = new SimpleObjectProperty<>();

  /** The document form of the tabs (fields in the view model, bound by the view). */
  public record DocumentForm(
      EntryForm entry,
      ObjectProperty<DocumentType> type,
      StringProperty number,
      StringProperty issuer,
      ObjectProperty<LocalDate> validFrom,
      ObjectProperty<LocalDate> validTo) {
    static DocumentForm create() {
      EntryForm e = new EntryForm();
      return new DocumentForm(e, e.value(), e.text(), e.text(), e.value(), e.value());
    }
  }

  /** The inspection form; the year starts at last year and does not count as typed. */
  public record InspectionForm(
      EntryForm entry,
      ObjectProperty<Integer> year,
      ObjectProperty<InspectionResult> result,
      StringProperty note) {
    static InspectionForm create(int lastYear) {
      EntryForm e = new EntryForm();
      return new InspectionForm(e, new SimpleObjectProperty<>(lastYear), e.value(), e.text());
    }
  }

  public record CreditForm(
      EntryForm entry,
      ObjectProperty<CreditFlagType> type,
      ObjectProperty<LocalDate> listedOn,
      StringProperty source,
      StringProperty note) {
    static CreditForm create() {
      EntryForm e = new EntryForm();
      return new CreditForm(e, e.value(), e.value(), e.text(), e.text());
    }
  }

  public record ContactForm(
      EntryForm entry, StringProperty name, StringProperty duty, StringProperty phone) {
    static ContactForm create() {
      EntryForm e = new EntryForm();
      return new ContactForm(e, e.text(), e.text(), e.text());
    }
  }

  /** The staffing counts as typed; filled from the organization shown. */
  public record StaffingForm(
      StringProperty total,
      StringProperty assistant,
      StringProperty intermediate,
      StringProperty senior) {
    List<StringProperty> fields() {
      return List.of(total, assistant, intermediate, senior);
    }
  }

  private final DocumentForm documentForm = DocumentForm.create();
  private final InspectionForm inspectionForm;
  private final CreditForm creditForm = CreditForm.create();
  private final ContactForm contactForm = ContactForm.create();
  private final StaffingForm staffingForm =
      new StaffingForm(
          new SimpleStringProperty(""),
          new SimpleStringProperty(""),
          new SimpleStringProperty(""),
          new SimpleStringProperty(""));
  private static final String TOWN_SEPARATORS = "[、,，;；\\s]+";
  private final StringProperty townsText = new SimpleStringProperty("");
  private final ObservableList<BidRecord> bids = FXCollections.observableArrayList();
  private final ObservableList<org.careeval.domain.performance.EvaluationRecord> evaluations =
      FXCollections.observableArrayList();
  private final ObservableList<BidRecord> bidsView = FXCollections.unmodifiableObservableList(bids);
  private final ObservableList<String> knownTowns = FXCollections.observableArrayList();
  private final ObservableList<String> knownTownsView =
      FXCollections.unmodifiableObservableList(knownTowns);
  private final BooleanBinding entryTyped;

  public OrganizationDetailsViewModel(
      OrganizationDetailService details,
      Session session,
      ScreenTasks tasks,
      DialogService dialogs,
      Messages messages,
      CountyClock clock,
      Runnable changed) {
    this.details = details;
    this.session = session;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.messages = messages;
    this.clock = clock;
    this.changed = changed;
    this.inspectionForm = InspectionForm.create(clock.today().getYear() - 1);
    List<EntryForm> entries =
        List.of(
            documentForm.entry(), inspectionForm.entry(), creditForm.entry(), contactForm.entry());
    List<Observable> watched = new ArrayList<>();
    entries.forEach(e -> watched.add(e.typedProperty()));
    watched.addAll(staffingForm.fields());
    watched.add(townsText);
    watched.add(profile);
    this.entryTyped =
        Bindings.createBooleanBinding(
            () ->
                entries.stream().anyMatch(e -> e.typedProperty().get())
                    || !staffingTyped().equals(staffingShown())
                    || !townsText.get().equals(townsShown()),
            watched.toArray(Observable[]::new));
    profile.addListener(
        (obs, old, now) -> {
          boolean another =
              old == null || now == null || old.organization().id() != now.organization().id();
          if (another) {
            entries.forEach(EntryForm::clear); // typed for another organization
          }
          // after another tab's change, a save form keeps what the officer is typing in it
          if (another || staffingTyped().equals(staffingOf(old))) {
            fillStaffing();
          }
          if (another || townsText.get().equals(townsOf(old))) {
            townsText.set(townsShown());
          }
        });
    fillSaveForms();
  }

  /** The staffing and towns forms show what is saved for the organization shown. */
  private void fillSaveForms() {
    fillStaffing();
    townsText.set(townsShown());
  }

  private void fillStaffing() {
    List<String> counts = staffingShown();
    for (int i = 0; i < counts.size(); i++) {
      staffingForm.fields().get(i).set(counts.get(i));
    }
  }

  private List<String> staffingTyped() {
    return staffingForm.fields().stream().map(StringProperty::get).toList();
  }

  private List<String> staffingShown() {
    return staffingOf(profile.get());
  }

  private static List<String> staffingOf(OrganizationProfile shown) {
    Staffing s = shown == null ? Staffing.NONE : shown.staffing();
    return List.of(s.total(), s.assistant(), s.intermediate(), s.senior()).stream()
        .map(n -> Integer.toString(n))
        .toList();
  }

  private String townsShown() {
    return townsOf(profile.get());
  }

  private static String townsOf(OrganizationProfile shown) {
    return shown == null ? "" : String.join("、", shown.towns());
  }

  public DocumentForm documentForm() {
    return documentForm;
  }

  public InspectionForm inspectionForm() {
    return inspectionForm;
  }

  public CreditForm creditForm() {
    return creditForm;
  }

  public ContactForm contactForm() {
    return contactForm;
  }

  public StaffingForm staffingForm() {
    return staffingForm;
  }

  public StringProperty townsTextProperty() {
    return townsText;
  }

  /**
   * True while a form of the tabs holds something typed and not yet added or saved; the register's
   * unsaved-changes question covers it.
   */
  public BooleanBinding entryTypedProperty() {
    return entryTyped;
  }

  /** The register's shared feedback and busy state, which the tabs report into. */
  public ScreenTasks tasks() {
    return tasks;
  }

  /** The officer chose to throw away what was typed and not added or saved. */
  public void discardEntries() {
    List.of(documentForm.entry(), inspectionForm.entry(), creditForm.entry(), contactForm.entry())
        .forEach(EntryForm::clear);
    fillSaveForms();
  }

  public ObjectProperty<OrganizationProfile> profileProperty() {
    return profile;
  }

  public boolean canEdit() {
    return session.can(Permission.ORGANIZATION_EDIT);
  }

  public LocalDate today() {
    return clock.today();
  }

  /** What a document's line flags today, if anything. */
  public Optional<OrganizationAlert> documentAlert(QualificationDocument document) {
    if (document.isExpiredOn(today())) {
      return Optional.of(OrganizationAlert.DOCUMENT_EXPIRED);
    }
    return document.isExpiringOn(today())
        ? Optional.of(OrganizationAlert.DOCUMENT_EXPIRING)
        : Optional.empty();
  }

  /** Loads the tabs of {@code organization}; {@code null} empties them. */
  public void show(Organization organization) {
    bids.clear();
    evaluations.clear();
    if (organization == null) {
      profile.set(null);
      return;
    }
    tasks.run(() -> details.profile(session, organization.id()), profile::set);
    if (canSeeBids()) {
      tasks.run(() -> details.bids(session, organization.id()), bids::setAll);
      tasks.run(() -> details.evaluations(session, organization.id()), evaluations::setAll);
    }
    tasks.run(() -> details.knownTowns(session), knownTowns::setAll);
  }

  /** Readers of projects see where the organization bid, its ranks and awards. */
  public boolean canSeeBids() {
    return session.can(Permission.PROJECT_READ);
  }

  /** The evaluations of the organization's contracts, newest first. */
  public ObservableList<org.careeval.domain.performance.EvaluationRecord> evaluations() {
    return evaluations;
  }

  /** The projects the organization shown bid on, newest first. */
  public ObservableList<BidRecord> bids() {
    return bidsView;
  }

  /** The towns of the places table, to choose from (in the order the register sorts names). */
  public ObservableList<String> knownTowns() {
    return knownTownsView;
  }

  /** Adds or removes a known town in the towns typed, keeping whatever else is typed there. */
  public void chooseTown(String town, boolean chosen) {
    List<String> typed =
        new ArrayList<>(
            Arrays.stream(townsText.get().split(TOWN_SEPARATORS))
                .filter(t -> !t.isBlank())
                .toList());
    typed.remove(town);
    if (chosen) {
      typed.add(town);
    }
    townsText.set(String.join("、", typed));
  }

  /** True when the towns typed name {@code town}. */
  public boolean townChosen(String typedTowns, String town) {
    return Arrays.asList(typedTowns.split(TOWN_SEPARATORS)).contains(town);
  }

  /** Adds the document in the document form (with a scan, if one was chosen). */
  public void addDocument(Optional<Path> scan) {
    DocumentForm f = documentForm;
    if (f.type().get() == null || f.validFrom().get() == null) {
      tasks.fail(Message.of("error.org.documentIncomplete"));
      return;
    }
    QualificationDocument document =
        new QualificationDocument(
            0,
            f.type().get(),
            f.number().get(),
            f.issuer().get(),
            f.validFrom().get(),
            Optional.ofNullable(f.validTo().get()),
            Optional.empty());
    change((id, version) -> details.addDocument(session, id, document, scan), f.entry()::clear);
  }

  /** Asks for a scanned copy (PDF or picture) to attach. */
  public Optional<Path> chooseScan() {
    return dialogs.chooseOpenFile(
        messages.get("organization.document.chooseScan"),
        messages.get("organization.document.scanFiles"),
        "*");
  }

  public void removeDocument(QualificationDocument document) {
    if (confirmRemoval()) {
      change((id, version) -> details.removeDocument(session, id, document.id()));
    }
  }

  /** Saves the document's scan where the officer chooses. */
  public void saveScan(QualificationDocument document) {
    OrganizationProfile current = profile.get();
    String name = document.scanName().orElse("");
    if (current == null) {
      return;
    }
    if (name.isEmpty()) {
      tasks.fail(Message.of("error.org.noScan"));
      return;
    }
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "*";
    dialogs
        .chooseSaveFile(messages.get("organization.document.saveScan"), name, name, extension)
        .ifPresent(
            target ->
                tasks.run(
                    () -> {
                      details.saveScan(session, current.organization().id(), document.id(), target);
                      return target;
                    },
                    saved -> tasks.succeed(Message.of("organization.document.scanSaved", saved))));
  }

  /** Records the inspection in the inspection form. */
  public void recordInspection() {
    InspectionForm f = inspectionForm;
    if (f.year().get() == null || f.result().get() == null) {
      tasks.fail(Message.of("error.org.inspectionIncomplete"));
      return;
    }
    AnnualInspection inspection =
        new AnnualInspection(0, f.year().get(), f.result().get(), f.note().get());
    change((id, version) -> details.recordInspection(session, id, inspection), f.entry()::clear);
  }

  public void removeInspection(AnnualInspection inspection) {
    if (confirmRemoval()) {
      change((id, version) -> details.removeInspection(session, id, inspection.year()));
    }
  }

  /** Adds the credit flag in the credit form. */
  public void addCreditFlag() {
    CreditForm f = creditForm;
    if (f.type().get() == null || f.listedOn().get() == null) {
      tasks.fail(Message.of("error.org.creditIncomplete"));
      return;
    }
    CreditFlag flag =
        new CreditFlag(
            0,
            f.type().get(),
            f.listedOn().get(),
            Optional.empty(),
            f.source().get(),
            f.note().get());
    change((id, version) -> details.addCreditFlag(session, id, flag), f.entry()::clear);
  }

  /** Records that the organization was taken off the list today; the flag stays in the history. */
  public void liftCreditFlag(CreditFlag flag) {
    if (flag.removedOn().isEmpty()) {
      change((id, version) -> details.liftCreditFlag(session, id, flag.id(), today()));
    }
  }

  /** Saves the counts in the staffing form. */
  public void saveStaffing() {
    StaffingForm f = staffingForm;
    try {
      Staffing staffing =
          new Staffing(
              count(f.total().get()),
              count(f.assistant().get()),
              count(f.intermediate().get()),
              count(f.senior().get()));
      // the form then shows the counts as saved ("" becomes 0)
      change(
          (id, version) -> details.saveStaffing(session, id, version, staffing),
          this::fillStaffing);
    } catch (CareEvalException e) {
      tasks.fail(Message.of(e));
    }
  }

  /** Towns typed in one field, separated by 、 , ， ; or spaces. */
  public void saveTowns() {
    List<String> towns = Arrays.asList(townsText.get().split(TOWN_SEPARATORS));
    change(
        (id, version) -> details.saveTowns(session, id, version, towns),
        () -> townsText.set(townsShown()));
  }

  /** Adds the contact in the contact form. */
  public void addContact() {
    ContactForm f = contactForm;
    Contact contact = new Contact(0, f.name().get(), f.duty().get(), f.phone().get());
    change((id, version) -> details.addContact(session, id, contact), f.entry()::clear);
  }

  public void removeContact(Contact contact) {
    if (confirmRemoval()) {
      change((id, version) -> details.removeContact(session, id, contact.id()));
    }
  }

  private boolean confirmRemoval() {
    return dialogs.confirm(
        messages.get("organization.detail.removeTitle"),
        messages.get("organization.detail.removeMessage"),
        messages.get("organization.detail.remove"));
  }

  private static int count(String text) {
    String value = text == null ? "" : text.strip();
    if (value.isEmpty()) {
      return 0;
    }
    try {
      return Integer.parseInt(Normalizer.normalize(value, Normalizer.Form.NFKC));
    } catch (NumberFormatException e) {
      throw new CareEvalException("error.org.staffNumber", value);
    }
  }

  /** A change to the shown organization: saved in the background, then the tabs reload. */
  private void change(OrganizationWork work) {
    change(work, () -> {});
  }

  private void change(OrganizationWork work, Runnable onSaved) {
    OrganizationProfile current = profile.get();
    if (current == null) {
      return;
    }
    long id = current.organization().id();
    int version = current.organization().version();
    Callable<OrganizationProfile> call = () -> work.apply(id, version);
    tasks.run(
        call,
        updated -> {
          profile.set(updated);
          onSaved.run();
          tasks.succeed(Message.of("organization.detail.saved"));
          changed.run();
        });
  }

  @FunctionalInterface
  private interface OrganizationWork {
    /** The version is the one the tabs show; forms that replace data send it along. */
    OrganizationProfile apply(long organizationId, int version);
  }
}
