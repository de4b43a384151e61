package org.careeval.domain.organization;

import java.util.Optional;

/** 社会组织评估等级 (民政部令第39号 Art 26), high to low. Never computed from a score. */
public enum RatingLevel {
  A5("5A"),
  A4("4A"),
  A3("3A"),
  A2("2A"),
  A1("1A");

  private final String label;

  RatingLevel(String label) {
    this.label = label;
  }

  /** 5A, 4A … as written on the certificate. */
  public String label() {
    return label;
  }

  /** 3A and above may be given priority in government purchase of services (domain rules 4). */
  public boolean isAtLeast3A() {
    return ordinal() <= A3.ordinal();
  }

  /** Parses "5A" … "1A" (full-width and lower case accepted). */
  public static Optional<RatingLevel> parse(String text) {
    String normalized = Uscc.normalize(text);
    for (RatingLevel level : values()) {
      if (level.label.equals(normalized)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
