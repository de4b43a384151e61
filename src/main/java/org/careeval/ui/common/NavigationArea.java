package org.careeval.ui.common;

import java.util.List;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;

/**
 * The areas of the main window's navigation, in display order, each with the permission it needs.
 * An area is listed here only once it is built: unfinished areas are not shown as empty shells, and
 * a user sees only the areas their roles allow.
 */
public enum NavigationArea {
  OVERVIEW("nav.overview", "mdi2v-view-dashboard-outline"),
  REGISTRY("nav.registry", "mdi2o-office-building-outline", Permission.ORGANIZATION_READ),
  PROJECTS("nav.projects", "mdi2c-clipboard-text-outline", Permission.PROJECT_READ),
  /** Bids, panel, scoring and the score check: officers and readers, and experts on a panel. */
  EVALUATION(
      "nav.evaluation", "mdi2s-scale-balance", Permission.PROJECT_READ, Permission.PROJECT_SCORE),
  EXPERTS("nav.experts", "mdi2a-account-tie-outline", Permission.EXPERT_READ),
  CONTRACTS("nav.contracts", "mdi2f-file-sign", Permission.PROJECT_READ),
  DELIVERY("nav.delivery", "mdi2c-clipboard-check-outline", Permission.PROJECT_READ),
  RECORDS("nav.records", "mdi2c-chart-donut", Permission.PROJECT_READ),
  WARNINGS("nav.warnings", "mdi2a-alert-outline", Permission.PROJECT_READ),
  PERFORMANCE("nav.performance", "mdi2s-star-check-outline", Permission.PROJECT_READ),
  PLACES("nav.places", "mdi2m-map-marker-outline", Permission.PLACE_READ),
  CATEGORIES("nav.categories", "mdi2s-shape-outline", Permission.CATALOGUE_MANAGE),
  USERS("nav.users", "mdi2a-account-multiple-outline", Permission.USER_MANAGE),
  AUDIT("nav.audit", "mdi2h-history", Permission.AUDIT_READ),
  SETTINGS("nav.settings", "mdi2c-cog-outline", Permission.SETTINGS_MANAGE),
  ADMINISTRATION("nav.administration", "mdi2t-tools", Permission.SYSTEM_INFO_READ);

  private final String labelKey;
  private final List<Permission> anyOf;
  private final String icon;

  /** With no permission the area is everyone's; with several, any one of them opens it. */
  NavigationArea(String labelKey, String icon, Permission... anyOf) {
    this.labelKey = labelKey;
    this.anyOf = List.of(anyOf);
    this.icon = icon;
  }

  /** The area's icon, as an Ikonli Material Design literal (ADR 0020). */
  public String icon() {
    return icon;
  }

  public String labelKey() {
    return labelKey;
  }

  public boolean visibleTo(Session session) {
    return anyOf.isEmpty() || anyOf.stream().anyMatch(session::can);
  }
}
