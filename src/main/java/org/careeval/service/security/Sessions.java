package org.careeval.service.security;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.RolePermissions;
import org.careeval.domain.user.Session;
import org.careeval.domain.user.UserAccount;
import org.careeval.persistence.Database;
import org.careeval.persistence.Transaction;
import org.careeval.persistence.UserRepository;

/**
 * The sessions this installation issued, and the checks every service method makes (ADR 0013).
 * Reads check in memory: issued here, not signed out, password not pending a forced change, role
 * allows. Writes additionally re-read the user inside the write's own transaction: a user
 * deactivated or stripped of a role a second ago cannot write any more.
 */
public final class Sessions {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** What the installation remembers of an issued session. */
  private record Issued(long userId, boolean mustChangePassword) {}

  private final Database database;
  private final UserRepository users;
  private final Map<String, Issued> issued = new ConcurrentHashMap<>();

  public Sessions(Database database, UserRepository users) {
    this.database = database;
    this.users = users;
  }

  /** Only {@link AuthenticationService} issues sessions, after checking the password. */
  Session issue(UserAccount account) {
    byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    String token = HexFormat.of().formatHex(secret);
    issued.put(token, new Issued(account.id(), account.mustChangePassword()));
    return new Session(
        account.id(), account.username(), account.displayName(), account.roles(), token);
  }

  void revoke(Session session) {
    issued.remove(session.token());
  }

  void passwordChanged(Session session) {
    issued.computeIfPresent(session.token(), (t, i) -> new Issued(i.userId(), false));
  }

  /**
   * Checks that the session was issued here and not signed out; a forced password change still
   * pending is allowed only for changing the password.
   *
   * @throws CareEvalException {@code error.session.invalid} for a forged or ended session
   */
  void requireIssued(Session session) {
    issuedFor(session);
  }

  private Issued issuedFor(Session session) {
    Issued known = session.token() == null ? null : issued.get(session.token());
    if (known == null || known.userId() != session.userId()) {
      throw new CareEvalException("error.session.invalid");
    }
    return known;
  }

  /**
   * The check for reads: an issued session, no pending forced password change, and a role that
   * allows it.
   *
   * @throws CareEvalException {@code error.session.invalid}, {@code
   *     error.session.mustChangePassword} or {@code error.permission.denied}
   */
  public void require(Session session, Permission permission) {
    if (issuedFor(session).mustChangePassword()) {
      throw new CareEvalException("error.session.mustChangePassword");
    }
    if (!session.can(permission)) {
      throw new CareEvalException("error.permission.denied", permission.label());
    }
  }

  /**
   * Runs a change in one transaction after checking, inside it, that the user still exists, is
   * active and has a role that allows it (the roles in the database, not those at sign-in).
   */
  public <T> T write(Session session, Permission permission, Function<Transaction, T> work) {
    require(session, permission);
    return database.inTransaction(
        tx -> {
          requireCurrent(tx, session, permission);
          return work.apply(tx);
        });
  }

  /** The in-transaction re-check of {@link #write}, for services that open their own. */
  public void requireCurrent(Transaction tx, Session session, Permission permission) {
    UserAccount user = users.find(tx, session.userId()).orElseThrow(this::invalid);
    if (!user.active()) {
      throw new CareEvalException("error.session.inactive", user.username());
    }
    if (!RolePermissions.allows(user.roles(), permission)) {
      throw new CareEvalException("error.permission.denied", permission.label());
    }
  }

  private CareEvalException invalid() {
    return new CareEvalException("error.session.invalid");
  }
}
