package org.careeval.domain.organization;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The register list's filters; empty means "any". {@code text} matches part of the name (ignoring
 * punctuation, spaces and full-width forms) or of the code.
 */
public record RegisterQuery(
    String text,
    Optional<UsccCategory> category,
    RatingChoice rating,
    Optional<String> town,
    Status status,
    AlertChoice alerts) {

  /** Registered (在册), deregistered, or both. */
  public enum Status {
    ACTIVE,
    INACTIVE,
    ALL
  }

  /** Any organization, only those with some alert, or only those with one kind of alert. */
  public record AlertChoice(boolean onlyWithAlerts, Optional<OrganizationAlert> alert) {
    public static final AlertChoice ANY = new AlertChoice(false, Optional.empty());
    public static final AlertChoice SOME = new AlertChoice(true, Optional.empty());

    public static AlertChoice of(OrganizationAlert alert) {
      return new AlertChoice(true, Optional.of(alert));
    }

    boolean matches(RegisterEntry entry) {
      if (alert.isPresent()) {
        return entry.alerts().contains(alert.get());
      }
      return !onlyWithAlerts || !entry.alerts().isEmpty();
    }
  }

  /** Any rating, only organizations never rated, or one rating level. */
  public record RatingChoice(Optional<RatingLevel> level, boolean unratedOnly) {
    public static final RatingChoice ANY = new RatingChoice(Optional.empty(), false);
    public static final RatingChoice UNRATED = new RatingChoice(Optional.empty(), true);

    public static RatingChoice of(RatingLevel level) {
      return new RatingChoice(Optional.of(level), false);
    }

    boolean matches(Organization o) {
      if (unratedOnly) {
        return o.rating().isEmpty();
      }
      return level.map(r -> o.rating().filter(x -> x.level() == r).isPresent()).orElse(true);
    }
  }

  public static final RegisterQuery ALL_ACTIVE =
      new RegisterQuery(
          "", Optional.empty(), RatingChoice.ANY, Optional.empty(), Status.ACTIVE, AlertChoice.ANY);

  /** The filter as a test, with the typed text folded once rather than once per line. */
  public Predicate<RegisterEntry> predicate() {
    String name = OrganizationNames.key(text);
    String code = text.strip().toLowerCase(Locale.ROOT);
    return entry ->
        statusMatches(entry.organization())
            && otherFiltersMatch(entry)
            && (code.isEmpty()
                || entry.searchKey().contains(code)
                || (!name.isEmpty() && entry.searchKey().contains(name)));
  }

  private boolean otherFiltersMatch(RegisterEntry entry) {
    Organization o = entry.organization();
    return category.map(c -> o.code().category().filter(c::equals).isPresent()).orElse(true)
        && rating.matches(o)
        && town.map(entry.towns()::contains).orElse(true)
        && alerts.matches(entry);
  }

  private boolean statusMatches(Organization o) {
    return switch (status) {
      case ACTIVE -> o.active();
      case INACTIVE -> !o.active();
      case ALL -> true;
    };
  }
}
