package org.careeval.domain.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * The one clock of the application: instants come from a base clock (stored in UTC), calendar dates
 * are the county's local dates in the county's time zone (the setting {@code county.timeZone}, ADR
 * 0012). Services, the window and the CLI all ask it for {@link #today()}.
 */
public final class CountyClock {

  /** Used when the system zone is missing or says nothing about the county (UTC on servers). */
  public static final ZoneId FALLBACK_ZONE = ZoneId.of("Asia/Shanghai");

  private static final Set<String> UNINFORMATIVE =
      Set.of("UTC", "GMT", "Z", "Etc/UTC", "Etc/GMT", "Etc/UCT", "UCT", "Universal", "Zulu");

  private final Clock base;
  private volatile ZoneId zone;

  public CountyClock(Clock base, ZoneId zone) {
    this.base = Objects.requireNonNull(base);
    this.zone = Objects.requireNonNull(zone);
  }

  /** A clock on the system's time in the default county zone. */
  public static CountyClock system() {
    return new CountyClock(Clock.systemUTC(), defaultZone());
  }

  /**
   * The system zone when it names a place; otherwise (UTC, GMT, unset) Asia/Shanghai, since a
   * county office PC set to UTC is a misconfiguration, not a county in the Atlantic.
   */
  public static ZoneId defaultZone() {
    return informative(ZoneId.systemDefault()) ? ZoneId.systemDefault() : FALLBACK_ZONE;
  }

  static boolean informative(ZoneId zone) {
    String id = zone.normalized().getId();
    return !UNINFORMATIVE.contains(zone.getId()) && !UNINFORMATIVE.contains(id);
  }

  public Instant instant() {
    return base.instant();
  }

  /** Today's date in the county. */
  public LocalDate today() {
    return LocalDate.ofInstant(base.instant(), zone);
  }

  public ZonedDateTime now() {
    return ZonedDateTime.ofInstant(base.instant(), zone);
  }

  public ZoneId zone() {
    return zone;
  }

  /** Follows a change of the county's time zone setting from the next call on. */
  public void changeZone(ZoneId newZone) {
    this.zone = Objects.requireNonNull(newZone);
  }
}
