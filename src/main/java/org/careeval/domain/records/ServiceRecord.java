package org.careeval.domain.records;

import java.util.ArrayList;
import java.util.List;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.delivery.Period;

/**
 * One line of a contract's aggregated service output: in a quarter, in a village, of a service
 * type, to a group of children of an age band — how many children and how many service times.
 */
public record ServiceRecord(
    long contractId,
    Period period,
    long placeId,
    long categoryId,
    Beneficiary beneficiary,
    AgeBand age,
    int children,
    int times) {

  /** The combination a record is kept once for. */
  public record Key(
      Period period, long placeId, long categoryId, Beneficiary beneficiary, AgeBand age) {}

  public Key key() {
    return new Key(period, placeId, categoryId, beneficiary, age);
  }

  /** Counts are not negative, and every child served was served at least once. */
  public static List<LocalizedText> countProblems(int children, int times) {
    List<LocalizedText> problems = new ArrayList<>();
    if (children < 0 || times < 0) {
      problems.add(new LocalizedText("error.records.negative"));
    } else if (times < children) {
      problems.add(new LocalizedText("error.records.fewerTimes", times, children));
    }
    return problems;
  }
}
