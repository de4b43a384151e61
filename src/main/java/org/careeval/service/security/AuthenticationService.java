package org.careeval.service.security;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.PasswordPolicy;
import org.careeval.domain.user.Session;
import org.careeval.domain.user.UserAccount;
import org.careeval.domain.user.Usernames;
import org.careeval.persistence.Database;
import org.careeval.persistence.Transaction;
import org.careeval.persistence.UserRepository;
import org.careeval.persistence.UserRepository.Credentials;
import org.careeval.service.SettingsService;
import org.careeval.service.audit.AuditTrail;

/**
 * Sign-in and sign-out. A failed attempt is counted and audited in its own committed transaction
 * before the error is raised; repeated failures lock the account for a while.
 */
public final class AuthenticationService {

  static final AuditEntity ENTITY = AuditEntity.USER;
  private static final int ACTOR_LENGTH = 200;
  private static final int UNKNOWN_NAMES_KEPT = 10_000;

  private final Database database;
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final AuditTrail audit;
  private final SettingsService settings;
  private final CountyClock clock;
  private final Sessions sessions;
  private final Map<String, UnknownName> unknownNames = new ConcurrentHashMap<>();

  public AuthenticationService(
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

  /** The outcome decided inside the transaction; errors are raised after it commits. */
  private sealed interface Outcome {}

  private record Success(SignInResult result) implements Outcome {}

  private record Failure(CareEvalException error) implements Outcome {}

  /**
   * @throws CareEvalException with a message for the user: wrong name or password (the same message
   *     for both), account locked (until when), account deactivated, or missing input
   */
  public SignInResult signIn(String username, char[] password) {
    String name = Usernames.normalize(username);
    if (name.isEmpty() || password.length == 0) {
      throw new CareEvalException("error.signIn.missing");
    }
    if (password.length > PasswordPolicy.MAXIMUM_LENGTH) {
      throw new CareEvalException("error.signIn.failed");
    }
    PasswordPolicy policy = settings.passwordPolicy();
    Outcome outcome = database.inTransaction(tx -> attempt(tx, name, password, policy));
    if (outcome instanceof Failure failure) {
      throw failure.error();
    }
    return ((Success) outcome).result();
  }

  private Outcome attempt(Transaction tx, String name, char[] password, PasswordPolicy policy) {
    Instant now = clock.instant();
    Optional<Credentials> found = users.findCredentials(tx, name);
    if (found.isEmpty()) {
      hasher.verifyNothing(password);
      return fail(tx, name, "-", "unknownUser", unknownUserFailure(name, policy, now));
    }
    UserAccount account = found.get().account();
    String id = Long.toString(account.id());
    if (account.isLockedAt(now)) {
      hasher.verifyNothing(password); // as slow as any other answer: timing tells nothing
      return fail(tx, name, id, "locked", locked(account.lockedUntil().orElseThrow()));
    }
    if (!hasher.verify(password, found.get().passwordHash())) {
      return wrongPassword(tx, account, policy, now);
    }
    if (!account.active()) {
      return fail(tx, name, id, "inactive", new CareEvalException("error.signIn.inactive"));
    }
    users.recordSuccessfulSignIn(tx, account.id(), now);
    audit.record(tx, name, AuditAction.SIGN_IN, ENTITY, id, Map.of(), Map.of());
    return new Success(new SignInResult(sessions.issue(account), account.mustChangePassword()));
  }

  private Outcome wrongPassword(
      Transaction tx, UserAccount account, PasswordPolicy policy, Instant now) {
    int failures = account.failedSignIns() + 1;
    Optional<Instant> lockedUntil =
        failures >= policy.maxFailedSignIns()
            ? Optional.of(now.plus(policy.lockout()))
            : Optional.empty();
    users.recordFailedSignIn(
        tx, account.id(), lockedUntil.isPresent() ? 0 : failures, lockedUntil, now);
    CareEvalException error =
        lockedUntil.map(this::locked).orElseGet(() -> new CareEvalException("error.signIn.failed"));
    return fail(tx, account.username(), Long.toString(account.id()), "wrongPassword", error);
  }

  /**
   * An unknown name is answered exactly like a real one, lockout included, so that neither the
   * message nor its timing tells which user names exist. Counted in memory; bounded.
   */
  private CareEvalException unknownUserFailure(String name, PasswordPolicy policy, Instant now) {
    if (unknownNames.size() > UNKNOWN_NAMES_KEPT) {
      unknownNames.clear();
    }
    UnknownName next =
        unknownNames.merge(
            name,
            new UnknownName(1, Optional.empty()),
            (old, one) ->
                old.lockedUntil().filter(now::isBefore).isPresent() ? old : old.plusOne());
    if (next.lockedUntil().filter(now::isBefore).isPresent()) {
      return locked(next.lockedUntil().get());
    }
    if (next.failures() >= policy.maxFailedSignIns()) {
      Instant until = now.plus(policy.lockout());
      unknownNames.put(name, new UnknownName(0, Optional.of(until)));
      return locked(until);
    }
    return new CareEvalException("error.signIn.failed");
  }

  /** Failed sign-ins under a name no account has. */
  private record UnknownName(int failures, Optional<Instant> lockedUntil) {
    UnknownName plusOne() {
      return new UnknownName(failures + 1, Optional.empty());
    }
  }

  private CareEvalException locked(Instant until) {
    return new CareEvalException("error.signIn.locked", Date.from(until));
  }

  private Failure fail(
      Transaction tx, String actor, String userId, String reason, CareEvalException error) {
    String shortActor = actor.length() > ACTOR_LENGTH ? actor.substring(0, ACTOR_LENGTH) : actor;
    audit.record(
        tx,
        shortActor,
        AuditAction.SIGN_IN_FAILED,
        ENTITY,
        userId,
        Map.of(),
        Map.of("reason", reason));
    return new Failure(error);
  }

  /** Ends the session: from now on no service accepts it. */
  public void signOut(Session session) {
    sessions.requireIssued(session);
    sessions.revoke(session);
    database.inTransaction(
        tx -> {
          audit.record(
              tx,
              session.username(),
              AuditAction.SIGN_OUT,
              ENTITY,
              Long.toString(session.userId()),
              Map.of(),
              Map.of());
          return null;
        });
  }
}
