package org.careeval.domain.user;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table of who may do what (docs/permissions.md shows the same table, and a test keeps them
 * equal). Services check it; the window only hides what a role cannot use.
 */
public final class RolePermissions {

  private static final Map<Role, Set<Permission>> TABLE = new EnumMap<>(Role.class);

  static {
    TABLE.put(
        Role.ADMIN,
        EnumSet.of(
            Permission.SYSTEM_INFO_READ,
            Permission.USER_MANAGE,
            Permission.SETTINGS_MANAGE,
            Permission.AUDIT_READ,
            Permission.AUDIT_VERIFY,
            Permission.AUDIT_EXPORT,
            Permission.PLACE_READ,
            Permission.PLACE_MANAGE,
            Permission.CATALOGUE_MANAGE));
    TABLE.put(
        Role.OFFICER,
        EnumSet.of(
            Permission.SYSTEM_INFO_READ,
            Permission.ORGANIZATION_READ,
            Permission.ORGANIZATION_EDIT,
            Permission.PLACE_READ,
            Permission.PROJECT_READ,
            Permission.PROJECT_EDIT,
            Permission.EXPERT_READ,
            Permission.EXPERT_MANAGE));
    TABLE.put(Role.EXPERT, EnumSet.of(Permission.ORGANIZATION_READ, Permission.PROJECT_SCORE));
    TABLE.put(
        Role.SUPERVISOR,
        EnumSet.of(
            Permission.SYSTEM_INFO_READ,
            Permission.ORGANIZATION_READ,
            Permission.USCC_CHECK_OVERRIDE,
            Permission.AUDIT_READ,
            Permission.AUDIT_EXPORT,
            Permission.PLACE_READ,
            Permission.PROJECT_READ,
            Permission.RUBRIC_CHANGE_LOCKED,
            Permission.RESULT_FINALIZE,
            Permission.AWARD_DECIDE,
            Permission.CONFLICT_DECIDE,
            Permission.PAYMENT_RELEASE,
            Permission.INDICATOR_TEMPLATE_EDIT,
            Permission.REPORT_UNLOCK,
            Permission.WARNING_REVIEW,
            Permission.EVALUATION_SIGN,
            Permission.EXPERT_READ));
    TABLE.put(
        Role.AUDITOR,
        EnumSet.of(
            Permission.SYSTEM_INFO_READ,
            Permission.ORGANIZATION_READ,
            Permission.AUDIT_READ,
            Permission.AUDIT_VERIFY,
            Permission.AUDIT_EXPORT,
            Permission.PLACE_READ,
            Permission.PROJECT_READ,
            Permission.EXPERT_READ));
  }

  private RolePermissions() {}

  public static Set<Permission> of(Role role) {
    return EnumSet.copyOf(TABLE.get(role));
  }

  public static boolean allows(Collection<Role> roles, Permission permission) {
    return roles.stream().anyMatch(role -> TABLE.get(role).contains(permission));
  }
}
