package org.careeval.domain.user;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.careeval.domain.CareEvalException;

/**
 * User names: trimmed, full-width letters folded (Ｚｈａｎｇ → zhang), lower case, 2–32 of letters (any
 * script, so 张三 works), digits, dot, underscore and hyphen.
 */
public final class Usernames {

  public static final int MAXIMUM_LENGTH = 32;
  private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}._-]{2,32}");

  private Usernames() {}

  public static String normalize(String input) {
    return Normalizer.normalize(input == null ? "" : input, Normalizer.Form.NFKC)
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  /**
   * @throws CareEvalException if the normalized name is not allowed
   */
  public static String validate(String input) {
    String name = normalize(input);
    if (!ALLOWED.matcher(name).matches()) {
      throw new CareEvalException("error.username.invalid", MAXIMUM_LENGTH);
    }
    return name;
  }
}
