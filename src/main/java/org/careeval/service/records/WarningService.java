package org.careeval.service.records;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.FreeText;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.contract.Installment;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.monitor.Progress;
import org.careeval.domain.monitor.Warning;
import org.careeval.domain.monitor.WarningFinding;
import org.careeval.domain.monitor.WarningLevel;
import org.careeval.domain.monitor.WarningRules;
import org.careeval.domain.organization.AlertFacts;
import org.careeval.domain.organization.OrganizationAlert;
import org.careeval.domain.records.SpotCheck;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.system.Setting;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.ContractRepository;
import org.careeval.persistence.Database;
import org.careeval.persistence.DeliveryRepository;
import org.careeval.persistence.EvidenceStore;
import org.careeval.persistence.OrganizationDetailRepository;
import org.careeval.persistence.OrganizationRepository;
import org.careeval.persistence.SettingRepository;
import org.careeval.persistence.Transaction;
import org.careeval.persistence.WarningRepository;
import org.careeval.service.Scans;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.contract.DeliveryOverview;
import org.careeval.service.security.Sessions;

/**
 * Warnings (预警, issue 15) with a handling chain. A scan runs every rule over the signed contracts
 * (序时进度 and payment, reports not updated, the last ended quarter's balance, spot-check mismatches,
 * credit flags and expired ratings) and raises a warning for each cause not already open — again,
 * linked to the one before, when a cause closed on an earlier day is still found. The officer gives
 * feedback, the supervisor reviews with the outcome and closes with a reason; attachments at any
 * step; nothing is dropped silently.
 */
public final class WarningService {

  /** A warning as lists show it. */
  public record Listed(Warning warning, String contractNumber, String organization, long age) {}

  private final Database database;
  private final ContractRepository contracts;
  private final DeliveryRepository delivery;
  private final WarningRepository warnings;
  private final SettingRepository settings;
  private final OrganizationRepository organizations;
  private final OrganizationDetailRepository details;
  private final DeliveryOverview overview;
  private final ServiceRecordService records;
  private final SpotCheckService spotChecks;
  private final EvidenceStore evidence;
  private final AuditTrail audit;
  private final CountyClock clock;
  private final Sessions sessions;

