package org.careeval.ui.organization;

import java.util.Optional;
import org.careeval.domain.organization.OrganizationAlert;

/**
 * What another screen asked the register to show next (the overview's "3 organizations with an
 * expired rating"): taken once, when the register is shown.
 */
public final class RegisterRequest {

  private OrganizationAlert alert;

  /** The register is to show only the organizations with this alert. */
  public void ask(OrganizationAlert alert) {
    this.alert = alert;
  }

  Optional<OrganizationAlert> take() {
    Optional<OrganizationAlert> asked = Optional.ofNullable(alert);
    alert = null;
    return asked;
  }
}
