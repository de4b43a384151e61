package org.careeval.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Free text typed by a person or read from a cell (names, addresses, notes). Invisible characters
 * must not make a value that looks empty, or two values that look equal, differ; control characters
 * and direction overrides must not reach a terminal or a printed report (issue 9, section 11).
 */
public final class FreeText {

  /** Zero-width spaces and joiners, word joiner, byte-order mark: invisible, dropped. */
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");

  /** Tabs and line breaks (an Excel cell with Alt+Enter) and every other kind of space. */
  private static final Pattern SPACES = Pattern.compile("[\\t\\r\\n\\p{Zs}\\u2028\\u2029]");

  /** Embeddings, overrides and isolates that reorder what is shown ("Trojan Source"). */
  private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

  private FreeText() {}

  /** Drops invisible characters, turns every kind of space into a plain one, strips the ends. */
  public static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String visible = INVISIBLE.matcher(raw).replaceAll("");
    return SPACES.matcher(visible).replaceAll(" ").strip();
  }

  /**
   * Checks a cleaned value.
   *
   * @param field the field's stable key, for the problem
   * @param labelKey the message key of the field's label, for the reason
   */
  public static Optional<Problem> check(
      String field, String labelKey, String cleaned, int maxLength, boolean required) {
    LocalizedText label = new LocalizedText(labelKey);
    if (cleaned.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
      return problem(field, "error.text.control", label);
    }
    if (BIDI_CONTROLS.matcher(cleaned).find()) {
      return problem(field, "error.text.bidi", label);
    }
    if (required && cleaned.isEmpty()) {
      return problem(field, "error.text.required", label);
    }
    if (cleaned.length() > maxLength) {
      return problem(field, "error.text.tooLong", label, maxLength, cleaned.length());
    }
    return Optional.empty();
  }

  /**
   * A required line typed in a dialog (a reason, a note): cleaned, or refused with the first
   * problem.
   */
  public static String required(String field, String labelKey, String typed, int maxLength) {
    String cleaned = clean(typed);
    check(field, labelKey, cleaned, maxLength, true)
        .ifPresent(p -> Problem.refuseFirst(java.util.List.of(p)));
    return cleaned;
  }

  private static Optional<Problem> problem(String field, String key, Object... arguments) {
    return Optional.of(new Problem(field, new LocalizedText(key, arguments)));
  }
}
