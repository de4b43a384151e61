package org.careeval.domain.project;

/** A user who may be named responsible for a project: an active officer (经办人). */
public record ProjectOfficer(String username, String displayName) {

  /** As lists show it: 王科员（officer）, or the user name alone. */
  public String shown() {
    return displayName.isBlank() ? username : displayName + "（" + username + "）";
  }
}
