package org.careeval.domain.rubric;

import java.math.BigDecimal;
import java.util.Optional;
import org.careeval.domain.Decimals;

/** Points as people type them in a rubric: 18, 18.5, ２０ (full-width), at most 2 decimals. */
public final class Points {

  public static final int MAX_SCALE = 2;

  private Points() {}

  /** The number the text holds, or empty when it is not a plain decimal number. */
  public static Optional<BigDecimal> parse(String text) {
    return Decimals.parse(text);
  }

  /**
   * The value without trailing zeros (18.50 → 18.5, 20.00 → 20), so points compare equal however
   * they were stored or typed.
   */
  public static BigDecimal normalize(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** True when the value needs no more than {@link #MAX_SCALE} decimals (18.50 does not). */
  public static boolean fitsScale(BigDecimal value) {
    return value.stripTrailingZeros().scale() <= MAX_SCALE;
  }
}
