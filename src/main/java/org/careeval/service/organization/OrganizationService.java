package org.careeval.service.organization;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.Problem;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.OrganizationCode;
import org.careeval.domain.organization.OrganizationDraft;
import org.careeval.domain.organization.OrganizationNames;
import org.careeval.domain.organization.OrganizationPolicy;
import org.careeval.domain.organization.Rating;
import org.careeval.domain.organization.Uscc;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.Database;
import org.careeval.persistence.OrganizationRepository;
import org.careeval.persistence.Transaction;
import org.careeval.report.TableReport;
import org.careeval.report.excel.TableWorkbook;
import org.careeval.report.excel.XlsxSheetReader;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.i18n.Messages;
import org.careeval.service.security.Sessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The organization register: listing, registering and editing organizations, and the supervisor's
 * override of a failed check character. An invalid code or a duplicate never gets in; a very
 * similar name is reported so the officer can look before saving.
 */
public final class OrganizationService {

  static final AuditEntity ENTITY = AuditEntity.ORGANIZATION;
  private static final Logger LOG = LoggerFactory.getLogger(OrganizationService.class);

  private final Database database;
  private final Sessions sessions;
  private final OrganizationRepository repository;
  private final AuditTrail audit;
  private final CountyClock clock;

  public OrganizationService(
      Database database,
      OrganizationRepository repository,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.sessions = sessions;
    this.database = database;
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
  }

  public List<Organization> list(Session session, String text) {
    sessions.require(session, Permission.ORGANIZATION_READ);
    return database.read(tx -> repository.list(tx, text == null ? "" : text));
  }

  /**
   * Writes the register to .xlsx: first the columns a roster import reads (the layout of
   * sample-projects/demo-county/organizations.tsv), then informational ones, among them the
   * supervisor's reason for an accepted check-character failure. The export is audited.
   *
   * @return the number of organizations written
   */
  public int export(Session session, Path file, Messages messages) {
    sessions.require(session, Permission.ORGANIZATION_READ);
    List<Organization> all = database.read(tx -> repository.list(tx, ""));
    List<String> headers = ROSTER_COLUMNS.stream().map(messages::get).toList();
    List<List<Object>> rows = all.stream().map(o -> row(o, messages)).toList();
    try {
      TableWorkbook.write(
          TableReport.of(messages.get("organization.title"), headers, rows), file, clock.zone());
    } catch (IOException e) {
      throw new CareEvalException(e, "error.export.failed", file, e.getMessage());
    }
    sessions.write(
        session,
        Permission.ORGANIZATION_READ,
        tx -> {
          audit.exported(
              tx,
              session,
              ENTITY,
              Map.of("file", file.getFileName().toString(), "organizations", all.size()));
          return null;
        });
    LOG.info("Roster export to {} by {}: {} organizations", file, session.username(), all.size());
    return all.size();
  }

  /** Roster columns: the nine an import reads, then informational ones. */
  static final List<String> ROSTER_COLUMNS =
      Stream.concat(
              Arrays.stream(RosterColumn.values()).map(RosterColumn::headerKey),
              Stream.of(
                  "organization.column.category",
                  "organization.export.checkStatus",
                  "organization.export.overrideReason",
                  "organization.column.ratingExpiry",
                  "organization.export.active"))
          .toList();

  private static List<Object> row(Organization o, Messages messages) {
    Optional<Rating> rating = o.rating();
    return Arrays.asList(
        o.name(),
        o.code().value(),
        o.legalRepresentative(),
        o.address(),
        o.phone(),
        rating.map(r -> r.level().label()).orElse(""),
        rating.map(Rating::certificateNumber).orElse(""),
        rating.map(Rating::issuer).orElse(""),
        rating.map(r -> r.grantedOn().toString()).orElse(""),
        o.code().category().map(c -> messages.get(c.labelKey())).orElse(""),
        messages.get(checkStatusKey(o.code())),
        o.checkOverrideReason().orElse(""),
        rating.map(r -> r.expiresOn().toString()).orElse(""),
        messages.get(o.active() ? "organization.export.yes" : "organization.export.no"));
  }

  private static String checkStatusKey(OrganizationCode code) {
    if (code.kind() == OrganizationCode.Kind.LEGACY) {
      return "organization.alert.legacyCode";
    }
    return switch (code.status()) {
      case PASSED -> "organization.export.checkPassed";
      case PENDING -> "organization.alert.codePending";
      case OVERRIDDEN -> "organization.export.checkOverridden";
    };
  }

