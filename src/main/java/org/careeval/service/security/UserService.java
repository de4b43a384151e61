package org.careeval.service.security;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.careeval.domain.user.UserAccount;
import org.careeval.domain.user.Usernames;
import org.careeval.persistence.Database;
import org.careeval.persistence.Transaction;
import org.careeval.persistence.UserRepository;
import org.careeval.service.SettingsService;
import org.careeval.service.audit.AuditTrail;

/** The first administrator, user administration and changing one's own password. */
public final class UserService {

  private static final int DISPLAY_NAME_LENGTH = 100;

  private final Database database;
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final AuditTrail audit;
  private final SettingsService settings;
  private final CountyClock clock;
  private final Sessions sessions;

  public UserService(
      Database database,
      UserRepository users,
      PasswordHasher hasher,
      AuditTrail audit,
      SettingsService settings,
      CountyClock clock,
      Sessions sessions) {
    this.sessions = sessions;
    this.database = database;
    this.users = users;
    this.hasher = hasher;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  /** True once the first administrator exists. */
  public boolean isSetUp() {
    return database.read(users::anyExists);
  }

  /** Creates the first administrator of a new data directory; refused once any user exists. */
  public UserAccount createFirstAdmin(String username, String displayName, char[] password) {
    String name = Usernames.validate(username);
    String shown = displayName(displayName, name);
    settings.passwordPolicy().check(password);
    String hash = hasher.hash(password);
    return database.inTransaction(
        tx -> {
          if (users.anyExists(tx)) {
            throw new CareEvalException("error.setup.alreadyDone");
          }
          UserAccount created = insert(tx, name, shown, hash, Set.of(Role.ADMIN), false);
          recordUser(tx, name, AuditAction.CREATE, created.id(), Map.of(), describe(created));
          return created;
        });
  }

  public List<UserAccount> list(Session session) {
    sessions.require(session, Permission.USER_MANAGE);
    return database.read(users::findAll);
  }

  /** Creates a user with an initial password that must be changed at the first sign-in. */
  public UserAccount create(
      Session session, String username, String displayName, Set<Role> roles, char[] password) {
    sessions.require(session, Permission.USER_MANAGE);
    String name = Usernames.validate(username);
    String shown = displayName(displayName, name);
    settings.passwordPolicy().check(password);
    String hash = hasher.hash(password);
    return sessions.write(
        session,
        Permission.USER_MANAGE,
        tx -> {
          if (users.usernameTaken(tx, name)) {
            throw new CareEvalException("error.username.taken", name);
          }
          UserAccount created = insert(tx, name, shown, hash, roles, true);
          recordUser(
              tx,
              session.username(),
              AuditAction.CREATE,
              created.id(),
              Map.of(),
              describe(created));
          return created;
        });
  }

  /**
   * Changes name, roles and active state; an admin cannot lock themself out.
   *
   * @param version the version the form was loaded with; a change since then is refused
   */
  public UserAccount update(
      Session session,
      long userId,
      int version,
      String displayName,
      Set<Role> roles,
      boolean active) {
    sessions.require(session, Permission.USER_MANAGE);
    if (userId == session.userId() && (!active || !roles.contains(Role.ADMIN))) {
      throw new CareEvalException("error.user.selfLockout");
    }
    return sessions.write(
        session,
        Permission.USER_MANAGE,
        tx -> {
          UserAccount before = get(tx, userId);
          Instant now = clock.instant();
          if (!users.update(
              tx, userId, version, displayName(displayName, before.username()), active, now)) {
            throw new CareEvalException("error.conflict.user", before.username());
          }
          users.setRoles(tx, userId, roles);
          UserAccount after = get(tx, userId);
          recordUser(
              tx,
              session.username(),
              AuditAction.UPDATE,
              userId,
              describe(before),
              describe(after));
          return after;
        });
  }

  /** Sets a new password chosen by the admin; the user must change it at the next sign-in. */
  public void resetPassword(Session session, long userId, char[] newPassword) {
    sessions.require(session, Permission.USER_MANAGE);
    settings.passwordPolicy().check(newPassword);
    String hash = hasher.hash(newPassword);
    sessions.write(
        session,
        Permission.USER_MANAGE,
        tx -> {
          UserAccount before = get(tx, userId);
          users.setPassword(tx, userId, hash, true, clock.instant());
          // the password itself never enters the trail; that it was set, and by whom, does
          recordUser(
              tx,
              session.username(),
              AuditAction.UPDATE,
              userId,
              Map.of("mustChangePassword", before.mustChangePassword()),
              Map.of("password", "reset", "mustChangePassword", true));
          return null;
        });
  }

  /** Any signed-in user may change their own password, knowing the current one. */
  public void changeOwnPassword(Session session, char[] currentPassword, char[] newPassword) {
    sessions.requireIssued(session);
    settings.passwordPolicy().check(newPassword);
    if (java.util.Arrays.equals(currentPassword, newPassword)) {
      throw new CareEvalException("error.password.unchanged");
    }
    String hash = hasher.hash(newPassword);
    database.inTransaction(
        tx -> {
          var credentials =
              users
                  .findCredentials(tx, session.username())
                  .orElseThrow(
                      () -> new CareEvalException("error.user.notFound", session.userId()));
          if (!hasher.verify(currentPassword, credentials.passwordHash())) {
            throw new CareEvalException("error.password.currentWrong");
          }
          users.setPassword(tx, session.userId(), hash, false, clock.instant());
          recordUser(
              tx,
              session.username(),
              AuditAction.UPDATE,
              session.userId(),
              Map.of("mustChangePassword", credentials.account().mustChangePassword()),
              Map.of("password", "changed", "mustChangePassword", false));
          return null;
        });
    sessions.passwordChanged(session);
  }

  private void recordUser(
      Transaction tx,
      String actor,
      AuditAction action,
      long userId,
      Map<String, ?> before,
      Map<String, ?> after) {
    audit.record(
        tx, actor, action, AuthenticationService.ENTITY, Long.toString(userId), before, after);
  }

  private UserAccount insert(
      Transaction tx, String name, String shown, String hash, Set<Role> roles, boolean mustChange) {
    Instant now = clock.instant();
    long id = users.insert(tx, name, shown, hash, now);
    users.setRoles(tx, id, roles);
    if (mustChange) {
      users.setPassword(tx, id, hash, true, now);
    }
    return get(tx, id);
  }

  private UserAccount get(Transaction tx, long userId) {
    return users
        .find(tx, userId)
        .orElseThrow(() -> new CareEvalException("error.user.notFound", userId));
  }

  private static String displayName(String displayName, String fallback) {
    String shown = displayName == null || displayName.isBlank() ? fallback : displayName.strip();
    if (shown.length() > DISPLAY_NAME_LENGTH) {
      throw new CareEvalException("error.user.displayNameTooLong", DISPLAY_NAME_LENGTH);
    }
    return shown;
  }

  /** What the audit trail records of a user: never the password hash. */
  private static Map<String, Object> describe(UserAccount user) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("username", user.username());
    values.put("displayName", user.displayName());
    values.put("roles", user.roles().stream().map(Role::name).sorted().toList());
    values.put("active", user.active());
    return values;
  }
}
