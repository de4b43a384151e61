package org.careeval.service.organization;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.FreeText;
import org.careeval.domain.Problem;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.award.BidRecord;
import org.careeval.domain.organization.AlertFacts;
import org.careeval.domain.organization.AnnualInspection;
import org.careeval.domain.organization.Contact;
import org.careeval.domain.organization.CreditFlag;
import org.careeval.domain.organization.DetailRules;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.OrganizationAlert;
import org.careeval.domain.organization.OrganizationProfile;
import org.careeval.domain.organization.QualificationDocument;
import org.careeval.domain.organization.RegisterEntry;
import org.careeval.domain.organization.Staffing;
import org.careeval.domain.place.Place;
import org.careeval.domain.place.PlaceKind;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.AwardRepository;
import org.careeval.persistence.Database;
import org.careeval.persistence.EvidenceStore;
import org.careeval.persistence.OrganizationDetailRepository;
import org.careeval.persistence.OrganizationRepository;
import org.careeval.persistence.PlaceRepository;
import org.careeval.persistence.Transaction;
import org.careeval.service.Scans;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.security.Sessions;

/**
 * The register list with today's alerts, and each organization's detail tabs: qualification
 * documents (with their scans), annual inspections, credit flags, staff, towns served and contacts.
 * Every change is checked, audited and names the organization it belongs to.
 */
public final class OrganizationDetailService {

  private final Database database;
  private final org.careeval.persistence.ContractRepository contracts;
  private final org.careeval.persistence.PerformanceRepository evaluations;
  private final AwardRepository awards;
  private final PlaceRepository places;
  private final Sessions sessions;
  private final OrganizationRepository organizations;
  private final OrganizationDetailRepository details;
  private final AuditTrail audit;
  private final CountyClock clock;
  private final EvidenceStore evidence;

  public OrganizationDetailService(
      Database database,
      OrganizationRepository organizations,
      OrganizationDetailRepository details,
      AuditTrail audit,
      CountyClock clock,
      EvidenceStore evidence,
      PlaceRepository places,
      AwardRepository awards,
      org.careeval.persistence.ContractRepository contracts,
      org.careeval.persistence.PerformanceRepository evaluations,
      Sessions sessions) {
    this.places = places;
    this.awards = awards;
    this.contracts = contracts;
    this.evaluations = evaluations;
    this.sessions = sessions;
    this.database = database;
    this.organizations = organizations;
    this.details = details;
    this.audit = audit;
    this.clock = clock;
    this.evidence = evidence;
  }

  /**
   * The projects the organization bid on, newest first, with its rank once the result is finalized
   * and the outcome of any award offered to it (the register page's 投标与中标 tab).
   */
  /**
   * The organization's evaluations — every one started on its contracts, newest first — for its
   * register page and for the panel that selects it next.
   */
  public List<org.careeval.domain.performance.EvaluationRecord> evaluations(
      Session session, long organizationId) {
    sessions.require(session, Permission.ORGANIZATION_READ);
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(
        tx -> {
          Map<Long, org.careeval.domain.contract.Contract> theirs =
              contracts.list(tx).stream()
                  .filter(c -> c.organizationId() == organizationId)
                  .collect(
                      java.util.stream.Collectors.toMap(
                          org.careeval.domain.contract.Contract::id, c -> c));
          return evaluations.all(tx).stream()
              .filter(e -> theirs.containsKey(e.contractId()))
              .sorted(
                  java.util.Comparator.comparing(org.careeval.domain.performance.Evaluation::dueOn)
                      .reversed())
              .map(
                  e ->
                      new org.careeval.domain.performance.EvaluationRecord(
                          theirs.get(e.contractId()).number(),
                          theirs.get(e.contractId()).project(),
                          e))
              .toList();
        });
  }

  public List<BidRecord> bids(Session session, long organizationId) {
    sessions.require(session, Permission.ORGANIZATION_READ);
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(tx -> awards.bidsOf(tx, organizationId));
  }

  /** Every organization with its alerts today and the towns it serves, by name. */
  public List<RegisterEntry> entries(Session session) {
    sessions.require(session, Permission.ORGANIZATION_READ);
    LocalDate today = clock.today();
    return database.read(
        tx -> {
          Map<Long, AlertFacts> facts = details.allAlertFacts(tx);
          Map<Long, List<String>> towns = details.allTownsByOrganization(tx);
          return organizations.list(tx, "").stream()
              .map(
                  o ->
                      RegisterEntry.of(
                          o,
                          OrganizationAlert.of(
                              o, facts.getOrDefault(o.id(), AlertFacts.NONE), today),
                          towns.getOrDefault(o.id(), List.of())))
              .toList();
        });
  }

