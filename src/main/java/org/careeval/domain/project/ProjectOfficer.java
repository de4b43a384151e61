package org.careeval.domain.project;

/**
 * A user named by their account: the officer (经办人) responsible for a project, or the account an
 * expert of a panel scores with.
 */
public record ProjectOfficer(String username, String displayName) {

  /** As lists show it: 王科员（officer）, or the user name alone. */
  public String shown() {
    return displayName.isBlank() ? username : displayName + "（" + username + "）";
  }
}
