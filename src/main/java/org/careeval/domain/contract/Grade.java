package org.careeval.domain.contract;

import java.math.BigDecimal;

/**
 * The grade of a periodic evaluation (财预〔2020〕10号): 优 ≥ 90, 良 80 ≤ s < 90, 中 60 ≤ s < 80, 差 < 60,
 * half-open on the decimal score (89.99 is 良). Ordered from best to worst.
 */
public enum Grade {
  EXCELLENT("优", "90"),
  GOOD("良", "80"),
  FAIR("中", "60"),
  POOR("差", "0");

  private final String chinese;
  private final BigDecimal from;

  Grade(String chinese, String from) {
    this.chinese = chinese;
    this.from = new BigDecimal(from);
  }

  public String chinese() {
    return chinese;
  }

  public static Grade of(BigDecimal score) {
    for (Grade g : values()) {
      if (score.compareTo(g.from) >= 0) {
        return g;
      }
    }
    return POOR;
  }

  /** True when this grade is {@code minimum} or better. */
  public boolean atLeast(Grade minimum) {
    return ordinal() <= minimum.ordinal();
  }
}