  /** How many active organizations carry each alert today, for the overview card. */
  public Map<OrganizationAlert, Integer> alertCounts(Session session) {
    Map<OrganizationAlert, Integer> counts = new EnumMap<>(OrganizationAlert.class);
    for (RegisterEntry entry : entries(session)) {
      if (entry.organization().active()) {
        entry.alerts().forEach(alert -> counts.merge(alert, 1, Integer::sum));
      }
    }
    return counts;
  }

  /** Every town served by some organization, for suggestions and the list filter. */
  public List<String> towns(Session session) {
    sessions.require(session, Permission.ORGANIZATION_READ);
    return database.read(details::allTowns);
  }

  /** The towns of the places table still in use, by name: what "towns served" may name. */
  public List<String> knownTowns(Session session) {
    sessions.require(session, Permission.ORGANIZATION_READ);
    return database.read(
        tx ->
            places.list(tx).stream()
                .filter(p -> p.kind() == PlaceKind.TOWN && p.active())
                .map(Place::name)
                .toList());
  }

  public OrganizationProfile profile(Session session, long organizationId) {
    sessions.require(session, Permission.ORGANIZATION_READ);
    return database.read(tx -> profile(tx, organizationId));
  }

  private OrganizationProfile profile(Transaction tx, long id) {
    Organization organization =
        organizations
            .find(tx, id)
            .orElseThrow(() -> new CareEvalException("error.org.notFound", id));
    return new OrganizationProfile(
        organization,
        details.documents(tx, id),
        details.inspections(tx, id),
        details.creditFlags(tx, id),
        details.staffing(tx, id),
        details.towns(tx, id),
        details.contacts(tx, id));
  }

  /**
   * Records a qualification document; {@code scan}, if given, is copied into the data directory (it
   * may then be moved or deleted where it was).
   */
  public OrganizationProfile addDocument(
      Session session, long organizationId, QualificationDocument document, Optional<Path> scan) {
    sessions.require(session, Permission.ORGANIZATION_EDIT);
    Problem.refuseFirst(DetailRules.check(document));
    Optional<String> sha256 = scan.map(p -> Scans.store(evidence, p));
    QualificationDocument stored =
        new QualificationDocument(
            0,
            document.type(),
            FreeText.clean(document.number()),
            FreeText.clean(document.issuer()),
            document.validFrom(),
            document.validTo(),
            scan.map(p -> p.getFileName().toString()));
    return change(
        session,
        organizationId,
        AuditEntity.ORGANIZATION_DOCUMENT,
        tx -> {
          long id = details.insertDocument(tx, organizationId, stored, sha256);
          return DetailChange.created(AuditValues.of(withId(stored, id)));
        });
  }

  public OrganizationProfile removeDocument(Session session, long organizationId, long documentId) {
    sessions.require(session, Permission.ORGANIZATION_EDIT);
    return change(
        session,
        organizationId,
        AuditEntity.ORGANIZATION_DOCUMENT,
        tx -> {
          QualificationDocument removed =
              one(details.documents(tx, organizationId), d -> d.id() == documentId);
          found(details.deleteDocument(tx, organizationId, documentId));
          return DetailChange.deleted(AuditValues.of(removed));
        });
  }

  /** Copies a document's scan to {@code target}. */
  public void saveScan(Session session, long organizationId, long documentId, Path target) {
    sessions.require(session, Permission.ORGANIZATION_READ);
    String sha256 =
        database
            .read(tx -> details.scanOf(tx, organizationId, documentId))
            .orElseThrow(() -> new CareEvalException("error.org.noScan"));
    try {
      evidence.copyTo(sha256, target);
    } catch (IOException e) {
      throw new CareEvalException(e, "error.export.failed", target, e.getMessage());
    }
  }

