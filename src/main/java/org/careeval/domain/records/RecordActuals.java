package org.careeval.domain.records;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.careeval.domain.delivery.ContractIndicator;
import org.careeval.domain.delivery.Measure;
import org.careeval.domain.delivery.Period;

/**
 * The actuals a quarter's service records give a contract's indicators (issue 15: records feed the
 * indicators, nothing is typed twice): an indicator whose 统计口径 names a service type and whose unit
 * counts people or times takes the sum of that type's service times in the quarter — the children,
 * for children with files. Only types with records in the quarter give a value; sessions (场) and
 * percentages cannot be read from records.
 */
public final class RecordActuals {

  private static final Set<String> TIMES_UNITS = Set.of("次", "人次");
  private static final Set<String> PEOPLE_UNITS = Set.of("人", "名");

  private RecordActuals() {}

  /**
   * @param types the catalogue's names by id
   * @return the actual by indicator seq
   */
  public static Map<Integer, BigDecimal> of(
      List<ContractIndicator> plan,
      Period period,
      List<ServiceRecord> records,
      Map<Long, String> types) {
    Map<Integer, BigDecimal> actuals = new TreeMap<>();
    for (ContractIndicator ci : plan) {
      Measure m = ci.indicator().measure();
      Optional<String> type = m.serviceType();
      String unit = ci.indicator().unit();
      boolean children = m == Measure.CHILDREN_FILED;
      if (type.isEmpty() || !(children ? PEOPLE_UNITS : TIMES_UNITS).contains(unit)) {
        continue;
      }
      List<ServiceRecord> of =
          records.stream()
              .filter(r -> r.period().equals(period))
              .filter(r -> type.get().equals(types.get(r.categoryId())))
              .toList();
      if (!of.isEmpty()) {
        long sum = of.stream().mapToLong(r -> children ? r.children() : r.times()).sum();
        actuals.put(ci.seq(), BigDecimal.valueOf(sum));
      }
    }
    return actuals;
  }
}
