package org.careeval.service.contract;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.FreeText;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.delivery.ContractIndicator;
import org.careeval.domain.delivery.EvidenceFile;
import org.careeval.domain.delivery.Indicator;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.delivery.PeriodReport;
import org.careeval.domain.delivery.ReportCheck;
import org.careeval.domain.delivery.ReportSnapshot;
import org.careeval.domain.delivery.ReportState;
import org.careeval.domain.delivery.ReportValue;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.ContractRepository;
import org.careeval.persistence.Database;
import org.careeval.persistence.DeliveryRepository;
import org.careeval.persistence.EvidenceStore;
import org.careeval.persistence.Transaction;
import org.careeval.service.Scans;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.imports.ImportProblem;
import org.careeval.service.security.Sessions;

/**
 * What a signed contract promised and delivered, period by period (issue 14): its plan (the
 * county's indicators with a baseline and a target per quarter), and each quarter's report —
 * values, narrative and evidence files (kept once by SHA-256) — entered by the officer or imported
 * from the sheet the app generates; submitted with a hashed snapshot, then accepted (locked) or
 * returned with a reason; unlocked only by a supervisor, with a reason. Every change is audited.
 */
public final class DeliveryService {

  /** A contract's plan: its periods, its indicators, whether they are still the template's. */
  public record Plan(
      Contract contract,
      List<Period> periods,
      List<ContractIndicator> indicators,
      boolean fromTemplate,
      Optional<Integer> childrenCovered) {}

  /** A sheet import's outcome: the report saved, or every problem found (nothing saved). */
  public record ReportImport(Optional<PeriodReport> report, List<ImportProblem> problems) {}

  private static final int NARRATIVE_MAX = 4000;

  private final Database database;
  private final ContractRepository contracts;
  private final DeliveryRepository delivery;
  private final EvidenceStore evidence;
  private final AuditTrail audit;
  private final CountyClock clock;
  private final Sessions sessions;

  public DeliveryService(
      Database database,
      ContractRepository contracts,
      DeliveryRepository delivery,
      EvidenceStore evidence,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.database = database;
    this.contracts = contracts;
    this.delivery = delivery;
    this.evidence = evidence;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  /** The county's indicator template: the one a supervisor imported, else the app's default. */
  public List<Indicator> template(Session session) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(this::template);
  }

  /** Writes the county's template as a workbook to edit. */
  public void exportTemplate(Session session, Path file) {
    IndicatorTemplates.write(template(session), file);
  }

  /** Replaces the county's template from a workbook, all or nothing; contracts keep theirs. */
  public IndicatorTemplates.Read importTemplate(Session session, Path file) {
    sessions.require(session, Permission.INDICATOR_TEMPLATE_EDIT);
    IndicatorTemplates.Read read = IndicatorTemplates.read(file);
    if (read.problems().isEmpty()) {
      sessions.write(
          session,
          Permission.INDICATOR_TEMPLATE_EDIT,
          tx -> {
            int before = template(tx).size();
            delivery.replaceTemplate(tx, read.indicators());
            audit.updated(
                tx,
                session,
                AuditEntity.INDICATOR_TEMPLATE,
                "-",
                Map.of("indicators", before),
                Map.of(
                    "indicators", read.indicators().size(), "file", file.getFileName().toString()));
            return null;
          });
    }
    return read;
  }

  public Plan plan(Session session, long contractId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(tx -> plan(tx, signed(tx, contractId)));
  }

