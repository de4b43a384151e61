package org.careeval.ui.common;

import java.util.Optional;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;

/**
 * The areas of the main window's navigation, in display order, each with the permission it needs.
 * An area is listed here only once it is built: unfinished areas are not shown as empty shells, and
 * a user sees only the areas their roles allow.
 */
public enum NavigationArea {
  OVERVIEW("nav.overview", null),
  REGISTRY("nav.registry", Permission.ORGANIZATION_READ),
  USERS("nav.users", Permission.USER_MANAGE),
  AUDIT("nav.audit", Permission.AUDIT_READ),
  SETTINGS("nav.settings", Permission.SETTINGS_MANAGE),
  ADMINISTRATION("nav.administration", Permission.SYSTEM_INFO_READ);

  private final String labelKey;
  private final Permission permission;

  NavigationArea(String labelKey, Permission permission) {
    this.labelKey = labelKey;
    this.permission = permission;
  }

  public String labelKey() {
    return labelKey;
  }

  public Optional<Permission> permission() {
    return Optional.ofNullable(permission);
  }

  public boolean visibleTo(Session session) {
    return permission().map(session::can).orElse(true);
  }
}
