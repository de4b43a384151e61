package org.careeval.ui.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one way the window shows dates, times, counts and money (ADR 0020): dates as yyyy-MM-dd in
 * tables and fields, the long form (2025年1月1日) only in sentences, times as yyyy-MM-dd HH:mm:ss in
 * the county's zone, money with two decimals and thousands separators from a {@code BigDecimal},
 * never a float. Never {@code toString()}.
 */
public final class Formats {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Locale locale;
  private final ZoneId zone;
  private final DateTimeFormatter longDate;

  /**
   * @param zone the county's zone (times are shown as the county's local time, ADR 0012)
   */
  public Formats(Locale locale, ZoneId zone) {
    this.locale = locale;
    this.zone = zone;
    this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
  }

  /** A date in a table, a field or a file name: 2025-01-01. */
  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** A date inside a sentence: 2025年1月1日, or January 1, 2025 in English. */
  public String longDate(LocalDate date) {
    return longDate.format(date);
  }

  /** An amount of money: 1,234,567.80 (two decimals, rounded half-up). */
  public static String money(BigDecimal amount) {
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(amount);
  }

  /** A score as reports print it: two decimals, half up (no thousands separators). */
  public static String score(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** A file's size: 850 B, 12 KB, 3.4 MB (KB rounded up, so a small file never shows 0). */
  public static String bytes(long size) {
    if (size < 1024) {
      return size + " B";
    }
    if (size < 1024 * 1024) {
      return ((size + 1023) / 1024) + " KB";
    }
    return BigDecimal.valueOf(size)
            .divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP)
            .toPlainString()
        + " MB";
  }

  /** A moment as the county's local time, sortable: 2025-01-01 09:30:00. */
  public String timestamp(Instant instant) {
    return TIMESTAMP.format(instant.atZone(zone));
  }

  public String timestamp(OffsetDateTime value) {
    return timestamp(value.toInstant());
  }

  public String count(long value) {
    return NumberFormat.getIntegerInstance(locale).format(value);
  }

  /** A file size in KB or MB, with one decimal. */
  public String fileSize(long bytes) {
    NumberFormat number = NumberFormat.getNumberInstance(locale);
    number.setMaximumFractionDigits(1);
    return bytes < 1024 * 1024
        ? number.format(bytes / 1024.0) + " KB"
        : number.format(bytes / (1024.0 * 1024.0)) + " MB";
  }
}
