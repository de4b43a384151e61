package org.careeval.service.contract;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.award.AwardOffer;
import org.careeval.domain.award.AwardOutcome;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.contract.ContractSigning;
import org.careeval.domain.contract.Grade;
import org.careeval.domain.contract.Installment;
import org.careeval.domain.contract.InstallmentState;
import org.careeval.domain.performance.SignedGrades;
import org.careeval.domain.project.Project;
import org.careeval.domain.project.ProjectStatus;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.system.Setting;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.AcceptanceRepository;
import org.careeval.persistence.AwardRepository;
import org.careeval.persistence.ContractRepository;
import org.careeval.persistence.Database;
import org.careeval.persistence.EvidenceStore;
import org.careeval.persistence.OrganizationRepository;
import org.careeval.persistence.ProjectRepository;
import org.careeval.persistence.SettingRepository;
import org.careeval.persistence.Transaction;
import org.careeval.service.Scans;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.security.Sessions;

/**
 * Contracts (issue 14): the draft the award created is signed with its number, term, places and
 * installments (the project becomes 已签约 and the award offer signed); each installment's state is
 * computed from its condition, and only a releasable one can be released, by the supervisor. Stage
 * acceptance and periodic evaluations come with later parts of step 9 and step 11: until then an
 * installment waiting on them stays blocked, with that reason.
 */
public final class ContractService {

  /** A contract with its installments, each with its state, and what has been paid. */
  public record Detail(Contract contract, List<Row> installments, BigDecimal paid) {

    /** Budget execution (预算执行率): paid over the amount, in percent, two decimals half-up. */
    public BigDecimal execution() {
      return execution(paid, contract.amount());
    }

    public static BigDecimal execution(BigDecimal paid, BigDecimal amount) {
      return amount.signum() == 0
          ? BigDecimal.ZERO.setScale(2)
          : paid.multiply(new BigDecimal("100")).divide(amount, 2, java.math.RoundingMode.HALF_UP);
    }
  }

  /** An installment and its state today. */
  public record Row(Installment installment, InstallmentState state) {}

  private final org.careeval.persistence.PerformanceRepository evaluations;
  private final Database database;
  private final ContractRepository contracts;
  private final ProjectRepository projects;
  private final AwardRepository awards;
  private final SettingRepository settings;
  private final AcceptanceRepository acceptance;
  private final OrganizationRepository organizations;
  private final EvidenceStore evidence;
  private final AuditTrail audit;
  private final CountyClock clock;
  private final Sessions sessions;

  public ContractService(
      Database database,
      ContractRepository contracts,
      ProjectRepository projects,
      AwardRepository awards,
      SettingRepository settings,
      AcceptanceRepository acceptance,
      OrganizationRepository organizations,
      EvidenceStore evidence,
      org.careeval.persistence.PerformanceRepository evaluations,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.evaluations = evaluations;
    this.database = database;
    this.contracts = contracts;
    this.projects = projects;
    this.awards = awards;
    this.settings = settings;
    this.acceptance = acceptance;
    this.organizations = organizations;
    this.evidence = evidence;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  /** Every contract, newest first, with its installments' states and what was paid. */
  public List<Detail> list(Session session) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(
        tx -> {
          Map<Long, List<Installment>> all = contracts.allInstallments(tx);
          Map<Long, Set<String>> passed = acceptance.passedStages(tx);
          Map<Long, Map<String, Grade>> grades = SignedGrades.byContract(evaluations.all(tx));
          return contracts.list(tx).stream()
              .map(
                  c ->
                      detail(
                          c,
                          all.getOrDefault(c.id(), List.of()),
                          passed.getOrDefault(c.id(), Set.of()),
                          grades.getOrDefault(c.id(), Map.of())))
              .toList();
        });
  }

