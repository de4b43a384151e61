package org.careeval.ui.organization;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.careeval.domain.CareEvalException;
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
  private final BooleanProperty entryTyped = new SimpleBooleanProperty(false);
  private final ReadOnlyIntegerWrapper discards = new ReadOnlyIntegerWrapper(0);

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
  }

  /**
   * True while an add form of the tabs holds something typed and not yet added (the view binds it);
   * the register's unsaved-changes question covers it.
   */
  public BooleanProperty entryTypedProperty() {
    return entryTyped;
  }

  /** Counts "discard" answers, so the view empties what was typed in the add forms. */
  public ReadOnlyIntegerProperty discardsProperty() {
    return discards.getReadOnlyProperty();
  }

  /** The register's shared feedback and busy state, which the tabs report into. */
  public ScreenTasks tasks() {
    return tasks;
  }

  /** The officer chose to throw away what was typed and not added. */
  public void discardEntries() {
    discards.set(discards.get() + 1);
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
    if (organization == null) {
      profile.set(null);
      return;
    }
    tasks.run(() -> details.profile(session, organization.id()), profile::set);
  }

  /**
   * @param onAdded runs once the entry was saved (the view empties its form then)
   */
  public void addDocument(
      DocumentType type,
      String number,
      String issuer,
      LocalDate validFrom,
      LocalDate validTo,
      Optional<Path> scan,
      Runnable onAdded) {
    if (type == null || validFrom == null) {
      tasks.fail(Message.of("error.org.documentIncomplete"));
      return;
    }
    QualificationDocument document =
        new QualificationDocument(
            0, type, number, issuer, validFrom, Optional.ofNullable(validTo), Optional.empty());
    change((id, version) -> details.addDocument(session, id, document, scan), onAdded);
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

  /**
   * @param onAdded runs once the entry was saved (the view empties its form then)
   */
  public void recordInspection(
      Integer year, InspectionResult result, String note, Runnable onAdded) {
    if (year == null || result == null) {
      tasks.fail(Message.of("error.org.inspectionIncomplete"));
      return;
    }
    change(
        (id, version) ->
            details.recordInspection(session, id, new AnnualInspection(0, year, result, note)),
        onAdded);
  }

  public void removeInspection(AnnualInspection inspection) {
    if (confirmRemoval()) {
      change((id, version) -> details.removeInspection(session, id, inspection.year()));
    }
  }

  public void addCreditFlag(
      CreditFlagType type, LocalDate listedOn, String source, String note, Runnable onAdded) {
    if (type == null || listedOn == null) {
      tasks.fail(Message.of("error.org.creditIncomplete"));
      return;
    }
    CreditFlag flag = new CreditFlag(0, type, listedOn, Optional.empty(), source, note);
    change((id, version) -> details.addCreditFlag(session, id, flag), onAdded);
  }

  /** Records that the organization was taken off the list today; the flag stays in the history. */
  public void liftCreditFlag(CreditFlag flag) {
    if (flag.removedOn().isEmpty()) {
      change((id, version) -> details.liftCreditFlag(session, id, flag.id(), today()));
    }
  }

  public void saveStaffing(String total, String assistant, String intermediate, String senior) {
    try {
      Staffing staffing =
          new Staffing(count(total), count(assistant), count(intermediate), count(senior));
      change((id, version) -> details.saveStaffing(session, id, version, staffing));
    } catch (CareEvalException e) {
      tasks.fail(Message.of(e));
    }
  }

  /** Towns typed in one field, separated by 、 , ， ; or spaces. */
  public void saveTowns(String text) {
    List<String> towns = Arrays.asList(text.split("[、,，;；\\s]+"));
    change((id, version) -> details.saveTowns(session, id, version, towns));
  }

  public void addContact(String name, String duty, String phone, Runnable onAdded) {
    change(
        (id, version) -> details.addContact(session, id, new Contact(0, name, duty, phone)),
        onAdded);
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
