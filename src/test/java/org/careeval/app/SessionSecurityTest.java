package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.TestContexts.keyOf;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.audit.AuditFilter;
import org.careeval.domain.organization.OrganizationDraft;
import org.careeval.domain.organization.SyntheticCodes;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review's probes (issue 9, section 5): a session built by hand, a deactivated user, a removed
 * role, a signed-out session and a pending forced password change are all refused by the services.
 */
class SessionSecurityTest {

  private static final char[] PASSWORD = "pass-word-1".toCharArray();
  private static final char[] NEW_PASSWORD = "pass-word-2".toCharArray();

  @TempDir Path temp;
  private AppContext context;
  private Session admin;
  private Session officer;
  private long officerId;

  @BeforeEach
  void setUp() {
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.users().createFirstAdmin("admin", "", PASSWORD);
    admin = context.authentication().signIn("admin", PASSWORD).session();
    officerId =
        context.users().create(admin, "officer", "王科员", Set.of(Role.OFFICER), PASSWORD).id();
    Session initial = context.authentication().signIn("officer", PASSWORD).session();
    context.users().changeOwnPassword(initial, PASSWORD, NEW_PASSWORD);
    officer = context.authentication().signIn("officer", NEW_PASSWORD).session();
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private void register(Session session, int n) {
    context
        .organizations()
        .register(
            session,
            new OrganizationDraft(
                "机构" + n, SyntheticCodes.uscc(n), "王", "城关镇", "1", Optional.empty()));
  }

  @Test
  void aSessionBuiltByHandIsRefusedAndLeavesNoTrace() {
    Session ghost = new Session(99, "ghost", "Ghost", Set.of(Role.OFFICER, Role.ADMIN), "guess");
    Session copy =
        new Session(officer.userId(), officer.username(), "", officer.roles(), "0".repeat(48));

    assertThat(keyOf(() -> register(ghost, 1))).isEqualTo("error.session.invalid");
    assertThat(keyOf(() -> register(copy, 1))).isEqualTo("error.session.invalid");
    assertThat(keyOf(() -> context.organizations().list(ghost, "")))
        .isEqualTo("error.session.invalid");
    assertThat(keyOf(() -> context.settings().all(ghost))).isEqualTo("error.session.invalid");
    assertThat(keyOf(() -> context.authentication().signOut(ghost)))
        .isEqualTo("error.session.invalid");

    assertThat(context.organizations().list(officer, "")).isEmpty();
    assertThat(context.audit().search(admin, AuditFilter.ALL))
        .noneMatch(e -> e.actor().equals("ghost"));
  }

  @Test
  void aDeactivatedUsersOpenSessionCannotWrite() {
    register(officer, 1);
    context.users().update(admin, officerId, 0, "王科员", Set.of(Role.OFFICER), false);

    assertThat(keyOf(() -> register(officer, 2))).isEqualTo("error.session.inactive");
    assertThat(keyOf(() -> context.authentication().signIn("officer", NEW_PASSWORD)))
        .isEqualTo("error.signIn.inactive");
  }

  @Test
  void aRemovedRoleTakesEffectOnTheNextWrite() {
    context.users().update(admin, officerId, 0, "王科员", Set.of(Role.AUDITOR), true);

    assertThat(keyOf(() -> register(officer, 1))).isEqualTo("error.permission.denied");
  }

  @Test
  void aSignedOutSessionIsRefused() {
    context.authentication().signOut(officer);

    assertThat(keyOf(() -> register(officer, 1))).isEqualTo("error.session.invalid");
    assertThat(keyOf(() -> context.organizations().list(officer, "")))
        .isEqualTo("error.session.invalid");
  }

  @Test
  void aPendingPasswordChangeAllowsOnlyChangingThePassword() {
    context.users().resetPassword(admin, officerId, PASSWORD);
    Session reset = context.authentication().signIn("officer", PASSWORD).session();

    assertThat(keyOf(() -> context.organizations().list(reset, "")))
        .isEqualTo("error.session.mustChangePassword");
    assertThat(keyOf(() -> register(reset, 1))).isEqualTo("error.session.mustChangePassword");

    context.users().changeOwnPassword(reset, PASSWORD, NEW_PASSWORD);
    register(reset, 1);
    assertThat(context.organizations().list(reset, "")).hasSize(1);
  }
}
