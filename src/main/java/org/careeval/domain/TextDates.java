package org.careeval.domain;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date typed as text the ways Chinese offices write them: 2021-06-15, 2021/6/15, 2021.6.15,
 * 2021年6月15日 and 20210615, with full-width digits accepted.
 */
public final class TextDates {

  private static final Pattern SEPARATED =
      Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

  private TextDates() {}

  /** The date, or empty if the text is not one of the accepted forms or not a real day. */
  public static Optional<LocalDate> parse(String text) {
    String halfWidth = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
    Matcher m = SEPARATED.matcher(halfWidth);
    if (!m.matches()) {
      m = COMPACT.matcher(halfWidth);
      if (!m.matches()) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
