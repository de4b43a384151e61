package org.careeval.service.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.OrganizationDraft;
import org.careeval.domain.organization.Rating;
import org.careeval.domain.organization.RatingLevel;
import org.careeval.domain.project.Project;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.careeval.persistence.Database;
import org.careeval.service.Foundation;
import org.careeval.service.i18n.Messages;
import org.careeval.service.organization.OrganizationDetailService;
import org.careeval.service.organization.OrganizationService;
import org.careeval.service.project.ProjectModule;
import org.careeval.service.security.AuthenticationService;
import org.careeval.service.security.UserService;

/**
 * Loads the demo county (青山县, fictional) into a new data directory: one account per role and the
 * organizations of {@code sample-projects/demo-county/organizations.tsv}, registered through the
 * same rules as real ones (so one code stays pending for a supervisor). Refused once any user
 * exists, so it can never mix with real data.
 */
public final class DemoCountyService {

  /** The password of every demo account (sample-projects/demo-county/README.md). */
  public static final String PASSWORD = "demo1234";

  /** The demo accounts: user name, role. */
  public static final List<DemoAccount> ACCOUNTS =
      List.of(
          new DemoAccount("admin", "demo.account.admin", Role.ADMIN),
          new DemoAccount("officer", "demo.account.officer", Role.OFFICER),
          new DemoAccount("supervisor", "demo.account.supervisor", Role.SUPERVISOR),
          new DemoAccount("expert", "demo.account.expert", Role.EXPERT),
          new DemoAccount("auditor", "demo.account.auditor", Role.AUDITOR),
          new DemoAccount("expert2", "demo.account.expert2", Role.EXPERT),
          new DemoAccount("expert3", "demo.account.expert3", Role.EXPERT),
          new DemoAccount("expert4", "demo.account.expert4", Role.EXPERT));

  /** A demo user; the display name is a message key so the demo reads well in either language. */
  public record DemoAccount(String username, String displayNameKey, Role role) {}

  private static final String TEMPORARY = "demo-first-1";
  private static final String RESOURCE = "/sample-projects/demo-county/organizations.tsv";

  private final UserService users;
  private final AuthenticationService authentication;

  /** The buying body the demo's award notice names. */
  static final String DEMO_COUNTY = "示范县";

  static final String DEMO_BUYER = DEMO_COUNTY + "民政局";

  private final OrganizationService organizations;
  private final OrganizationDetailService details;
  private final CountyClock clock;
  private final Database database;
  private final ProjectModule projectModule;
  private final Foundation foundation;

  public DemoCountyService(
      UserService users,
      AuthenticationService authentication,
      OrganizationService organizations,
      OrganizationDetailService details,
      CountyClock clock,
      Database database,
      ProjectModule projectModule,
      Foundation foundation) {
    this.database = database;
    this.projectModule = projectModule;
    this.foundation = foundation;
    this.users = users;
    this.authentication = authentication;
    this.organizations = organizations;
    this.details = details;
    this.clock = clock;
  }

  /**
   * @param messages the language for the demo users' names
   * @return how many organizations were registered
   */
  public int load(Messages messages) {
    // one transaction: a demo load killed or failing half-way leaves an empty directory
    return database.inTransaction(tx -> loadAll(messages));
  }

  private int loadAll(Messages messages) {
    if (users.isSetUp()) {
      throw new CareEvalException("error.demo.notEmpty");
    }
    List<String> organizationsTsv = readOrganizations();
    DemoAccount first = ACCOUNTS.get(0);
    users.createFirstAdmin(
        first.username(), messages.get(first.displayNameKey()), PASSWORD.toCharArray());
    Session admin = authentication.signIn(first.username(), PASSWORD.toCharArray()).session();
    new org.careeval.service.SettingsService(
            foundation.database(),
            new org.careeval.persistence.SettingRepository(),
            foundation.audit(),
            foundation.clock(),
            foundation.sessions())
        .update(admin, org.careeval.domain.system.Setting.COUNTY_NAME, DEMO_COUNTY);
    for (int i = 1; i < ACCOUNTS.size(); i++) {
      DemoAccount account = ACCOUNTS.get(i);
      users.create(
          admin,
          account.username(),
          messages.get(account.displayNameKey()),
          Set.of(account.role()),
          TEMPORARY.toCharArray());
      Session session =
          authentication.signIn(account.username(), TEMPORARY.toCharArray()).session();
      users.changeOwnPassword(session, TEMPORARY.toCharArray(), PASSWORD.toCharArray());
    }
    DemoProjects demoProjects = new DemoProjects(projectModule, clock.today());
    demoProjects.addPlaces(admin);
    Session officer = authentication.signIn("officer", PASSWORD.toCharArray()).session();
    List<OrganizationDraft> drafts = drafts(organizationsTsv);
    List<Organization> registered =
        drafts.stream().map(draft -> organizations.register(officer, draft)).toList();
    new DemoDetails(details, officer, clock.today()).add(registered);
    Project underReview = demoProjects.addProjects(officer, registered);
    demoProjects.addExperts(officer);
    demoProjects.addDrawnPanel(officer);
    Session supervisor = authentication.signIn("supervisor", PASSWORD.toCharArray()).session();
    new DemoDelivery(foundation, clock.today())
        .add(officer, supervisor, demoProjects.contracted(officer));
    long finished = addFinishedEvaluation(demoProjects, officer, registered);
    projectModule.evaluations().finalizeResult(supervisor, finished);
    projectModule.awards().award(supervisor, finished, DEMO_BUYER, Optional.empty());
    List<Session> panel = new java.util.ArrayList<>();
    for (String expert : List.of("expert2", "expert3", "expert4")) {
      panel.add(authentication.signIn(expert, PASSWORD.toCharArray()).session());
    }
    demoProjects.addEvaluationInProgress(officer, registered, underReview, panel);
    return registered.size();
  }

  /** The demo evaluation goes through a workbook in a temporary file, deleted afterwards. */
  private long addFinishedEvaluation(
      DemoProjects demoProjects, Session officer, List<Organization> registered) {
    try {
      java.nio.file.Path file =
          java.nio.file.Files.createTempFile("careeval-demo-evaluation", ".xlsx");
      try {
        return demoProjects.addFinishedEvaluation(officer, registered, file);
      } finally {
        java.nio.file.Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> readOrganizations() {
    try (InputStream in = DemoCountyService.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("demo county missing from the build: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<OrganizationDraft> drafts(List<String> lines) {
    List<OrganizationDraft> drafts = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t", -1);
      Optional<Rating> rating =
          RatingLevel.parse(c[5])
              .map(level -> new Rating(level, c[6], c[7], LocalDate.parse(c[8])));
      drafts.add(new OrganizationDraft(c[0], c[1], c[2], c[3], c[4], rating));
    }
    return drafts;
  }
}
