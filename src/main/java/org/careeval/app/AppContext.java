package org.careeval.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.system.ComponentVersion;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.system.DataDirectory;
import org.careeval.persistence.AuditAnchor;
import org.careeval.persistence.AuditRepository;
import org.careeval.persistence.Database;
import org.careeval.persistence.DatabaseEngine;
import org.careeval.persistence.SettingRepository;
import org.careeval.persistence.SystemRepository;
import org.careeval.persistence.UserRepository;
import org.careeval.service.CareEvalServices;
import org.careeval.service.Foundation;
import org.careeval.service.SettingsService;
import org.careeval.service.SystemService;
import org.careeval.service.audit.AuditService;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.contract.AcceptanceService;
import org.careeval.service.contract.ContractModule;
import org.careeval.service.contract.ContractService;
import org.careeval.service.contract.DeliveryOverview;
import org.careeval.service.contract.DeliveryService;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.evaluation.AwardService;
import org.careeval.service.evaluation.BidService;
import org.careeval.service.evaluation.DrawService;
import org.careeval.service.evaluation.EvaluationService;
import org.careeval.service.evaluation.ReReviewService;
import org.careeval.service.evaluation.ScoringService;
import org.careeval.service.evaluation.SeatingService;
import org.careeval.service.expert.ExpertCreditService;
import org.careeval.service.expert.ExpertService;
import org.careeval.service.organization.OrganizationDetailService;
import org.careeval.service.organization.OrganizationModule;
import org.careeval.service.organization.OrganizationService;
import org.careeval.service.place.PlaceService;
import org.careeval.service.project.ProjectModule;
import org.careeval.service.project.ProjectService;
import org.careeval.service.project.RubricService;
import org.careeval.service.records.MandatoryReportService;
import org.careeval.service.records.ServiceRecordService;
import org.careeval.service.records.SpotCheckService;
import org.careeval.service.records.WarningService;
import org.careeval.service.security.AuthenticationService;
import org.careeval.service.security.PasswordHasher;
import org.careeval.service.security.Sessions;
import org.careeval.service.security.UserService;

/**
 * The composition root: builds the database, repositories and services of one data directory with
 * plain constructors. The window and the CLI both get their services from here.
 */
public final class AppContext implements CareEvalServices {

  private final Database database;
  private final CountyClock clock;
  private final SystemService systemService;
  private final SettingsService settingsService;
  private final UserService userService;
  private final AuthenticationService authenticationService;
  private final AuditService auditService;
  private final OrganizationService organizationService;
  private final ProjectModule projectModule;
  private final ContractModule contractModule;
  private final DemoCountyService demoService;
  private final OrganizationDetailService organizationDetailService;

  private AppContext(Database database, PasswordHasher hasher, Clock base) {
    this.database = database;
    SettingRepository settings = new SettingRepository();
    CountyClock clock = new CountyClock(base, CountyClock.defaultZone());
    this.clock = clock;
    UserRepository users = new UserRepository();
    Sessions sessions = new Sessions(database, users);
    AuditRepository auditRepository = new AuditRepository(settings);
    AuditAnchor anchor = new AuditAnchor(database.directory());
    AuditTrail auditTrail = new AuditTrail(auditRepository, clock, anchor);
    this.systemService = new SystemService(database, new SystemRepository(settings), sessions);
    this.settingsService = new SettingsService(database, settings, auditTrail, clock, sessions);
    clock.changeZone(settingsService.countyZone()); // before any service derives a date
    this.userService =
        new UserService(database, users, hasher, auditTrail, settingsService, clock, sessions);
    this.authenticationService =
        new AuthenticationService(
            database, users, hasher, auditTrail, settingsService, clock, sessions);
    this.auditService = new AuditService(database, auditRepository, auditTrail, sessions, anchor);
    Foundation foundation = new Foundation(database, sessions, auditTrail, clock);
    OrganizationModule register = OrganizationModule.create(foundation);
    this.organizationService = register.organizations();
    this.organizationDetailService = register.details();
    this.projectModule = ProjectModule.create(foundation);
    this.contractModule = ContractModule.create(foundation);
    this.demoService =
        new DemoCountyService(
            userService,
            authenticationService,
            organizationService,
            organizationDetailService,
            clock,
            database,
            projectModule,
            foundation);
  }

  /**
   * Opens (creating and migrating if needed) the data directory. Blocks; never on the FX thread.
   *
   * @param filePassword the database file password when it is (or is to be created) encrypted
   */
  public static AppContext open(DataDirectory directory, Optional<char[]> filePassword) {
    return open(directory, filePassword, PasswordHasher.STANDARD, Clock.systemUTC());
  }

