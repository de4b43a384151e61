package org.careeval.domain.user;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A person who may sign in. Users are deactivated, never deleted (the audit trail names them).
 *
 * @param version the row version read; an administrator's change from an older one is refused
 */
public record UserAccount(
    long id,
    String username,
    String displayName,
    Set<Role> roles,
    boolean active,
    boolean mustChangePassword,
    int failedSignIns,
    Optional<Instant> lockedUntil,
    int version) {

  public UserAccount {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil.map(now::isBefore).orElse(false);
  }
}
