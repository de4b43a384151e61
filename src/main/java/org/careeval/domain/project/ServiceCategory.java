package org.careeval.domain.project;

/**
 * A service type of the county's catalogue (domain rules 5.4), tagged material or service, and
 * protective, caring or developmental, for the balance view of step 10.
 */
public record ServiceCategory(
    long id, String name, boolean material, Purpose purpose, boolean active) {

  /** What kind of need the service meets. */
  public enum Purpose {
    PROTECTIVE,
    CARING,
    DEVELOPMENTAL
  }
}
