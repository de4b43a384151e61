package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.SERVICE_RECORD;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.records.AgeBand;
import org.careeval.domain.records.Beneficiary;
import org.careeval.domain.records.ServiceRecord;
import org.jooq.Condition;
import org.jooq.Query;

/** The aggregated service records of contracts. */
public final class ServiceRecordRepository {

  /** Replaces a contract's records of the given quarters with {@code records}, in one batch. */
  public void replace(
      Transaction tx, long contractId, Collection<Period> periods, List<ServiceRecord> records) {
    tx.dsl()
        .deleteFrom(SERVICE_RECORD)
        .where(SERVICE_RECORD.CONTRACT_ID.eq(contractId))
        .and(SERVICE_RECORD.PERIOD.in(periods.stream().map(Period::code).toList()))
        .execute();
    List<Query> batch = new ArrayList<>(records.size());
    for (ServiceRecord r : records) {
      batch.add(
          tx.dsl()
              .insertInto(SERVICE_RECORD)
              .set(SERVICE_RECORD.CONTRACT_ID, contractId)
              .set(SERVICE_RECORD.PERIOD, r.period().code())
              .set(SERVICE_RECORD.PLACE_ID, r.placeId())
              .set(SERVICE_RECORD.CATEGORY_ID, r.categoryId())
              .set(SERVICE_RECORD.BENEFICIARY, r.beneficiary().name())
              .set(SERVICE_RECORD.AGE_BAND, r.age().name())
              .set(SERVICE_RECORD.CHILDREN, r.children())
              .set(SERVICE_RECORD.TIMES, r.times()));
    }
    tx.dsl().batch(batch).execute();
  }

  public List<ServiceRecord> ofContract(Transaction tx, long contractId) {
    return list(tx, SERVICE_RECORD.CONTRACT_ID.eq(contractId));
  }

  /** Every contract's records of one quarter. */
  public List<ServiceRecord> ofPeriod(Transaction tx, Period period) {
    return list(tx, SERVICE_RECORD.PERIOD.eq(period.code()));
  }

  private static List<ServiceRecord> list(Transaction tx, Condition which) {
    return tx.dsl()
        .selectFrom(SERVICE_RECORD)
        .where(which)
        .orderBy(
            SERVICE_RECORD.CONTRACT_ID,
            SERVICE_RECORD.PERIOD,
            SERVICE_RECORD.PLACE_ID,
            SERVICE_RECORD.CATEGORY_ID,
            SERVICE_RECORD.BENEFICIARY,
            SERVICE_RECORD.AGE_BAND)
        .fetch(
            r ->
                new ServiceRecord(
                    r.getContractId(),
                    Period.parse(r.getPeriod()).orElseThrow(),
                    r.getPlaceId(),
                    r.getCategoryId(),
                    Beneficiary.valueOf(r.getBeneficiary()),
                    AgeBand.valueOf(r.getAgeBand()),
                    r.getChildren(),
                    r.getTimes()));
  }
}
