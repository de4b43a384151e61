package org.careeval.ui.common;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Locale-aware formatting of dates, times and numbers for display; never toString(). */
public final class Formats {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Locale locale;
  private final ZoneId zone;
  private final DateTimeFormatter dateTime;

  /**
   * @param zone the county's zone (times are shown as the county's local time, ADR 0012)
   */
  public Formats(Locale locale, ZoneId zone) {
    this.locale = locale;
    this.zone = zone;
    this.dateTime =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
  }

  /** A compact, sortable local time for dense tables such as the audit trail. */
  public String timestamp(Instant instant) {
    return TIMESTAMP.format(instant.atZone(zone));
  }

  public String dateTime(Instant instant) {
    return dateTime.format(instant);
  }

  public String dateTime(OffsetDateTime value) {
    return dateTime.format(value);
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