  public Detail get(Session session, long id) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(tx -> detail(tx, find(tx, id)));
  }

  /**
   * Enters a contract draft for a project awarded outside the app (single source, a paper
   * procurement): the project must be 已定标 or 已签约, the organization the one awarded if the project
   * names one, and the contracts of the project within its budget. Signed like an award's draft.
   */
  public Detail enter(Session session, long projectId, long organizationId, BigDecimal amount) {
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          Project project =
              projects
                  .get(tx, projectId)
                  .orElseThrow(
                      () ->
                          new CareEvalException(
                              "error.project.notFound", Long.toString(projectId)));
          String organization =
              organizations
                  .find(tx, organizationId)
                  .orElseThrow(
                      () ->
                          new CareEvalException(
                              "error.org.notFound", Long.toString(organizationId)))
                  .name();
          directProblems(tx, project, organizationId, organization, amount)
              .ifPresent(
                  p -> {
                    throw new CareEvalException(p.key(), p.arguments().toArray());
                  });
          long id =
              contracts.insertDraft(
                  tx, projectId, organizationId, amount, session.username(), clock.instant());
          audit.created(
              tx,
              session,
              AuditEntity.CONTRACT,
              id,
              Map.of(
                  "project", project.name(),
                  "organization", organization,
                  "amount", amount.toPlainString()));
          return detail(tx, find(tx, id));
        });
  }

  private java.util.Optional<LocalizedText> directProblems(
      Transaction tx,
      Project project,
      long organizationId,
      String organization,
      BigDecimal amount) {
    if (project.status() != ProjectStatus.AWARDED && project.status() != ProjectStatus.CONTRACTED) {
      return java.util.Optional.of(
          new LocalizedText(
              "error.contract.directStatus",
              project.name(),
              new LocalizedText(project.status().labelKey())));
    }
    if (project.awardedOrganizationId().filter(o -> o != organizationId).isPresent()) {
      return java.util.Optional.of(
          new LocalizedText("error.contract.directOrganization", organization, project.name()));
    }
    BigDecimal committed =
        contracts.list(tx).stream()
            .filter(c -> c.projectId() == project.id())
            .filter(c -> c.status() != Contract.Status.WITHDRAWN)
            .map(Contract::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (amount.signum() <= 0 || amount.scale() > 2) {
      return java.util.Optional.of(
          new LocalizedText("error.contract.amount", amount.toPlainString()));
    }
    if (committed.add(amount).compareTo(project.budget()) > 0) {
      return java.util.Optional.of(
          new LocalizedText(
              "error.contract.overBudget",
              amount.toPlainString(),
              project.budget().subtract(committed).toPlainString()));
    }
    return java.util.Optional.empty();
  }

  /** Signs a draft read at {@code version}: refused with everything that is missing. */
  public Detail sign(Session session, long id, int version, ContractSigning signing) {
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          Contract draft = find(tx, id);
          if (draft.status() != Contract.Status.DRAFT) {
            throw new CareEvalException(
                "error.contract.notDraft",
                draft.number().isEmpty() ? draft.project() : draft.number());
          }
          List<LocalizedText> problems =
              signing.problems(draft.amount(), usualMonths(tx), clock.today());
          if (!problems.isEmpty()) {
            throw new CareEvalException("error.contract.notReady", problems);
          }
          if (!contracts.sign(tx, id, version, signing)) {
            throw new CareEvalException("error.conflict.contract", draft.project());
          }
          awardSigned(tx, session, draft);
          Map<String, Object> what = new LinkedHashMap<>();
          what.put("number", signing.number());
          what.put("signedOn", signing.signedOn().toString());
          what.put("term", signing.termStart() + "~" + signing.termEnd());
          what.put("multiYearReason", signing.multiYearReason());
          what.put("installments", signing.installments().size());
          audit.updated(
              tx,
              session,
              AuditEntity.CONTRACT,
              id,
              Map.of("status", Contract.Status.DRAFT.name()),
              what);
          return detail(tx, find(tx, id));
        });
  }

  /** Releases an installment whose condition is met (the supervisor's); refused otherwise. */
  public Detail release(Session session, long id, int seq) {
    return sessions.write(
        session,
        Permission.PAYMENT_RELEASE,
        tx -> {
          Detail before = detail(tx, find(tx, id));
          Row row =
              before.installments().stream()
                  .filter(r -> r.installment().seq() == seq)
                  .findFirst()
                  .orElseThrow(
                      () ->
                          new CareEvalException(
                              "error.installment.notFound", Integer.toString(seq)));
          if (!row.state().releasable()) {
            throw new CareEvalException(
                "error.installment.notReleasable", Integer.toString(seq), row.state().reason());
          }
          contracts.release(tx, id, seq, session.username(), clock.instant());
          audit.updated(
              tx,
              session,
              AuditEntity.CONTRACT,
              id + "-" + seq,
              Map.of("released", false),
              Map.of("released", true, "amount", row.installment().amount().toPlainString()));
          return detail(tx, find(tx, id));
        });
  }

  /** Keeps the scanned contract (stored once by SHA-256 in the data directory). */
  public void attachScan(Session session, long id, Path scan) {
    String sha256 = Scans.store(evidence, scan);
    sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          Contract c = find(tx, id);
          contracts.setScan(tx, id, sha256);
          audit.updated(
              tx,
              session,
              AuditEntity.CONTRACT,
              id,
              Map.of("scan", c.scanSha256().orElse("")),
              Map.of("scan", sha256, "file", scan.getFileName().toString()));
          return null;
        });
  }

  /** Copies the contract's scan to {@code target}. */
  public void saveScan(Session session, long id, Path target) {
    String sha256 =
        sessions.write(
            session,
            Permission.PROJECT_READ,
            tx -> {
              String stored =
                  find(tx, id)
                      .scanSha256()
                      .orElseThrow(() -> new CareEvalException("error.contract.noScan"));
              audit.exported(
                  tx,
                  session,
                  AuditEntity.CONTRACT,
                  Map.of("contract", id, "file", target.getFileName().toString()));
              return stored;
            });
    try {
      evidence.copyTo(sha256, target);
    } catch (IOException e) {
      throw new CareEvalException(e, "error.org.scanUnreadable", target, e.getMessage());
    }
  }

  private void awardSigned(Transaction tx, Session session, Contract draft) {
    awards.offers(tx, draft.projectId()).stream()
        .filter(AwardOffer::open)
        .filter(o -> o.organizationId() == draft.organizationId())
        .forEach(
            o ->
                awards.close(
                    tx,
                    draft.projectId(),
                    o.seq(),
                    AwardOutcome.SIGNED,
                    "",
                    session.username(),
                    clock.instant()));
    Project project = projects.get(tx, draft.projectId()).orElseThrow();
    if (project.status() == ProjectStatus.AWARDED) {
      Project moved =
          project.withStatus(ProjectStatus.CONTRACTED, "", project.awardedOrganizationId());
      if (!projects.update(tx, moved, clock.instant())) {
        throw new CareEvalException("error.conflict.project", project.name());
      }
    }
  }

  private Detail detail(Transaction tx, Contract c) {
    return detail(
        c,
        contracts.installments(tx, c.id()),
        acceptance.passedStages(tx).getOrDefault(c.id(), Set.of()),
        SignedGrades.byContract(evaluations.ofContract(tx, c.id())).getOrDefault(c.id(), Map.of()));
  }

  private Detail detail(
      Contract c,
      List<Installment> installments,
      Set<String> passedStages,
      Map<String, Grade> signedGrades) {
    InstallmentState.Facts facts =
        new InstallmentState.Facts(
            c.status() == Contract.Status.SIGNED, clock.today(), passedStages, signedGrades);
    List<Row> rows =
        installments.stream().map(i -> new Row(i, InstallmentState.of(i, facts))).toList();
    BigDecimal paid =
        rows.stream()
            .filter(r -> r.installment().paid())
            .map(r -> r.installment().amount())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Detail(c, rows, paid);
  }

  private int usualMonths(Transaction tx) {
    return Integer.parseInt(
        settings
            .find(tx, Setting.CONTRACT_TERM_MONTHS.key())
            .orElse(Setting.CONTRACT_TERM_MONTHS.defaultValue()));
  }

  private Contract find(Transaction tx, long id) {
    return contracts
        .get(tx, id)
        .orElseThrow(() -> new CareEvalException("error.contract.notFound", Long.toString(id)));
  }
}
