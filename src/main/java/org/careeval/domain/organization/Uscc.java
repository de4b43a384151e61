package org.careeval.domain.organization;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Unified Social Credit Code (统一社会信用代码, GB 32100-2015) and its check (domain rules 1, worked
 * examples 6.1).
 */
public final class Uscc {

  /** The 31 characters of GB 32100, in value order: no I, O, S, V, Z. */
  static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int LENGTH = 18;
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final int[] INNER_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private Uscc() {}

  /** Why a code was rejected: a message key and its arguments. */
  public record Rejection(String messageKey, List<Object> arguments) {}

  /**
   * The outcome of checking one input.
   *
   * @param category positions 1–2, when they are a known combination (an unknown one is only a
   *     warning)
   * @param innerCheckOk whether positions 9–17 pass GB 11714 (a warning only, domain rules 1.5)
   */
  public record Check(
      String normalized,
      Optional<Rejection> rejection,
      Optional<UsccCategory> category,
      boolean innerCheckOk) {

    public boolean valid() {
      return rejection.isEmpty();
    }
  }

  /** Trims, turns full-width characters into half-width ones and upper-cases (rule 1.6.1). */
  public static String normalize(String input) {
    String text = input == null ? "" : input;
    return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
  }

  /** Checks an input as typed or imported (rules 1.6.1–1.6.2 and 1.6.4). */
  public static Check check(String input) {
    String code = normalize(input);
    Optional<Rejection> rejection = reject(code);
    Optional<UsccCategory> category =
        code.length() >= 2 ? UsccCategory.of(code.substring(0, 2)) : Optional.empty();
    boolean innerOk = rejection.isEmpty() && innerCheckOk(code);
    return new Check(code, rejection, category, innerOk);
  }

  private static Optional<Rejection> reject(String code) {
    if (code.length() != LENGTH) {
      return Optional.of(new Rejection("uscc.reason.length", List.of(code.length())));
    }
    for (int i = 0; i < LENGTH; i++) {
      if (CHARSET.indexOf(code.charAt(i)) < 0) {
        return Optional.of(
            new Rejection("uscc.reason.character", List.of(i + 1, String.valueOf(code.charAt(i)))));
      }
    }
    for (int i = 2; i < 8; i++) {
      if (!Character.isDigit(code.charAt(i))) {
        return Optional.of(new Rejection("uscc.reason.regionDigits", List.of(i + 1)));
      }
    }
    char expected = checkCharacter(code.substring(0, LENGTH - 1));
    if (code.charAt(LENGTH - 1) != expected) {
      return Optional.of(
          new Rejection(
              "uscc.reason.checkCharacter",
              List.of(String.valueOf(expected), String.valueOf(code.charAt(LENGTH - 1)))));
    }
    return Optional.empty();
  }

  /** The check character for the first 17 characters (rule 1.4: MOD 31, 31 → 0). */
  static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return CHARSET.charAt((31 - sum % 31) % 31);
  }

  /** GB 11714 check of positions 9–17 (rule 1.5: MOD 11; 10 → X, 11 → 0). */
  static boolean innerCheckOk(String code) {
    String body = code.substring(8, 16);
    int sum = 0;
    for (int i = 0; i < INNER_WEIGHTS.length; i++) {
      sum += Character.digit(body.charAt(i), 36) * INNER_WEIGHTS[i];
    }
    int value = 11 - sum % 11;
    char expected = value == 10 ? 'X' : value == 11 ? '0' : (char) ('0' + value);
    return code.charAt(16) == expected;
  }
}