  /** Records a year's inspection result; a second entry for the same year replaces the first. */
  public OrganizationProfile recordInspection(
      Session session, long organizationId, AnnualInspection inspection) {
    sessions.require(session, Permission.ORGANIZATION_EDIT);
    Problem.refuseFirst(DetailRules.check(inspection, clock.today()));
    String note = FreeText.clean(inspection.note());
    return change(
        session,
        organizationId,
        AuditEntity.ANNUAL_INSPECTION,
        tx -> {
          Optional<AnnualInspection> before =
              details.inspections(tx, organizationId).stream()
                  .filter(i -> i.year() == inspection.year())
                  .findFirst();
          AnnualInspection saved =
              new AnnualInspection(0, inspection.year(), inspection.result(), note);
          details.saveInspection(tx, organizationId, saved);
          return before
              .map(old -> DetailChange.updated(AuditValues.of(old), AuditValues.of(saved)))
              .orElseGet(() -> DetailChange.created(AuditValues.of(saved)));
        });
  }

  public OrganizationProfile removeInspection(Session session, long organizationId, int year) {
    sessions.require(session, Permission.ORGANIZATION_EDIT);
    return change(
        session,
        organizationId,
        AuditEntity.ANNUAL_INSPECTION,
        tx -> {
          AnnualInspection removed =
              one(details.inspections(tx, organizationId), i -> i.year() == year);
          found(details.deleteInspection(tx, organizationId, year));
          return DetailChange.deleted(AuditValues.of(removed));
        });
  }

  public OrganizationProfile addCreditFlag(Session session, long organizationId, CreditFlag flag) {
    sessions.require(session, Permission.ORGANIZATION_EDIT);
    Problem.refuseFirst(DetailRules.check(flag, clock.today()));
    CreditFlag stored =
        new CreditFlag(
            0,
            flag.type(),
            flag.listedOn(),
            Optional.empty(),
            FreeText.clean(flag.source()),
            FreeText.clean(flag.note()));
    return change(
        session,
        organizationId,
        AuditEntity.CREDIT_FLAG,
        tx -> {
          long id = details.insertCreditFlag(tx, organizationId, stored);
          return DetailChange.created(AuditValues.of(withId(stored, id)));
        });
  }

  /** Records that the organization was taken off the list on {@code removedOn}. */
  public OrganizationProfile liftCreditFlag(
      Session session, long organizationId, long flagId, LocalDate removedOn) {
    sessions.require(session, Permission.ORGANIZATION_EDIT);
    return change(
        session,
        organizationId,
        AuditEntity.CREDIT_FLAG,
        tx -> {
          CreditFlag flag = one(details.creditFlags(tx, organizationId), f -> f.id() == flagId);
          if (removedOn.isBefore(flag.listedOn())) {
            throw new CareEvalException("error.org.flagRemovedBeforeListed", flag.listedOn());
          }
          details.liftCreditFlag(tx, organizationId, flagId, removedOn);
          CreditFlag lifted =
              new CreditFlag(
                  flag.id(),
                  flag.type(),
                  flag.listedOn(),
                  Optional.of(removedOn),
                  flag.source(),
                  flag.note());
          return DetailChange.updated(AuditValues.of(flag), AuditValues.of(lifted));
        });
  }

  /**
   * @param version the organization's version the form was loaded with
   */
  public OrganizationProfile saveStaffing(
      Session session, long organizationId, int version, Staffing staffing) {
    sessions.require(session, Permission.ORGANIZATION_EDIT);
    Problem.refuseFirst(DetailRules.check(staffing));
    return change(
        session,
        organizationId,
        Optional.of(version),
        AuditEntity.ORGANIZATION_STAFF,
        tx -> {
          Staffing before = details.staffing(tx, organizationId);
          details.saveStaffing(tx, organizationId, staffing);
          return DetailChange.updated(AuditValues.of(before), AuditValues.of(staffing));
        });
  }

  /**
   * Replaces the towns served; blank and repeated names are dropped.
   *
   * @param version the organization's version the form was loaded with
   */
  public OrganizationProfile saveTowns(
      Session session, long organizationId, int version, List<String> towns) {
    sessions.require(session, Permission.ORGANIZATION_EDIT);
    List<String> clean =
        towns.stream().map(FreeText::clean).filter(t -> !t.isEmpty()).distinct().sorted().toList();
    clean.forEach(town -> Problem.refuseFirst(DetailRules.checkTown(town)));
    return change(
        session,
        organizationId,
        Optional.of(version),
        AuditEntity.ORGANIZATION_TOWNS,
        tx -> {
          List<String> before = details.towns(tx, organizationId);
          details.replaceTowns(tx, organizationId, townIds(tx, clean));
          return DetailChange.updated(Map.of("towns", before), Map.of("towns", clean));
        });
  }