  /**
   * Imports a roster workbook (the template's or an exported roster): every cell is checked first
   * and every problem reported; a file with any problem writes nothing. A code already registered
   * updates that organization's data, keeping its code status, override and active flag; identical
   * rows change nothing. New organizations are audited as one import event, updates one by one.
   */
  public ImportReport importRoster(Session session, Path file) {
    sessions.require(session, Permission.ORGANIZATION_EDIT);
    List<Set<String>> headers =
        Arrays.stream(RosterColumn.values())
            .map(c -> Messages.inEveryLanguage(c.headerKey()))
            .toList();
    List<String> sheetNames =
        Stream.of("organization.import.sheet", "organization.title")
            .flatMap(key -> Messages.inEveryLanguage(key).stream())
            .toList();
    ImportReport report = importInOneTransaction(session, file, headers, sheetNames);
    LOG.info(
        "Roster import of {} by {}: {} rows, {} new, {} changed, {} unchanged, {} problems",
        file.getFileName(),
        session.username(),
        report.rows(),
        report.created(),
        report.updated(),
        report.unchanged(),
        report.problemCount());
    return report;
  }

  private ImportReport importInOneTransaction(
      Session session, Path file, List<Set<String>> headers, List<String> sheetNames) {
    try {
      return sessions.write(
          session,
          Permission.ORGANIZATION_EDIT,
          tx -> {
            RosterImport pass =
                new RosterImport(tx, repository, audit, session.username(), clock, headers);
            XlsxSheetReader.SheetRead sheet = XlsxSheetReader.read(file, sheetNames, pass::row);
            ImportReport report = pass.finish(sheet.name(), sheet.mergedRanges());
            if (!report.accepted()) {
              throw new RejectedImport(report);
            }
            if (report.created() + report.updated() > 0) {
              recordImport(tx, session, file, report);
            }
            return report;
          });
    } catch (RejectedImport rejected) {
      return rejected.report;
    }
  }

  private void recordImport(Transaction tx, Session session, Path file, ImportReport report) {
    audit.record(
        tx,
        session.username(),
        AuditAction.IMPORT,
        ENTITY,
        "-",
        Map.of(),
        Map.of(
            "file",
            file.getFileName().toString(),
            "rows",
            report.rows(),
            "created",
            report.created(),
            "updated",
            report.updated()));
  }

  /** Carries a refused import's report out of the transaction, which rolls it back. */
  private static final class RejectedImport extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ImportReport report;

