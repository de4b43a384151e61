package org.careeval.domain.organization;

import java.util.List;
import java.util.Locale;

/**
 * One line of the register list: the organization, its alerts today and the towns it serves.
 *
 * @param searchKey the folded name and code, worked out once so filtering 20,000 lines per
 *     keystroke is a plain substring test
 */
public record RegisterEntry(
    Organization organization,
    List<OrganizationAlert> alerts,
    List<String> towns,
    String searchKey) {

  public static RegisterEntry of(
      Organization organization, List<OrganizationAlert> alerts, List<String> towns) {
    String key =
        OrganizationNames.key(organization.name())
            + "\n"
            + organization.code().value().toLowerCase(Locale.ROOT);
    return new RegisterEntry(organization, List.copyOf(alerts), List.copyOf(towns), key);
  }
}
