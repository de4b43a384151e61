package org.careeval.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.careeval.domain.system.DataDirectory;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.careeval.domain.user.UserAccount;
import org.careeval.service.security.PasswordHasher;

/** Real databases for service tests: real migrations, cheap password hashing. */
final class TestContexts {

  /** Argon2id with 1 MiB and one pass: the same code path, a hundredth of the cost. */
  static final PasswordHasher FAST_HASHER = new PasswordHasher(1024, 1);

  private TestContexts() {}

  /** The message key of the CareEvalException an action throws; fails if it throws none. */
  static String keyOf(Runnable action) {
    return org.careeval.Refusals.keyOf(action);
  }

  /**
   * Opens a data directory on H2, or — when the system property {@code careeval.test.postgres}
   * names a PostgreSQL server (CI sets it, see .ci/run) — on a new, empty PostgreSQL database.
   */
  static AppContext open(Path dataDir, Clock clock) {
    DataDirectory directory = new DataDirectory(dataDir);
    return TestPostgres.engineFor(dataDir)
        .map(engine -> AppContext.open(directory, engine, FAST_HASHER, clock))
        .orElseGet(() -> AppContext.open(directory, FAST_HASHER, clock));
  }

  /**
   * Creates a user who has already made the forced first password change, so that signing in with
   * {@code password} gives a session the services accept for everything the roles allow.
   */
  static UserAccount member(
      AppContext context,
      Session admin,
      String name,
      String displayName,
      Set<Role> roles,
      char[] password) {
    char[] initial = "initial-password-0".toCharArray();
    UserAccount created = context.users().create(admin, name, displayName, roles, initial);
    Session first = context.authentication().signIn(name, initial).session();
    context.users().changeOwnPassword(first, initial, password);
    context.authentication().signOut(first);
    return created;
  }

  /** Adds towns to the places table (the register and projects name only known places). */
  static void towns(AppContext context, Session admin, String... names) {
    for (String name : names) {
      context
          .places()
          .add(
              admin,
              new org.careeval.domain.place.PlaceDraft(
                  org.careeval.domain.place.PlaceKind.TOWN, name, "", ""));
    }
  }
}
