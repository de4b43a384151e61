package org.careeval.domain.project;

/**
 * A service type of the county's catalogue (domain rules 5.4), tagged material or service, and
 * protective, caring or developmental, for the balance view of step 10.
 */
public record ServiceCategory(
    long id, String name, boolean material, Purpose purpose, boolean active, int version) {

  public static final String NAME = "name";
  public static final int MAX_NAME = 50;

  /** What kind of need the service meets. */
  public enum Purpose {
    PROTECTIVE("project.purpose.protective"),
    CARING("project.purpose.caring"),
    DEVELOPMENTAL("project.purpose.developmental");

    private final String labelKey;

    Purpose(String labelKey) {
      this.labelKey = labelKey;
    }

    public String labelKey() {
      return labelKey;
    }
  }
}
