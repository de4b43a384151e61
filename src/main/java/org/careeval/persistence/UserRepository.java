package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.USER_ACCOUNT;
import static org.careeval.persistence.jooq.Tables.USER_ROLE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.UserAccount;
import org.careeval.persistence.jooq.tables.records.UserAccountRecord;

/** User accounts and their roles. Accounts are never deleted. */
public final class UserRepository {

  /** The stored password hash of a user, for sign-in. */
  public record Credentials(UserAccount account, String passwordHash) {}

  public boolean anyExists(Transaction tx) {
    return tx.dsl().fetchExists(USER_ACCOUNT);
  }

  public long insert(
      Transaction tx, String username, String displayName, String passwordHash, Instant now) {
    OffsetDateTime at = at(now);
    return tx.dsl()
        .insertInto(USER_ACCOUNT)
        .set(USER_ACCOUNT.USERNAME, username)
        .set(USER_ACCOUNT.DISPLAY_NAME, displayName)
        .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
        .set(USER_ACCOUNT.ACTIVE, true)
        .set(USER_ACCOUNT.MUST_CHANGE_PASSWORD, false)
        .set(USER_ACCOUNT.FAILED_SIGN_INS, 0)
        .set(USER_ACCOUNT.CREATED_AT, at)
        .set(USER_ACCOUNT.UPDATED_AT, at)
        .returning(USER_ACCOUNT.ID)
        .fetchOne(USER_ACCOUNT.ID);
  }

  public void setRoles(Transaction tx, long userId, Set<Role> roles) {
    tx.dsl().deleteFrom(USER_ROLE).where(USER_ROLE.USER_ID.eq(userId)).execute();
    for (Role role : roles) {
      tx.dsl()
          .insertInto(USER_ROLE, USER_ROLE.USER_ID, USER_ROLE.ROLE)
          .values(userId, role.name())
          .execute();
    }
  }

  /**
   * Reads a user's credentials and locks the row until the transaction ends: a sign-in counts
   * failures by read-modify-write, and two attempts at once must not both count from the same
   * number (one failure lost means one extra guess before the lockout).
   */
  public Optional<Credentials> findCredentials(Transaction tx, String username) {
    return tx.dsl()
        .selectFrom(USER_ACCOUNT)
        .where(USER_ACCOUNT.USERNAME.eq(username))
        .forUpdate()
        .fetchOptional()
        .map(row -> new Credentials(toAccount(row, roles(tx, row.getId())), row.getPasswordHash()));
  }

  public Optional<UserAccount> find(Transaction tx, long userId) {
    return tx.dsl()
        .selectFrom(USER_ACCOUNT)
        .where(USER_ACCOUNT.ID.eq(userId))
        .fetchOptional()
        .map(row -> toAccount(row, roles(tx, row.getId())));
  }

  public boolean usernameTaken(Transaction tx, String username) {
    return tx.dsl().fetchExists(USER_ACCOUNT, USER_ACCOUNT.USERNAME.eq(username));
  }

  /** All users, by user name, with their roles (two queries, not one per user). */
  public List<UserAccount> findAll(Transaction tx) {
    Map<Long, Set<Role>> roles = new HashMap<>();
    for (var row : tx.dsl().selectFrom(USER_ROLE).fetch()) {
      roles
          .computeIfAbsent(row.getUserId(), id -> EnumSet.noneOf(Role.class))
          .add(Role.valueOf(row.getRole()));
    }
    return tx.dsl().selectFrom(USER_ACCOUNT).orderBy(USER_ACCOUNT.USERNAME).fetch().stream()
        .map(row -> toAccount(row, roles.getOrDefault(row.getId(), Set.of())))
        .toList();
  }

  public void recordFailedSignIn(
      Transaction tx, long userId, int failures, Optional<Instant> lockedUntil, Instant now) {
    tx.dsl()
        .update(USER_ACCOUNT)
        .set(USER_ACCOUNT.FAILED_SIGN_INS, failures)
        .set(USER_ACCOUNT.LOCKED_UNTIL, lockedUntil.map(UserRepository::at).orElse(null))
        .set(USER_ACCOUNT.UPDATED_AT, at(now))
        .where(USER_ACCOUNT.ID.eq(userId))
        .execute();
  }

  public void recordSuccessfulSignIn(Transaction tx, long userId, Instant now) {
    recordFailedSignIn(tx, userId, 0, Optional.empty(), now);
  }

  public void setPassword(
      Transaction tx, long userId, String passwordHash, boolean mustChange, Instant now) {
    tx.dsl()
        .update(USER_ACCOUNT)
        .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
        .set(USER_ACCOUNT.MUST_CHANGE_PASSWORD, mustChange)
        .set(USER_ACCOUNT.FAILED_SIGN_INS, 0)
        .setNull(USER_ACCOUNT.LOCKED_UNTIL)
        .set(USER_ACCOUNT.UPDATED_AT, at(now))
        .where(USER_ACCOUNT.ID.eq(userId))
        .execute();
  }

  /**
   * Changes a user read at {@code version} and increments the version.
   *
   * @return false when the row has changed since: nothing written
   */
  public boolean update(
      Transaction tx, long userId, int version, String displayName, boolean active, Instant now) {
    return tx.dsl()
            .update(USER_ACCOUNT)
            .set(USER_ACCOUNT.DISPLAY_NAME, displayName)
            .set(USER_ACCOUNT.ACTIVE, active)
            .set(USER_ACCOUNT.UPDATED_AT, at(now))
            .set(USER_ACCOUNT.ROW_VERSION, version + 1)
            .where(USER_ACCOUNT.ID.eq(userId))
            .and(USER_ACCOUNT.ROW_VERSION.eq(version))
            .execute()
        == 1;
  }

  private Set<Role> roles(Transaction tx, long userId) {
    return tx
        .dsl()
        .select(USER_ROLE.ROLE)
        .from(USER_ROLE)
        .where(USER_ROLE.USER_ID.eq(userId))
        .fetch(USER_ROLE.ROLE)
        .stream()
        .map(Role::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  private static UserAccount toAccount(UserAccountRecord row, Set<Role> roles) {
    return new UserAccount(
        row.getId(),
        row.getUsername(),
        row.getDisplayName(),
        roles,
        row.getActive(),
        row.getMustChangePassword(),
        row.getFailedSignIns(),
        Optional.ofNullable(row.getLockedUntil()).map(OffsetDateTime::toInstant),
        row.getRowVersion());
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
