package org.careeval.domain.delivery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period of a contract: a calendar quarter, written {@code 2026Q1} as scripts and
 * sheets read it. Contracts report by quarter (issue 14: "quarters by default").
 */
public record Period(int year, int quarter) implements Comparable<Period> {

  private static final Pattern CODE = Pattern.compile("(\\d{4})[Qq]([1-4])");

  public Period {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter " + quarter);
    }
  }

  /** The period a code such as {@code 2026Q1} names, or empty. */
  public static Optional<Period> parse(String code) {
    Matcher m = CODE.matcher(code.strip());
    return m.matches()
        ? Optional.of(new Period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
        : Optional.empty();
  }

  /** The quarter a day falls in. */
  public static Period of(LocalDate day) {
    return new Period(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  /** The quarters a term touches, in order. */
  public static List<Period> covering(LocalDate start, LocalDate end) {
    List<Period> periods = new ArrayList<>();
    for (Period p = of(start); !p.start().isAfter(end); p = p.next()) {
      periods.add(p);
    }
    return periods;
  }

  public String code() {
    return year + "Q" + quarter;
  }

  /** As the county writes it: 2026年第1季度. */
  public String chinese() {
    return year + "年第" + quarter + "季度";
  }

  public LocalDate start() {
    return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
  }

  public LocalDate end() {
    return start().plusMonths(3).minusDays(1);
  }

  public Period next() {
    return quarter == 4 ? new Period(year + 1, 1) : new Period(year, quarter + 1);
  }

  public Period previous() {
    return quarter == 1 ? new Period(year - 1, 4) : new Period(year, quarter - 1);
  }

  @Override
  public int compareTo(Period other) {
    return year != other.year
        ? Integer.compare(year, other.year)
        : Integer.compare(quarter, other.quarter);
  }

  @Override
  public String toString() {
    return code();
  }
}
