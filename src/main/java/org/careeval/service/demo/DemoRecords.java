package org.careeval.service.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.records.AgeBand;
import org.careeval.domain.records.Beneficiary;
import org.careeval.domain.records.ServiceRecord;
import org.careeval.service.records.ServiceRecordService;

/**
 * The demo's service records, with the imbalance the field studies describe: material help and
 * safety dominate, caring services are thin, children with one parent away are barely reached, and
 * the two villages last in the list (the remote ones) are never reached.
 */
final class DemoRecords {

  /** Service type, group, age band, children, times — per reached village and quarter. */
  private static final Object[][] ROWS = {
    {"物质帮扶与资源链接", Beneficiary.BOTH_PARENTS_AWAY, AgeBand.FROM_6_TO_13, 10, 20},
    {"安全教育", Beneficiary.BOTH_PARENTS_AWAY, AgeBand.FROM_6_TO_13, 12, 24},
    {"入户走访", Beneficiary.BOTH_PARENTS_AWAY, AgeBand.FROM_6_TO_13, 8, 16},
    {"入户走访", Beneficiary.BOTH_PARENTS_AWAY, AgeBand.UNDER_6, 4, 8},
    {"入户走访", Beneficiary.FATHER_AWAY, AgeBand.FROM_6_TO_13, 1, 1},
    {"亲情关爱", Beneficiary.BOTH_PARENTS_AWAY, AgeBand.FROM_6_TO_13, 3, 3},
    {"心理疏导", Beneficiary.IN_DIFFICULTY, AgeBand.FROM_6_TO_13, 1, 2},
    {"成长小组与社区活动", Beneficiary.BOTH_PARENTS_AWAY, AgeBand.FROM_14_TO_15, 3, 6},
  };

  private DemoRecords() {}

  static List<ServiceRecord> of(ServiceRecordService.Choices choices, long contractId, Period p) {
    List<Long> villages = new ArrayList<>(choices.villages().values());
    List<Long> reached = villages.subList(0, Math.max(0, villages.size() - 2));
    List<ServiceRecord> records = new ArrayList<>();
    Map<String, Long> types = choices.categories();
    for (long village : reached) {
      for (Object[] row : ROWS) {
        records.add(
            new ServiceRecord(
                contractId,
                p,
                village,
                types.get((String) row[0]),
                (Beneficiary) row[1],
                (AgeBand) row[2],
                (Integer) row[3],
                (Integer) row[4]));
      }
    }
    return records;
  }
}