  public WarningService(
      Database database,
      ContractRepository contracts,
      DeliveryRepository delivery,
      WarningRepository warnings,
      SettingRepository settings,
      OrganizationDetailRepository details,
      OrganizationRepository organizations,
      DeliveryOverview overview,
      ServiceRecordService records,
      SpotCheckService spotChecks,
      EvidenceStore evidence,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.database = database;
    this.contracts = contracts;
    this.delivery = delivery;
    this.warnings = warnings;
    this.settings = settings;
    this.details = details;
    this.organizations = organizations;
    this.overview = overview;
    this.records = records;
    this.spotChecks = spotChecks;
    this.evidence = evidence;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  /** Runs every rule and raises what is new; returns how many warnings were raised. */
  public int scan(Session session) {
    Permission needed =
        session.can(Permission.WARNING_REVIEW)
            ? Permission.WARNING_REVIEW
            : Permission.PROJECT_EDIT;
    sessions.require(session, needed);
    List<WarningFinding> found = new ArrayList<>(findings(session));
    return sessions.write(session, needed, tx -> raise(tx, session, found));
  }

  private List<WarningFinding> findings(Session session) {
    LocalDate today = clock.today();
    Period ended = Period.of(today).previous();
    List<WarningFinding> found = new ArrayList<>();
    Map<Long, Contract> running = new LinkedHashMap<>();
    database.read(
        tx -> {
          Map<Long, BigDecimal> paid = paid(tx);
          Map<Long, AlertFacts> facts = details.allAlertFacts(tx);
          int behind = number(tx, Setting.MONITOR_BEHIND_POINTS);
          int ahead = number(tx, Setting.MONITOR_PAYMENT_AHEAD_POINTS);
          for (Contract c : contracts.list(tx)) {
            if (!monitored(c, today)) {
              continue;
            }
            running.put(c.id(), c);
            Progress p =
                Progress.of(
                    c.termStart().orElseThrow(),
                    c.termEnd().orElseThrow(),
                    today,
                    delivery.plan(tx, c.id()),
                    delivery.reports(tx, c.id()),
                    paid.getOrDefault(c.id(), BigDecimal.ZERO),
                    c.amount());
            found.addAll(WarningRules.schedule(c, p, behind, ahead));
            organizations
                .find(tx, c.organizationId())
                .ifPresent(
                    o ->
                        found.addAll(
                            WarningRules.organization(
                                c,
                                OrganizationAlert.of(
                                    o, facts.getOrDefault(o.id(), AlertFacts.NONE), today))));
          }
          return null;
        });
    overview.of(session, Optional.empty()).quiet().stream()
        .filter(q -> running.containsKey(q.contractId()))
        .forEach(q -> found.add(WarningRules.quiet(running.get(q.contractId()), q.days())));
    int caring = database.read(tx -> number(tx, Setting.MONITOR_CARING_MIN_PERCENT));
    int single = database.read(tx -> number(tx, Setting.MONITOR_SINGLE_PARENT_MIN_PERCENT));
    for (Contract c : running.values()) {
      if (!c.termStart().orElseThrow().isAfter(ended.end())) {
        found.addAll(
            WarningRules.imbalance(
                c,
                ended,
                records.contractBalance(session, c.id(), ended).balance(),
                caring,
                single));
      }
    }
    for (SpotCheck s : spotChecks.list(session, Optional.empty())) {
      Optional.ofNullable(running.get(s.contractId()))
          .flatMap(c -> WarningRules.spotCheck(c, s))
          .ifPresent(found::add);
    }
    return found;
  }

  private int raise(Transaction tx, Session session, List<WarningFinding> found) {
    LocalDate today = clock.today();
    Map<String, Warning> latest = new HashMap<>();
    for (Warning w : warnings.list(tx, false)) {
      latest.putIfAbsent(w.rule().name() + "|" + w.cause(), w);
    }
    int raised = 0;
    for (WarningFinding f : found) {
      Warning before = latest.get(f.rule().name() + "|" + f.cause());
      if (before != null
          && (before.state() != Warning.State.CLOSED
              || !before.closedOn(clock.zone()).orElse(today).isBefore(today))) {
        continue;
      }
      WarningLevel level = WarningLevel.ofNumber(number(tx, f.rule().levelSetting()));
      long id = warnings.insert(tx, f, level, today, Optional.ofNullable(before).map(Warning::id));
      Map<String, Object> what = new LinkedHashMap<>();
      what.put("rule", f.rule().code());
      what.put("level", level.code());
      what.put("cause", f.cause());
      what.put("detail", f.detail());
      audit.created(tx, session, AuditEntity.WARNING, id, what);
      raised++;
    }
    return raised;
  }

  /** Warnings with their contract and age, newest first; only those not closed when asked. */
  public List<Listed> list(Session session, boolean openOnly) {
    sessions.require(session, Permission.PROJECT_READ);
    LocalDate today = clock.today();
    return database.read(
        tx -> {
          Map<Long, Contract> byId = new HashMap<>();
          contracts.list(tx).forEach(c -> byId.put(c.id(), c));
          return warnings.list(tx, openOnly).stream()
              .map(
                  w -> {
                    Optional<Contract> c = w.contractId().map(byId::get);
                    return new Listed(
                        w,
                        c.map(Contract::number).orElse(""),
                        c.map(Contract::organization).orElse(""),
                        w.ageOn(today));
                  })
              .toList();
        });
  }

  /** The officer's feedback: what was done about it. */
  public Warning feedback(Session session, long id, int version, String text) {
    String said = FreeText.required("text", "warning.feedback", text, 1000);
    return step(
        session,
        Permission.PROJECT_EDIT,
        id,
        version,
        Warning.StepKind.FEEDBACK,
        said,
        Warning.State.FEEDBACK);
  }

  /** The supervisor's review with the outcome; needs the officer's feedback first. */
  public Warning review(Session session, long id, int version, String outcome) {
    String said = FreeText.required("text", "warning.review", outcome, 1000);
    return step(
        session,
        Permission.WARNING_REVIEW,
        id,
        version,
        Warning.StepKind.REVIEW,
        said,
        Warning.State.REVIEWED);
  }

  /** Closes a reviewed warning with the reason (the supervisor's). */
  public Warning close(Session session, long id, int version, String reason) {
    String said = FreeText.required("text", "warning.closeReason", reason, 1000);
    return step(
        session,
        Permission.WARNING_REVIEW,
        id,
        version,
        Warning.StepKind.CLOSE,
        said,
        Warning.State.CLOSED);
  }

  /** Attaches a file (kept once by SHA-256) to a warning not closed. */
  public Warning attach(Session session, long id, Path file) {
    Permission needed =
        session.can(Permission.WARNING_REVIEW)
            ? Permission.WARNING_REVIEW
            : Permission.PROJECT_EDIT;
    sessions.require(session, needed);
    String sha256 = Scans.store(evidence, file);
    return sessions.write(
        session,
        needed,
        tx -> {
          Warning w = find(tx, id);
          if (w.state() == Warning.State.CLOSED) {
            throw new CareEvalException("error.warning.closed", id);
          }
          String name = FreeText.clean(file.getFileName().toString());
          warnings.addStep(
              tx,
              id,
              new Warning.Step(
                  0,
                  Warning.StepKind.ATTACHMENT,
                  name,
                  Optional.of(sha256),
                  session.username(),
                  clock.instant()));
          audit.created(
              tx,
              session,
              AuditEntity.WARNING,
              id + "-file",
              Map.of("file", name, "sha256", sha256));
          return find(tx, id);
        });
  }

  private Warning step(
      Session session,
      Permission permission,
      long id,
      int version,
      Warning.StepKind kind,
      String text,
      Warning.State next) {
    return sessions.write(
        session,
        permission,
        tx -> {
          Warning w = find(tx, id);
          if (!allowed(w.state(), kind)) {
            throw new CareEvalException(
                "error.warning.order",
                id,
                new org.careeval.domain.LocalizedText(w.state().labelKey()));
          }
          if (!warnings.move(tx, id, version, next)) {
            throw new CareEvalException("error.conflict.warning", id);
          }
          warnings.addStep(
              tx,
              id,
              new Warning.Step(
                  0, kind, text, Optional.empty(), session.username(), clock.instant()));
          audit.updated(
              tx,
              session,
              AuditEntity.WARNING,
              id,
              Map.of("state", w.state().name()),
              Map.of("state", next.name(), kind.name().toLowerCase(java.util.Locale.ROOT), text));
          return find(tx, id);
        });
  }

  /** The chain: feedback while open, review after feedback, closing after review. */
  private static boolean allowed(Warning.State state, Warning.StepKind kind) {
    return switch (kind) {
      case FEEDBACK -> state == Warning.State.OPEN || state == Warning.State.FEEDBACK;
      case REVIEW -> state == Warning.State.FEEDBACK;
      case CLOSE -> state == Warning.State.REVIEWED;
      case ATTACHMENT -> state != Warning.State.CLOSED;
    };
  }

  /**
   * Signed, started, and not more than a quarter past its end: the settlement after the term is
   * still watched (payment ahead of delivery, the last quarters' balance).
   */
  static boolean monitored(Contract c, LocalDate today) {
    return c.status() == Contract.Status.SIGNED
        && !today.isBefore(c.termStart().orElseThrow())
        && !today.isAfter(c.termEnd().orElseThrow().plusDays(SETTLEMENT_DAYS));
  }

  /** How long after its term a contract is still watched. */
  static final int SETTLEMENT_DAYS = 92;

  private Map<Long, BigDecimal> paid(Transaction tx) {
    Map<Long, BigDecimal> paid = new HashMap<>();
    contracts
        .allInstallments(tx)
        .forEach(
            (id, list) ->
                paid.put(
                    id,
                    list.stream()
                        .filter(Installment::paid)
                        .map(Installment::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)));
    return paid;
  }

  private int number(Transaction tx, Setting setting) {
    return Integer.parseInt(settings.find(tx, setting.key()).orElse(setting.defaultValue()));
  }

  private Warning find(Transaction tx, long id) {
    return warnings
        .get(tx, id)
        .orElseThrow(() -> new CareEvalException("error.warning.notFound", id));
  }
}