  /**
   * The ids of the towns with these names: an unknown name is refused, naming it, so the same town
   * is never typed two ways (the administrator adds towns under 区划).
   */
  private List<Long> townIds(Transaction tx, List<String> names) {
    List<Long> ids = new ArrayList<>();
    for (String name : names) {
      ids.add(
          places
              .find(tx, Optional.empty(), name)
              .orElseThrow(() -> new CareEvalException("error.place.unknownTown", name))
              .id());
    }
    return ids;
  }

  public OrganizationProfile addContact(Session session, long organizationId, Contact contact) {
    sessions.require(session, Permission.ORGANIZATION_EDIT);
    Problem.refuseFirst(DetailRules.check(contact));
    Contact stored =
        new Contact(
            0,
            FreeText.clean(contact.name()),
            FreeText.clean(contact.duty()),
            FreeText.clean(contact.phone()));
    return change(
        session,
        organizationId,
        AuditEntity.ORGANIZATION_CONTACT,
        tx -> {
          long id = details.insertContact(tx, organizationId, stored);
          return DetailChange.created(
              AuditValues.of(new Contact(id, stored.name(), stored.duty(), stored.phone())));
        });
  }

  public OrganizationProfile removeContact(Session session, long organizationId, long contactId) {
    sessions.require(session, Permission.ORGANIZATION_EDIT);
    return change(
        session,
        organizationId,
        AuditEntity.ORGANIZATION_CONTACT,
        tx -> {
          Contact removed = one(details.contacts(tx, organizationId), c -> c.id() == contactId);
          found(details.deleteContact(tx, organizationId, contactId));
          return DetailChange.deleted(AuditValues.of(removed));
        });
  }

  /**
   * Runs one change of an organization's details in a transaction, audits it, returns the profile.
   */
  private OrganizationProfile change(
      Session session,
      long organizationId,
      AuditEntity entity,
      Function<Transaction, DetailChange> work) {
    return change(session, organizationId, Optional.empty(), entity, work);
  }

  /**
   * @param expectedVersion for changes that replace what a form showed (staff, towns): the
   *     organization's version the form was loaded with; a change since then is refused
   */
  private OrganizationProfile change(
      Session session,
      long organizationId,
      Optional<Integer> expectedVersion,
      AuditEntity entity,
      Function<Transaction, DetailChange> work) {
    return sessions.write(
        session,
        Permission.ORGANIZATION_EDIT,
        tx -> {
          // refuses an unknown organization first; the whole profile is read once, at the end
          Organization current =
              organizations
                  .find(tx, organizationId)
                  .orElseThrow(() -> new CareEvalException("error.org.notFound", organizationId));
          if (!organizations.touch(tx, organizationId, expectedVersion)) {
            throw OrganizationService.conflict(current);
          }
          DetailChange what = work.apply(tx);
          audit.record(
              tx,
              session.username(),
              what.action(),
              entity,
              Long.toString(organizationId),
              what.before(),
              what.after());
          return profile(tx, organizationId);
        });
  }

  /** What a detail change did, with the complete values before and after, for the trail. */
  private record DetailChange(AuditAction action, Map<String, ?> before, Map<String, ?> after) {
    static DetailChange created(Map<String, ?> after) {
      return new DetailChange(AuditAction.CREATE, Map.of(), after);
    }

    static DetailChange updated(Map<String, ?> before, Map<String, ?> after) {
      return new DetailChange(AuditAction.UPDATE, before, after);
    }

    static DetailChange deleted(Map<String, ?> before) {
      return new DetailChange(AuditAction.DELETE, before, Map.of());
    }
  }

  private static <T> T one(List<T> records, java.util.function.Predicate<T> which) {
    return records.stream()
        .filter(which)
        .findFirst()
        .orElseThrow(() -> new CareEvalException("error.org.detailNotFound"));
  }

  private static QualificationDocument withId(QualificationDocument d, long id) {
    return new QualificationDocument(
        id, d.type(), d.number(), d.issuer(), d.validFrom(), d.validTo(), d.scanName());
  }

  private static CreditFlag withId(CreditFlag f, long id) {
    return new CreditFlag(id, f.type(), f.listedOn(), f.removedOn(), f.source(), f.note());
  }

  private static void found(boolean changed) {
    if (!changed) {
      throw new CareEvalException("error.org.detailNotFound");
    }
  }
}
