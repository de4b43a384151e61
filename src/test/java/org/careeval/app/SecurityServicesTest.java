package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.TestContexts.keyOf;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.audit.AuditEvent;
import org.careeval.domain.audit.AuditFilter;
import org.careeval.domain.system.Setting;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.careeval.domain.user.UserAccount;
import org.careeval.service.security.SignInResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Users, sign-in and permissions on a real database, including bad input and attacks. */
class SecurityServicesTest {

  private static final char[] ADMIN_PASSWORD = "管理员密码2026".toCharArray();
  private static final char[] PASSWORD = "initial-pass-1".toCharArray();

  @TempDir Path temp;
  private final MutableClock clock = new MutableClock();
  private AppContext context;
  private Session admin;

  @BeforeEach
  void setUp() {
    context = TestContexts.open(temp.resolve("data"), clock);
    context.users().createFirstAdmin("admin", "王管理", ADMIN_PASSWORD);
    admin = context.authentication().signIn("admin", ADMIN_PASSWORD).session();
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private Session userWith(String name, Set<Role> roles) {
    TestContexts.member(context, admin, name, name, roles, PASSWORD);
    return context.authentication().signIn(name, PASSWORD).session();
  }

  private int versionOf(long userId) {
    return context.users().list(admin).stream()
        .filter(u -> u.id() == userId)
        .findFirst()
        .orElseThrow()
        .version();
  }

  @Test
  void anAdministratorsChangeFromAnOlderVersionIsRefused() {
    Session officer = userWith("officer", Set.of(Role.OFFICER));
    int loaded = versionOf(officer.userId());
    context.users().update(admin, officer.userId(), loaded, "李经办", Set.of(Role.OFFICER), true);

    assertThat(
            keyOf(
                () ->
                    context
                        .users()
                        .update(admin, officer.userId(), loaded, "王经办", Set.of(), false)))
        .isEqualTo("error.conflict.user");
    assertThat(context.users().list(admin))
        .filteredOn(u -> u.id() == officer.userId())
        .singleElement()
        .satisfies(u -> assertThat(u.displayName()).isEqualTo("李经办"))
        .satisfies(u -> assertThat(u.active()).isTrue());
  }

  private List<AuditEvent> audit(AuditAction action) {
    return context.audit().search(admin, AuditFilter.ALL).stream()
        .filter(e -> e.action() == action)
        .toList();
  }

  @Test
  void firstAdminCanOnlyBeCreatedOnce() {
    assertThat(context.users().isSetUp()).isTrue();
    assertThat(keyOf(() -> context.users().createFirstAdmin("other", "", ADMIN_PASSWORD)))
        .isEqualTo("error.setup.alreadyDone");
    assertThat(admin.roles()).containsExactly(Role.ADMIN);
  }

  @Test
  void successfulSignInIsAudited() {
    assertThat(audit(AuditAction.SIGN_IN)).extracting(AuditEvent::actor).containsExactly("admin");
    assertThat(audit(AuditAction.CREATE))
        .singleElement()
        .satisfies(
            e -> assertThat(e.after()).contains("\"roles\":[\"ADMIN\"]").doesNotContain("argon2"));
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSameMessageAndAreAudited() {
    assertThat(keyOf(() -> context.authentication().signIn("admin", "nope".toCharArray())))
        .isEqualTo("error.signIn.failed");
    assertThat(keyOf(() -> context.authentication().signIn("ghost", "nope".toCharArray())))
        .isEqualTo("error.signIn.failed");
    assertThat(audit(AuditAction.SIGN_IN_FAILED))
        .extracting(AuditEvent::actor, AuditEvent::after)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("admin", "{\"reason\":\"wrongPassword\"}"),
            org.assertj.core.groups.Tuple.tuple("ghost", "{\"reason\":\"unknownUser\"}"));
  }

  @Test
  void emptyInputIsAskedForNotAudited() {
    assertThat(keyOf(() -> context.authentication().signIn("admin", new char[0])))
        .isEqualTo("error.signIn.missing");
    assertThat(keyOf(() -> context.authentication().signIn("  ", PASSWORD)))
        .isEqualTo("error.signIn.missing");
    assertThat(audit(AuditAction.SIGN_IN_FAILED)).isEmpty();
  }

  @Test
  void veryLongInputFailsCleanly() {
    String longName = "x".repeat(10_000);
    char[] longPassword = "p".repeat(100_000).toCharArray();
    assertThat(keyOf(() -> context.authentication().signIn(longName, PASSWORD)))
        .isEqualTo("error.signIn.failed");
    assertThat(keyOf(() -> context.authentication().signIn("admin", longPassword)))
        .isEqualTo("error.signIn.failed");
    assertThat(audit(AuditAction.SIGN_IN_FAILED))
        .singleElement()
        .satisfies(e -> assertThat(e.actor()).hasSize(200));
    assertThat(
            keyOf(() -> context.users().create(admin, "bob", "x".repeat(101), Set.of(), PASSWORD)))
        .isEqualTo("error.user.displayNameTooLong");
  }

  @Test
  void sqlMetacharactersInUserNamesAreJustWrongNames() {
    String injection = "admin' OR '1'='1";
    assertThat(
            keyOf(() -> context.authentication().signIn(injection, "x' OR 'x'='x".toCharArray())))
        .isEqualTo("error.signIn.failed");
    assertThat(
            keyOf(
                () ->
                    context
                        .users()
                        .create(admin, "x'; DROP TABLE user_account;--", "", Set.of(), PASSWORD)))
        .isEqualTo("error.username.invalid");
    assertThat(context.users().list(admin))
        .extracting(UserAccount::username)
        .containsExactly("admin");
    assertThat(audit(AuditAction.SIGN_IN_FAILED))
        .extracting(AuditEvent::actor)
        .containsExactly("admin' or '1'='1");
  }

  @Test
  void anUnknownNameLocksLikeARealOneSoNamesCannotBeProbed() {
    for (String name : List.of("admin", "nobody-here")) {
      for (int i = 0; i < 4; i++) {
        assertThat(keyOf(() -> context.authentication().signIn(name, "wrong".toCharArray())))
            .isEqualTo("error.signIn.failed");
      }
      assertThat(keyOf(() -> context.authentication().signIn(name, "wrong".toCharArray())))
          .as(name)
          .isEqualTo("error.signIn.locked");
    }
    clock.advance(Duration.ofMinutes(16));
    assertThat(keyOf(() -> context.authentication().signIn("nobody-here", "x".toCharArray())))
        .isEqualTo("error.signIn.failed");
  }

  @Test
  void repeatedFailuresLockTheAccountForAWhile() {
    for (int i = 0; i < 4; i++) {
      assertThat(keyOf(() -> context.authentication().signIn("admin", "wrong".toCharArray())))
          .isEqualTo("error.signIn.failed");
    }
    assertThat(keyOf(() -> context.authentication().signIn("admin", "wrong".toCharArray())))
        .isEqualTo("error.signIn.locked");
    // locked: even the right password is refused
    assertThat(keyOf(() -> context.authentication().signIn("admin", ADMIN_PASSWORD)))
        .isEqualTo("error.signIn.locked");
    clock.advance(Duration.ofMinutes(14));
    assertThat(keyOf(() -> context.authentication().signIn("admin", ADMIN_PASSWORD)))
        .isEqualTo("error.signIn.locked");
    clock.advance(Duration.ofMinutes(2));
    assertThat(context.authentication().signIn("admin", ADMIN_PASSWORD).session().username())
        .isEqualTo("admin");
  }

  @Test
  void successResetsTheFailureCount() {
    for (int i = 0; i < 4; i++) {
      keyOf(() -> context.authentication().signIn("admin", "wrong".toCharArray()));
    }
    context.authentication().signIn("admin", ADMIN_PASSWORD);
    assertThat(keyOf(() -> context.authentication().signIn("admin", "wrong".toCharArray())))
        .isEqualTo("error.signIn.failed");
  }

  @Test
  void deactivatedUserCannotSignInAndIsNeverDeleted() {
    Session officer = userWith("officer", Set.of(Role.OFFICER));
    context
        .users()
        .update(
            admin,
            officer.userId(),
            versionOf(officer.userId()),
            "officer",
            Set.of(Role.OFFICER),
            false);
    assertThat(keyOf(() -> context.authentication().signIn("officer", PASSWORD)))
        .isEqualTo("error.signIn.inactive");
    assertThat(context.users().list(admin)).extracting(UserAccount::username).contains("officer");
  }

  @Test
  void adminResetForcesAPasswordChangeAtNextSignIn() {
    context.users().create(admin, "officer", "", Set.of(Role.OFFICER), PASSWORD);
    SignInResult first = context.authentication().signIn("officer", PASSWORD);
    Session officer = first.session();
    assertThat(first.mustChangePassword()).isTrue();
    context.users().changeOwnPassword(officer, PASSWORD, "my-own-secret".toCharArray());
    assertThat(
            context
                .authentication()
                .signIn("officer", "my-own-secret".toCharArray())
                .mustChangePassword())
        .isFalse();
    context.users().resetPassword(admin, officer.userId(), "temporary-99".toCharArray());
    SignInResult afterReset =
        context.authentication().signIn("officer", "temporary-99".toCharArray());
    assertThat(afterReset.mustChangePassword()).isTrue();
  }

  @Test
  void passwordRulesAreChecked() {
    assertThat(
            keyOf(
                () ->
                    context
                        .users()
                        .changeOwnPassword(admin, ADMIN_PASSWORD, "short".toCharArray())))
        .isEqualTo("error.password.tooShort");
    assertThat(
            keyOf(() -> context.users().changeOwnPassword(admin, ADMIN_PASSWORD, ADMIN_PASSWORD)))
        .isEqualTo("error.password.unchanged");
    assertThat(
            keyOf(
                () ->
                    context
                        .users()
                        .changeOwnPassword(
                            admin, "wrong-current".toCharArray(), "a-new-password".toCharArray())))
        .isEqualTo("error.password.currentWrong");
    assertThat(
            keyOf(
                () ->
                    context
                        .users()
                        .create(admin, "bob", "", Set.of(), "p".repeat(129).toCharArray())))
        .isEqualTo("error.password.tooLong");
    assertThat(keyOf(() -> context.users().create(admin, "admin", "", Set.of(), PASSWORD)))
        .isEqualTo("error.username.taken");
  }

  @Test
  void settingsAreValidatedAuditedAndTakeEffect() {
    assertThat(keyOf(() -> context.settings().update(admin, Setting.MAX_FAILED_SIGN_INS, "2")))
        .isEqualTo("error.setting.range");
    assertThat(keyOf(() -> context.settings().update(admin, Setting.MAX_FAILED_SIGN_INS, "three")))
        .isEqualTo("error.setting.range");
    context.settings().update(admin, Setting.MAX_FAILED_SIGN_INS, "３"); // full-width digit
    context.settings().update(admin, Setting.IDLE_LOCK_MINUTES, " 25 ");
    assertThat(context.settings().all(admin))
        .containsEntry(Setting.MAX_FAILED_SIGN_INS, "3")
        .containsEntry(Setting.IDLE_LOCK_MINUTES, "25")
        .containsEntry(Setting.LOCKOUT_MINUTES, "15");
    assertThat(context.settings().passwordPolicy().idleLock()).isEqualTo(Duration.ofMinutes(25));
    assertThat(audit(AuditAction.UPDATE))
        .filteredOn(e -> e.entityType().equals("setting"))
        .extracting(AuditEvent::entityId, AuditEvent::before, AuditEvent::after)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "security.idleLockMinutes", "{\"value\":10}", "{\"value\":25}"));
    for (int i = 0; i < 2; i++) {
      keyOf(() -> context.authentication().signIn("admin", "wrong".toCharArray()));
    }
    assertThat(keyOf(() -> context.authentication().signIn("admin", "wrong".toCharArray())))
        .isEqualTo("error.signIn.locked");
  }

  @Test
  void adminCannotLockThemselfOut() {
    assertThat(
            keyOf(
                () ->
                    context
                        .users()
                        .update(admin, admin.userId(), 0, "王管理", Set.of(Role.ADMIN), false)))
        .isEqualTo("error.user.selfLockout");
    assertThat(
            keyOf(
                () ->
                    context
                        .users()
                        .update(admin, admin.userId(), 0, "王管理", Set.of(Role.OFFICER), true)))
        .isEqualTo("error.user.selfLockout");
  }

  @Test
  void changesAreAuditedWithBeforeAndAfter() {
    Session officer = userWith("officer", Set.of(Role.OFFICER));
    context
        .users()
        .update(
            admin,
            officer.userId(),
            versionOf(officer.userId()),
            "李经办",
            Set.of(Role.OFFICER, Role.EXPERT),
            true);
    AuditEvent update = audit(AuditAction.UPDATE).get(0);
    assertThat(update.actor()).isEqualTo("admin");
    assertThat(update.entityType()).isEqualTo("user");
    assertThat(update.entityId()).isEqualTo(Long.toString(officer.userId()));
    assertThat(update.before()).contains("\"displayName\":\"officer\"", "\"roles\":[\"OFFICER\"]");
    assertThat(update.after())
        .contains("\"displayName\":\"李经办\"", "\"roles\":[\"EXPERT\",\"OFFICER\"]");
    int before = audit(AuditAction.SIGN_OUT).size();
    context.authentication().signOut(officer);
    assertThat(audit(AuditAction.SIGN_OUT)).hasSize(before + 1);
    assertThat(audit(AuditAction.SIGN_OUT).get(0).actor()).isEqualTo("officer");
  }

  /** Every service call that needs a permission, with the roles that may make it. */
  static Stream<Arguments> guardedCalls() {
    return Stream.of(
        call("users.list", (c, s) -> c.users().list(s), Role.ADMIN),
        call(
            "users.create",
            (c, s) -> c.users().create(s, "newbie", "", Set.of(), PASSWORD),
            Role.ADMIN),
        call(
            "users.update",
            (c, s) -> c.users().update(s, 1, 0, "x", Set.of(Role.ADMIN), true),
            Role.ADMIN),
        call("users.resetPassword", (c, s) -> c.users().resetPassword(s, 1, PASSWORD), Role.ADMIN),
        call(
            "audit.search",
            (c, s) -> c.audit().search(s, AuditFilter.ALL),
            Role.ADMIN,
            Role.SUPERVISOR,
            Role.AUDITOR),
        call(
            "audit.actors",
            (c, s) -> c.audit().actors(s),
            Role.ADMIN,
            Role.SUPERVISOR,
            Role.AUDITOR),
        call("audit.verify", (c, s) -> c.audit().verify(s), Role.ADMIN, Role.AUDITOR),
        call(
            "audit.export",
            (c, s) ->
                c.audit()
                    .export(
                        s,
                        AuditFilter.ALL,
                        exportFile(c, s),
                        org.careeval.service.i18n.Messages.of(java.util.Locale.ENGLISH),
                        java.time.ZoneOffset.UTC),
            Role.ADMIN,
            Role.SUPERVISOR,
            Role.AUDITOR),
        call(
            "organizations.list",
            (c, s) -> c.organizations().list(s, ""),
            Role.OFFICER,
            Role.EXPERT,
            Role.SUPERVISOR,
            Role.AUDITOR),
        call(
            "organizationDetails.entries",
            (c, s) -> c.organizationDetails().entries(s),
            Role.OFFICER,
            Role.EXPERT,
            Role.SUPERVISOR,
            Role.AUDITOR),
        call(
            "organizations.importRoster",
            (c, s) -> c.organizations().importRoster(s, emptyTemplate(c, s)),
            Role.OFFICER),
        call(
            "system.info",
            (c, s) -> c.system().info(s),
            Role.ADMIN,
            Role.OFFICER,
            Role.SUPERVISOR,
            Role.AUDITOR));
  }

  private static Path emptyTemplate(AppContext context, Session session) {
    Path file = exportFile(context, session);
    org.careeval.service.organization.RosterTemplate.write(
        file, org.careeval.service.i18n.Messages.of(java.util.Locale.ENGLISH));
    return file;
  }

  private static Path exportFile(AppContext context, Session session) {
    return context
        .system()
        .installationInfo()
        .dataDirectory()
        .resolve(session.username() + ".xlsx");
  }

  private interface Call {
    void run(AppContext context, Session session);
  }

  private static Arguments call(String name, Call call, Role... allowed) {
    return Arguments.of(name, call, Set.of(allowed));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("guardedCalls")
  void everyRoleGetsExactlyItsPermissions(String name, Call call, Set<Role> allowed) {
    Consumer<Session> attempt = s -> call.run(context, s);
    int n = 0;
    for (Role role : Role.values()) {
      Session session =
          role == Role.ADMIN ? admin : userWith(role.name().toLowerCase() + n++, Set.of(role));
      if (allowed.contains(role)) {
        attempt.accept(session);
      } else {
        assertThat(keyOf(() -> attempt.accept(session)))
            .as("%s as %s", name, role)
            .isEqualTo("error.permission.denied");
      }
    }
    Session nobody = userWith("noroles", Set.of());
    assertThat(keyOf(() -> attempt.accept(nobody))).isEqualTo("error.permission.denied");
  }
}
