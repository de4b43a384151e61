package org.careeval.domain.user;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is signed in. Only sign-in creates a session that services accept: the token is a random
 * secret the issuing installation remembers, so a session built by hand is refused (ADR 0013).
 * {@link #can(Permission)} answers from the roles at sign-in, for showing or hiding actions;
 * services re-check the user and roles in the database before every change.
 */
public record Session(
    long userId, String username, String displayName, Set<Role> roles, String token) {

  public Session {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public boolean can(Permission permission) {
    return RolePermissions.allows(roles, permission);
  }

  /** Never prints the token (logs, error messages). */
  @Override
  public String toString() {
    return "Session[" + userId + ", " + username + ", " + roles + "]";
  }
}
