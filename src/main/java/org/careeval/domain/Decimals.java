package org.careeval.domain;

import java.math.BigDecimal;
import java.util.Optional;

/** Decimal numbers as people type them: 18, 18.5, ２０ (full-width, from a Chinese input method). */
public final class Decimals {

  private static final java.util.regex.Pattern PLAIN =
      java.util.regex.Pattern.compile("-?\\d{1,13}(\\.\\d+)?");

  private Decimals() {}

  /** The number the text holds, or empty when it is not a plain decimal number. */
  public static Optional<BigDecimal> parse(String text) {
    StringBuilder ascii = new StringBuilder(text.length());
    for (char c : text.strip().toCharArray()) {
      // full-width digits and point (０–９, ．) as typed with a Chinese input method
      ascii.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c);
    }
    String plain = ascii.toString();
    if (!PLAIN.matcher(plain).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(plain));
  }
}
