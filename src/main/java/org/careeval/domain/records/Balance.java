package org.careeval.domain.records;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.careeval.domain.project.ServiceCategory;

/**
 * Who was reached with what (issue 15): the service output of a set of records split by nature
 * (material or service), purpose (protective, caring, developmental), group of children and age
 * band — children and service times, and each part's share of the times — and the villages reached
 * against the villages covered. Computed in memory from the records; shares in percent, two
 * decimals half-up, of the total times (zero when there are none).
 */
public record Balance(
    Map<String, Count> nature,
    Map<ServiceCategory.Purpose, Count> purpose,
    Map<Beneficiary, Count> groups,
    Map<AgeBand, Count> ages,
    Count total,
    Set<Long> covered,
    Set<Long> reached) {

  /** Children and service times, and the times' share of the total. */
  public record Count(long children, long times, BigDecimal share) {
    static Count of(long children, long times, long totalTimes) {
      BigDecimal share =
          totalTimes == 0
              ? BigDecimal.ZERO.setScale(2)
              : BigDecimal.valueOf(times * 100)
                  .divide(BigDecimal.valueOf(totalTimes), 2, RoundingMode.HALF_UP);
      return new Count(children, times, share);
    }
  }

  public static final String MATERIAL = "material";
  public static final String SERVICE = "service";

  /** Covered villages no record reached. */
  public Set<Long> notReached() {
    Set<Long> missing = new TreeSet<>(covered);
    missing.removeAll(reached);
    return missing;
  }

  /**
   * @param covered the villages the contracts in scope cover
   */
  public static Balance of(
      Collection<ServiceRecord> records, Map<Long, ServiceCategory> categories, Set<Long> covered) {
    long[] totals = new long[2];
    Map<String, long[]> nature = new LinkedHashMap<>();
    nature.put(MATERIAL, new long[2]);
    nature.put(SERVICE, new long[2]);
    Map<ServiceCategory.Purpose, long[]> purpose = new EnumMap<>(ServiceCategory.Purpose.class);
    Map<Beneficiary, long[]> groups = new EnumMap<>(Beneficiary.class);
    Map<AgeBand, long[]> ages = new EnumMap<>(AgeBand.class);
    for (ServiceCategory.Purpose p : ServiceCategory.Purpose.values()) {
      purpose.put(p, new long[2]);
    }
    for (Beneficiary b : Beneficiary.values()) {
      groups.put(b, new long[2]);
    }
    for (AgeBand a : AgeBand.values()) {
      ages.put(a, new long[2]);
    }
    Set<Long> reached = new TreeSet<>();
    for (ServiceRecord r : records) {
      ServiceCategory c = categories.get(r.categoryId());
      add(nature.get(c.material() ? MATERIAL : SERVICE), r);
      add(purpose.get(c.purpose()), r);
      add(groups.get(r.beneficiary()), r);
      add(ages.get(r.age()), r);
      add(totals, r);
      if (r.children() > 0 || r.times() > 0) {
        reached.add(r.placeId());
      }
    }
    long all = totals[1];
    return new Balance(
        counts(nature, all),
        counts(purpose, all),
        counts(groups, all),
        counts(ages, all),
        Count.of(totals[0], totals[1], all),
        new TreeSet<>(covered),
        reached);
  }

  private static void add(long[] sums, ServiceRecord r) {
    sums[0] += r.children();
    sums[1] += r.times();
  }

  private static <K> Map<K, Count> counts(Map<K, long[]> sums, long all) {
    Map<K, Count> counts = new LinkedHashMap<>();
    sums.forEach((k, s) -> counts.put(k, Count.of(s[0], s[1], all)));
    return counts;
  }
}