  /**
   * Saves a contract's plan: the indicators (checked like the template: levels, unique names,
   * weights adding up to 100) and their targets, one per period of the term, never negative.
   */
  public Plan savePlan(
      Session session,
      long contractId,
      List<ContractIndicator> indicators,
      Optional<Integer> childrenCovered) {
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          Contract c = signed(tx, contractId);
          List<LocalizedText> problems = planProblems(c, indicators, childrenCovered);
          if (!problems.isEmpty()) {
            throw new CareEvalException("error.delivery.planInvalid", problems);
          }
          int before = delivery.plan(tx, contractId).size();
          delivery.replacePlan(tx, contractId, indicators, childrenCovered);
          audit.updated(
              tx,
              session,
              AuditEntity.CONTRACT,
              contractId,
              Map.of("indicators", before),
              Map.of(
                  "indicators",
                  indicators.size(),
                  "childrenCovered",
                  childrenCovered.map(String::valueOf).orElse("")));
          return plan(tx, c);
        });
  }

  /** A contract's reports, oldest period first. */
  public List<PeriodReport> reports(Session session, long contractId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(tx -> delivery.reports(tx, contractId));
  }

  /**
   * Saves the values and narrative of a period's report read at {@code version} (-1 when none
   * existed); only a report being entered or returned can change.
   */
  public PeriodReport saveReport(
      Session session,
      long contractId,
      Period period,
      int version,
      String narrative,
      List<ReportValue> values) {
    String text = narrative(narrative);
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          PeriodReport r = editable(tx, contractId, period);
          int read = version < 0 ? r.version() : version;
          if (!delivery.saveValues(tx, r.id(), read, text, values, clock.instant())) {
            throw new CareEvalException("error.conflict.report", period.code());
          }
          audit.updated(
              tx,
              session,
              AuditEntity.PERIOD_REPORT,
              r.id(),
              Map.of("values", r.values().size()),
              Map.of("contract", contractId, "period", period.code(), "values", values.size()));
          return delivery.report(tx, contractId, period).orElseThrow();
        });
  }

  /** Adds an evidence file (sign-in sheet, photo, case record): stored once by its SHA-256. */
  public PeriodReport addEvidence(Session session, long contractId, Period period, Path file) {
    sessions.require(session, Permission.PROJECT_EDIT);
    String sha256 = Scans.store(evidence, file);
    long size = size(file);
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          PeriodReport r = editable(tx, contractId, period);
          EvidenceFile added =
              new EvidenceFile(
                  sha256,
                  FreeText.clean(file.getFileName().toString()),
                  size,
                  session.username(),
                  clock.instant());
          if (delivery.addEvidence(tx, r.id(), added)) {
            audit.created(
                tx,
                session,
                AuditEntity.PERIOD_REPORT,
                r.id(),
                Map.of("evidence", sha256, "file", added.fileName()));
          }
          return delivery.report(tx, contractId, period).orElseThrow();
        });
  }

  public PeriodReport removeEvidence(
      Session session, long contractId, Period period, String sha256) {
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          PeriodReport r = editable(tx, contractId, period);
          delivery.removeEvidence(tx, r.id(), sha256, clock.instant());
          audit.updated(
              tx,
              session,
              AuditEntity.PERIOD_REPORT,
              r.id(),
              Map.of("evidence", sha256),
              Map.of("evidence", ""));
          return delivery.report(tx, contractId, period).orElseThrow();
        });
  }

  /** Copies an evidence file of a report out to {@code target}. */
  public void saveEvidence(
      Session session, long contractId, Period period, String sha256, Path target) {
    sessions.write(
        session,
        Permission.PROJECT_READ,
        tx -> {
          PeriodReport r =
              delivery
                  .report(tx, contractId, period)
                  .filter(x -> x.evidence().stream().anyMatch(e -> e.sha256().equals(sha256)))
                  .orElseThrow(() -> new CareEvalException("error.report.noEvidenceFile"));
          audit.exported(
              tx,
              session,
              AuditEntity.PERIOD_REPORT,
              Map.of(
                  "report", r.id(), "evidence", sha256, "file", target.getFileName().toString()));
          return null;
        });
    try {
      evidence.copyTo(sha256, target);
    } catch (java.io.IOException e) {
      throw new CareEvalException(e, "error.org.scanUnreadable", target, e.getMessage());
    }
  }

  /**
   * Submits a report: every check passed and at least one evidence file, then the plan, values and
   * evidence list are kept as a snapshot with its SHA-256.
   */
  public PeriodReport submit(Session session, long contractId, Period period) {
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          Contract c = signed(tx, contractId);
          PeriodReport r = editable(tx, contractId, period);
          List<ContractIndicator> plan = delivery.plan(tx, contractId);
          List<LocalizedText> problems = submitProblems(tx, c, plan, r);
          if (!problems.isEmpty()) {
            throw new CareEvalException("error.report.notReady", period.code(), problems);
          }
          String snapshot =
              ReportSnapshot.text(
                  c.number(), period, plan, r.values(), r.narrative(), r.evidence());
          String sha256 = ReportSnapshot.sha256(snapshot);
          boolean changed =
              delivery.submit(
                  tx,
                  r.id(),
                  r.version(),
                  session.username(),
                  clock.today(),
                  snapshot,
                  sha256,
                  clock.instant());
          return moved(tx, session, r, changed, ReportState.SUBMITTED, "snapshot", sha256);
        });
  }

  /** Accepts a submitted report read at {@code version}; it is locked from then on. */
  public PeriodReport accept(Session session, long contractId, Period period, int version) {
    return decide(session, contractId, period, version, ReportState.ACCEPTED, "");
  }

  /** Returns a submitted report to the organization with the reason. */
  public PeriodReport giveBack(
      Session session, long contractId, Period period, int version, String reason) {
    String why = FreeText.required("reason", "report.returnReason", reason, 500);
    return decide(session, contractId, period, version, ReportState.RETURNED, why);
  }

  /** Opens an accepted report again (a supervisor's, with the reason). */
  public PeriodReport unlock(
      Session session, long contractId, Period period, int version, String reason) {
    String why = FreeText.required("reason", "report.unlockReason", reason, 500);
    return sessions.write(
        session,
        Permission.REPORT_UNLOCK,
        tx -> {
          PeriodReport r = existing(tx, contractId, period);
          if (r.state() != ReportState.ACCEPTED) {
            throw new CareEvalException("error.report.notAccepted", period.code());
          }
          boolean changed = delivery.unlock(tx, r.id(), version, why, clock.instant());
          return moved(tx, session, r, changed, ReportState.DRAFT, "reason", why);
        });
  }

  /** The text kept at the report's last submission, whose SHA-256 the report shows. */
  public Optional<String> snapshot(Session session, long contractId, Period period) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(
        tx -> delivery.report(tx, contractId, period).flatMap(r -> delivery.snapshot(tx, r.id())));
  }

  /** Writes the sheet the organization fills in for one period (the plan and values so far). */
  public void writeSheet(Session session, long contractId, Period period, Path file) {
    sessions.require(session, Permission.PROJECT_READ);
    ReportSheet.Content content =
        database.read(
            tx -> {
              Contract c = signed(tx, contractId);
              inTerm(c, period);
              return new ReportSheet.Content(
                  c, period, plan(tx, c).indicators(), delivery.report(tx, contractId, period));
            });
    ReportSheet.write(content, file);
  }

  /**
   * Imports a filled sheet: its period, values and narrative, all or nothing — every problem listed
   * at its sheet, row and column, and nothing saved when there is one.
   */
  public ReportImport importSheet(Session session, long contractId, Path file) {
    sessions.require(session, Permission.PROJECT_EDIT);
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          Contract c = signed(tx, contractId);
          List<ContractIndicator> plan = plan(tx, c).indicators();
          ReportSheet.Read read =
              ReportSheet.read(file, c, plan, delivery.childrenCovered(tx, contractId));
          if (!read.problems().isEmpty()) {
            return new ReportImport(Optional.empty(), read.problems());
          }
          Period period = read.period().orElseThrow();
          List<ImportProblem> state = sheetStateProblems(tx, file, c, period);
          if (!state.isEmpty()) {
            return new ReportImport(Optional.empty(), state);
          }
          PeriodReport r = editable(tx, contractId, period);
          delivery.saveValues(
              tx, r.id(), r.version(), read.narrative(), read.values(), clock.instant());
          audit.updated(
              tx,
              session,
              AuditEntity.PERIOD_REPORT,
              r.id(),
              Map.of("values", r.values().size()),
              Map.of(
                  "contract",
                  contractId,
                  "period",
                  period.code(),
                  "values",
                  read.values().size(),
                  "file",
                  file.getFileName().toString()));
          return new ReportImport(delivery.report(tx, contractId, period), List.of());
        });
  }

  private List<ImportProblem> sheetStateProblems(
      Transaction tx, Path file, Contract c, Period period) {
    Optional<PeriodReport> existing = delivery.report(tx, c.id(), period);
    if (existing.isPresent() && !existing.get().state().editable()) {
      return List.of(
          new ImportProblem(
              "[" + file.getFileName() + "]" + ReportSheet.INFO_SHEET,
              ReportSheet.PERIOD_ROW,
              "B",
              new LocalizedText(
                  "error.report.locked",
                  period.code(),
                  new LocalizedText(existing.get().state().labelKey()))));
    }
    return List.of();
  }

  private List<LocalizedText> submitProblems(
      Transaction tx, Contract c, List<ContractIndicator> plan, PeriodReport r) {
    List<LocalizedText> problems = new ArrayList<>();
    if (plan.isEmpty()) {
      problems.add(new LocalizedText("error.report.noPlan"));
    }
    ReportCheck.problems(plan, r.period(), r.values(), delivery.childrenCovered(tx, c.id()))
        .forEach(p -> problems.add(p.reason()));
    if (r.evidence().isEmpty()) {
      problems.add(new LocalizedText("error.report.noEvidence"));
    }
    return problems;
  }

  private PeriodReport decide(
      Session session,
      long contractId,
      Period period,
      int version,
      ReportState next,
      String reason) {
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          PeriodReport r = existing(tx, contractId, period);
          if (r.state() != ReportState.SUBMITTED) {
            throw new CareEvalException(
                "error.report.notSubmitted",
                period.code(),
                new LocalizedText(r.state().labelKey()));
          }
          boolean changed =
              delivery.decide(
                  tx, r.id(), version, next, session.username(), reason, clock.instant());
          return moved(tx, session, r, changed, next, "reason", reason);
        });
  }

  /**
   * A report moved to {@code next} (or refused as changed meanwhile when it was not): audited with
   * the state before and after and one detail, and read again.
   */
  private PeriodReport moved(
      Transaction tx,
      Session session,
      PeriodReport r,
      boolean changed,
      ReportState next,
      String detail,
      String value) {
    if (!changed) {
      throw new CareEvalException("error.conflict.report", r.period().code());
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("state", next.name());
    after.put(detail, value);
    audit.updated(
        tx, session, AuditEntity.PERIOD_REPORT, r.id(), Map.of("state", r.state().name()), after);
    return delivery.report(tx, r.contractId(), r.period()).orElseThrow();
  }

  private List<Indicator> template(Transaction tx) {
    List<Indicator> stored = delivery.template(tx);
    return stored.isEmpty() ? IndicatorTemplates.defaults() : stored;
  }

  private Plan plan(Transaction tx, Contract c) {
    List<ContractIndicator> stored = delivery.plan(tx, c.id());
    List<ContractIndicator> indicators =
        stored.isEmpty()
            ? template(tx).stream()
                .map(i -> new ContractIndicator(i, Optional.empty(), Map.of()))
                .toList()
            : stored;
    return new Plan(
        c, periods(c), indicators, stored.isEmpty(), delivery.childrenCovered(tx, c.id()));
  }

  private static List<LocalizedText> planProblems(
      Contract c, List<ContractIndicator> indicators, Optional<Integer> childrenCovered) {
    List<LocalizedText> problems = new ArrayList<>();
    Indicator.problems(indicators.stream().map(ContractIndicator::indicator).toList())
        .forEach(p -> problems.add(p.reason()));
    List<Period> periods = periods(c);
    for (ContractIndicator ci : indicators) {
      for (Map.Entry<Period, BigDecimal> t : ci.targets().entrySet()) {
        if (!periods.contains(t.getKey())) {
          problems.add(
              new LocalizedText(
                  "error.delivery.periodOutsideTerm", t.getKey().code(), ci.indicator().level3()));
        } else if (t.getValue().signum() < 0) {
          problems.add(
              new LocalizedText(
                  "error.report.negative", ci.indicator().level3(), t.getValue().toPlainString()));
        }
      }
    }
    if (childrenCovered.isPresent() && childrenCovered.get() < 0) {
      problems.add(new LocalizedText("error.delivery.childrenCovered"));
    }
    return problems;
  }

  static List<Period> periods(Contract c) {
    return Period.covering(c.termStart().orElseThrow(), c.termEnd().orElseThrow());
  }

  private static void inTerm(Contract c, Period period) {
    if (!periods(c).contains(period)) {
      throw new CareEvalException("error.delivery.periodOutsideTerm", period.code(), c.number());
    }
  }

  /** The period's report, created when it does not exist yet; refused once submitted. */
  private PeriodReport editable(Transaction tx, long contractId, Period period) {
    Contract c = signed(tx, contractId);
    inTerm(c, period);
    Optional<PeriodReport> existing = delivery.report(tx, contractId, period);
    if (existing.isEmpty()) {
      delivery.createReport(tx, contractId, period, clock.instant());
      return delivery.report(tx, contractId, period).orElseThrow();
    }
    PeriodReport r = existing.get();
    if (!r.state().editable()) {
      throw new CareEvalException(
          "error.report.locked", period.code(), new LocalizedText(r.state().labelKey()));
    }
    return r;
  }

  private PeriodReport existing(Transaction tx, long contractId, Period period) {
    return delivery
        .report(tx, contractId, period)
        .orElseThrow(() -> new CareEvalException("error.report.none", period.code()));
  }

  private Contract signed(Transaction tx, long contractId) {
    return SignedContracts.find(contracts, tx, contractId);
  }

  private static String narrative(String typed) {
    String text = typed == null ? "" : typed.replace("\r\n", "\n").strip();
    if (text.length() > NARRATIVE_MAX) {
      throw new CareEvalException("error.report.narrativeTooLong", NARRATIVE_MAX, text.length());
    }
    return text;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      throw new CareEvalException(e, "error.org.scanUnreadable", file, e.getMessage());
    }
  }
}