    RejectedImport(ImportReport report) {
      super(null, null, false, false);
      this.report = report;
    }
  }

  /** Organizations whose names are very similar to {@code name} (other than {@code exceptId}). */
  public List<Organization> similarNames(Session session, String name, long exceptId) {
    sessions.require(session, Permission.ORGANIZATION_READ);
    String key = OrganizationNames.key(name);
    return database.read(
        tx ->
            repository.allExcept(tx, exceptId).stream()
                .filter(o -> OrganizationNames.verySimilar(key, OrganizationNames.key(o.name())))
                .toList());
  }

  /**
   * Registers an organization. A USCC whose only fault is its check character is saved as pending a
   * supervisor's override; any other invalid code is refused.
   */
  public Organization register(Session session, OrganizationDraft typed) {
    sessions.require(session, Permission.ORGANIZATION_EDIT);
    OrganizationDraft draft = accepted(typed);
    OrganizationCode code = acceptableCode(draft.code());
    Organization candidate = build(0, draft, code, Optional.empty(), true);
    return sessions.write(
        session,
        Permission.ORGANIZATION_EDIT,
        tx -> {
          refuseDuplicate(tx, code.value(), 0);
          long id = repository.insert(tx, candidate, session.username(), clock.instant());
          Organization saved = repository.find(tx, id).orElseThrow();
          audit.created(tx, session, ENTITY, id, describe(saved));
          return saved;
        });
  }

  /**
   * Changes an organization's data; the same code rules as registering apply.
   *
   * @param version the version the form was loaded with; a change since then is refused
   */
  public Organization update(
      Session session, long id, int version, OrganizationDraft typed, boolean active) {
    sessions.require(session, Permission.ORGANIZATION_EDIT);
    OrganizationDraft draft = accepted(typed);
    OrganizationCode code = acceptableCode(draft.code());
    return sessions.write(
        session,
        Permission.ORGANIZATION_EDIT,
        tx -> {
          Organization before = get(tx, id);
          refuseDuplicate(tx, code.value(), id);
          // an unchanged code keeps its check status and a supervisor's override
          boolean sameCode = before.code().value().equals(code.value());
          Organization changed =
              build(
                  id,
                  draft,
                  sameCode ? before.code() : code,
                  sameCode ? before.checkOverrideReason() : Optional.empty(),
                  active);
          if (!repository.update(tx, withVersion(changed, version), clock.instant())) {
            throw conflict(before);
          }
          return recordUpdate(tx, session, before);
        });
  }

  /** A supervisor accepts a code whose check character fails, giving the reason (rule 1.6.3). */
  public Organization overrideCheck(Session session, long id, int version, String reason) {
    sessions.require(session, Permission.USCC_CHECK_OVERRIDE);
    if (reason == null || reason.isBlank()) {
      throw new CareEvalException("error.org.overrideReasonMissing");
    }
    return sessions.write(
        session,
        Permission.USCC_CHECK_OVERRIDE,
        tx -> {
          Organization before = get(tx, id);
          if (before.code().status() != OrganizationCode.CheckStatus.PENDING) {
            throw new CareEvalException("error.org.nothingToOverride", before.code().value());
          }
          OrganizationPolicy.acceptCheckFailure(session, repository.registeredBy(tx, id))
              .ifPresent(
                  refusal -> {
                    throw refusal.toException();
                  });
          if (!repository.recordOverride(
              tx, id, version, reason.strip(), session.username(), clock.instant())) {
            throw conflict(before);
          }
          return recordUpdate(tx, session, before);
        });
  }

  /** Reads the organization as it is now and audits the change from {@code before}. */
  private Organization recordUpdate(Transaction tx, Session session, Organization before) {
    Organization after = get(tx, before.id());
    audit.updated(tx, session, ENTITY, before.id(), describe(before), describe(after));
    return after;
  }

  private static OrganizationCode acceptableCode(String input) {
    OrganizationCode.Parsed parsed = OrganizationCode.parse(input);
    return parsed
        .code()
        .orElseThrow(
            () ->
                new CareEvalException(
                    "error.org.invalidCode",
                    Uscc.normalize(input),
                    rejectionText(parsed.rejection().orElseThrow())));
  }

  /** The rejection's own message, as an argument of the outer one. */
  private static LocalizedText rejectionText(Uscc.Rejection rejection) {
    return new LocalizedText(rejection.messageKey(), rejection.arguments());
  }

  private void refuseDuplicate(Transaction tx, String code, long exceptId) {
    repository
        .findByCode(tx, code)
        .filter(existing -> existing.id() != exceptId)
        .ifPresent(
            existing -> {
              throw new CareEvalException("error.org.duplicateCode", code, existing.name());
            });
  }

  /** Refusal of a change made from an older version: nothing is written, nothing lost. */
  static CareEvalException conflict(Organization current) {
    return new CareEvalException("error.conflict.organization", current.name());
  }

  private static Organization withVersion(Organization o, int version) {
    return new Organization(
        o.id(),
        o.name(),
        o.code(),
        o.checkOverrideReason(),
        o.legalRepresentative(),
        o.address(),
        o.phone(),
        o.rating(),
        o.active(),
        version);
  }

  private Organization get(Transaction tx, long id) {
    return repository
        .find(tx, id)
        .orElseThrow(() -> new CareEvalException("error.org.notFound", id));
  }

  /**
   * The draft cleaned, after every rule of {@link OrganizationDraft#check}; the first problem is
   * the refusal, in the same words the import uses for the same value.
   */
  private OrganizationDraft accepted(OrganizationDraft draft) {
    Problem.refuseFirst(draft.check(clock.today()));
    return draft.cleaned();
  }

  private static Organization build(
      long id,
      OrganizationDraft clean,
      OrganizationCode code,
      Optional<String> overrideReason,
      boolean active) {
    return new Organization(
        id,
        clean.name(),
        code,
        overrideReason,
        clean.legalRepresentative(),
        clean.address(),
        clean.phone(),
        clean.rating(),
        active,
        0);
  }

  static Map<String, Object> describe(Organization o) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", o.name());
    values.put("code", o.code().value());
    values.put("codeKind", o.code().kind().name());
    values.put("checkStatus", o.code().status().name());
    o.checkOverrideReason().ifPresent(reason -> values.put("overrideReason", reason));
    values.put("legalRepresentative", o.legalRepresentative());
    values.put("address", o.address());
    values.put("phone", o.phone());
    o.rating().map(Rating::level).ifPresent(level -> values.put("rating", level.label()));
    o.rating()
        .map(Rating::grantedOn)
        .ifPresent(date -> values.put("ratingGrantedOn", date.toString()));
    values.put("active", o.active());
    return values;
  }
}
