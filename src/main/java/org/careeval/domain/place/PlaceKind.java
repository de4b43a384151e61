package org.careeval.domain.place;

/** A town (乡镇/街道) or a village (村/社区) under a town. */
public enum PlaceKind {
  TOWN("place.kind.town"),
  VILLAGE("place.kind.village");

  private final String labelKey;

  PlaceKind(String labelKey) {
    this.labelKey = labelKey;
  }

  public String labelKey() {
    return labelKey;
  }
}
