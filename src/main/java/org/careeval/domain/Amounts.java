package org.careeval.domain;

import java.math.BigDecimal;
import java.util.Optional;

/** Money as people type it in forms and cells: 480000, 480,000.00, ４８００００元. */
public final class Amounts {

  private Amounts() {}

  /** The amount the text holds, thousands separators, spaces and 元 left out; empty if none. */
  public static Optional<BigDecimal> parse(String text) {
    return Decimals.parse(text.replaceAll("[,，\\s元]", ""));
  }
}
