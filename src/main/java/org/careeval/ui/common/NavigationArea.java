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
  OVERVIEW("nav.overview", null, "mdi2v-view-dashboard-outline"),
  REGISTRY("nav.registry", Permission.ORGANIZATION_READ, "mdi2o-office-building-outline"),
  PROJECTS("nav.projects", Permission.PROJECT_READ, "mdi2c-clipboard-text-outline"),
  PLACES("nav.places", Permission.PLACE_READ, "mdi2m-map-marker-outline"),
  CATEGORIES("nav.categories", Permission.CATALOGUE_MANAGE, "mdi2s-shape-outline"),
  USERS("nav.users", Permission.USER_MANAGE, "mdi2a-account-multiple-outline"),
  AUDIT("nav.audit", Permission.AUDIT_READ, "mdi2h-history"),
  SETTINGS("nav.settings", Permission.SETTINGS_MANAGE, "mdi2c-cog-outline"),
  ADMINISTRATION("nav.administration", Permission.SYSTEM_INFO_READ, "mdi2t-tools");

  private final String labelKey;
  private final Permission permission;
  private final String icon;

  NavigationArea(String labelKey, Permission permission, String icon) {
    this.labelKey = labelKey;
    this.permission = permission;
    this.icon = icon;
  }

  /** The area's icon, as an Ikonli Material Design literal (ADR 0020). */
  public String icon() {
    return icon;
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
