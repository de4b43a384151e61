package org.careeval.domain.user;

import java.util.EnumSet;
import java.util.Set;
import org.careeval.domain.CareEvalException;

/**
 * Who is signed in. Every service method that reads or changes data takes the session and checks it
 * with {@link #require(Permission)}.
 */
public record Session(long userId, String username, String displayName, Set<Role> roles) {

  public Session {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public boolean can(Permission permission) {
    return RolePermissions.allows(roles, permission);
  }

  /**
   * @throws CareEvalException ({@code error.permission.denied}) if no role of this user allows it
   */
  public void require(Permission permission) {
    if (!can(permission)) {
      throw new CareEvalException("error.permission.denied", permission.label());
    }
  }
}