  /** Tests use cheaper password hashing and a controllable base clock (instants). */
  static AppContext open(DataDirectory directory, PasswordHasher hasher, Clock clock) {
    return open(directory, Optional.empty(), hasher, clock);
  }

  static AppContext open(
      DataDirectory directory, Optional<char[]> filePassword, PasswordHasher hasher, Clock clock) {
    LogFiles.appendTo(directory);
    return open(Database.open(directory, filePassword), hasher, clock);
  }

  /** Opens a data directory whose data lives in the given engine (PostgreSQL in tests and CI). */
  static AppContext open(
      DataDirectory directory, DatabaseEngine engine, PasswordHasher hasher, Clock clock) {
    LogFiles.appendTo(directory);
    return open(Database.open(directory, engine), hasher, clock);
  }

  private static AppContext open(Database database, PasswordHasher hasher, Clock clock) {
    AppContext context = new AppContext(database, hasher, clock);
    try {
      context.systemService.recordCreation(context.clock.now().toOffsetDateTime());
      context.auditService.checkAnchorOnOpen();
    } catch (RuntimeException e) {
      context.close();
      throw e;
    }
    return context;
  }

  /** Versions of the application and its main libraries; needs no open database. */
  public static List<ComponentVersion> componentVersions() {
    List<ComponentVersion> versions = new ArrayList<>();
    versions.add(new ComponentVersion("CareEval", AppVersion.current()));
    versions.add(new ComponentVersion("Java", System.getProperty("java.runtime.version")));
    versions.add(new ComponentVersion("JavaFX", AppVersion.javafx()));
    versions.addAll(SystemRepository.componentVersions());
    return versions;
  }

  @Override
  public CountyClock clock() {
    return clock;
  }

  @Override
  public SystemService system() {
    return systemService;
  }

  @Override
  public UserService users() {
    return userService;
  }

  @Override
  public AuthenticationService authentication() {
    return authenticationService;
  }

  @Override
  public AuditService audit() {
    return auditService;
  }

  @Override
  public SettingsService settings() {
    return settingsService;
  }

  @Override
  public OrganizationService organizations() {
    return organizationService;
  }

  @Override
  public OrganizationDetailService organizationDetails() {
    return organizationDetailService;
  }

  @Override
  public PlaceService places() {
    return projectModule.places();
  }

  @Override
  public ProjectService projects() {
    return projectModule.projects();
  }

  @Override
  public RubricService rubrics() {
    return projectModule.rubrics();
  }

  @Override
  public EvaluationService evaluations() {
    return projectModule.evaluations();
  }

  @Override
  public BidService bids() {
    return projectModule.bids();
  }

  @Override
  public ScoringService scoring() {
    return projectModule.scoring();
  }

  @Override
  public DrawService draws() {
    return projectModule.draws();
  }

  @Override
  public AwardService awards() {
    return projectModule.awards();
  }

  @Override
  public ContractService contracts() {
    return contractModule.contracts();
  }

  @Override
  public DeliveryService delivery() {
    return contractModule.delivery();
  }

  @Override
  public DeliveryOverview deliveryOverview() {
    return contractModule.overview();
  }

  @Override
  public AcceptanceService acceptance() {
    return contractModule.acceptance();
  }

  @Override
  public ServiceRecordService records() {
    return contractModule.records();
  }

  @Override
  public SpotCheckService spotChecks() {
    return contractModule.spotChecks();
  }

  @Override
  public WarningService warnings() {
    return contractModule.warnings();
  }

  @Override
  public org.careeval.service.performance.PerformanceService performance() {
    return contractModule.performance();
  }

  @Override
  public org.careeval.service.performance.QuarterlyReports quarterlyReports() {
    return contractModule.quarterlyReports();
  }

  @Override
  public org.careeval.service.performance.DossierReports dossiers() {
    return contractModule.dossiers();
  }

  @Override
  public MandatoryReportService mandatoryReports() {
    return contractModule.mandatoryReports();
  }

  @Override
  public SeatingService seating() {
    return projectModule.seating();
  }

  @Override
  public ReReviewService reReviews() {
    return projectModule.reReviews();
  }

  @Override
  public ExpertService experts() {
    return projectModule.experts();
  }

  @Override
  public ExpertCreditService credits() {
    return projectModule.credits();
  }

  @Override
  public DemoCountyService demo() {
    return demoService;
  }

  @Override
  public void close() {
    database.close();
  }
}
