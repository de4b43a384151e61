package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.SERVICE_RECORD;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.List;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.records.AgeBand;
import org.careeval.domain.records.Beneficiary;
import org.careeval.domain.records.ServiceRecord;
import org.jooq.Condition;

/** The aggregated service records of contracts. */
public final class ServiceRecordRepository {

  private static final int BATCH = 1_000;

  /** Replaces a contract's records of the given quarters with {@code records}, in one batch. */
  public void replace(
      Transaction tx, long contractId, Collection<Period> periods, List<ServiceRecord> records) {
    tx.dsl()
        .deleteFrom(SERVICE_RECORD)
        .where(SERVICE_RECORD.CONTRACT_ID.eq(contractId))
        .and(SERVICE_RECORD.PERIOD.in(periods.stream().map(Period::code).toList()))
        .execute();
    if (records.isEmpty()) {
      return;
    }
    // one prepared statement (as jOOQ renders it) bound on plain JDBC: jOOQ's per-row binding
    // doubled the cost of an import of 20,000 rows
    String sql =
        tx.dsl()
            .render(
                tx.dsl()
                    .insertInto(
                        SERVICE_RECORD,
                        SERVICE_RECORD.CONTRACT_ID,
                        SERVICE_RECORD.PERIOD,
                        SERVICE_RECORD.PLACE_ID,
                        SERVICE_RECORD.CATEGORY_ID,
                        SERVICE_RECORD.BENEFICIARY,
                        SERVICE_RECORD.AGE_BAND,
                        SERVICE_RECORD.CHILDREN,
                        SERVICE_RECORD.TIMES)
                    .values((Long) null, null, null, null, null, null, null, null));
    tx.dsl()
        .connection(
            connection -> {
              try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int pending = 0;
                for (ServiceRecord r : records) {
                  insert.setLong(1, contractId);
                  insert.setString(2, r.period().code());
                  insert.setLong(3, r.placeId());
                  insert.setLong(4, r.categoryId());
                  insert.setString(5, r.beneficiary().name());
                  insert.setString(6, r.age().name());
                  insert.setInt(7, r.children());
                  insert.setInt(8, r.times());
                  insert.addBatch();
                  if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                  }
                }
                insert.executeBatch();
              }
            });
  }

  public List<ServiceRecord> ofContract(Transaction tx, long contractId) {
    return list(tx, SERVICE_RECORD.CONTRACT_ID.eq(contractId));
  }

  /** Every contract's records of one quarter. */
  /**
   * Hands a quarter's records to {@code each} one at a time, contract by contract: never all in
   * memory. Each contract's rows come in primary-key order, so the database reads its index instead
   * of sorting the quarter (a fifth of a 100,000-row export).
   */
  public void forEachOfPeriod(
      Transaction tx, Period period, java.util.function.Consumer<ServiceRecord> each) {
    List<Long> contracts =
        tx.dsl()
            .selectDistinct(SERVICE_RECORD.CONTRACT_ID)
            .from(SERVICE_RECORD)
            .where(SERVICE_RECORD.PERIOD.eq(period.code()))
            .orderBy(SERVICE_RECORD.CONTRACT_ID)
            .fetch(SERVICE_RECORD.CONTRACT_ID);
    // plain JDBC on the rendered query: a jOOQ record per row was a third of the export
    String sql =
        tx.dsl()
            .render(
                tx.dsl()
                    .select(
                        SERVICE_RECORD.PLACE_ID,
                        SERVICE_RECORD.CATEGORY_ID,
                        SERVICE_RECORD.BENEFICIARY,
                        SERVICE_RECORD.AGE_BAND,
                        SERVICE_RECORD.CHILDREN,
                        SERVICE_RECORD.TIMES)
                    .from(SERVICE_RECORD)
                    .where(SERVICE_RECORD.CONTRACT_ID.eq((Long) null))
                    .and(SERVICE_RECORD.PERIOD.eq((String) null))
                    .orderBy(
                        SERVICE_RECORD.CONTRACT_ID,
                        SERVICE_RECORD.PERIOD,
                        SERVICE_RECORD.PLACE_ID,
                        SERVICE_RECORD.CATEGORY_ID,
                        SERVICE_RECORD.BENEFICIARY,
                        SERVICE_RECORD.AGE_BAND));
    tx.dsl()
        .connection(
            connection -> {
              try (var query = connection.prepareStatement(sql)) {
                query.setFetchSize(1000);
                for (long contract : contracts) {
                  query.setLong(1, contract);
                  query.setString(2, period.code());
                  try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                      each.accept(
                          new ServiceRecord(
                              contract,
                              period,
                              rows.getLong(1),
                              rows.getLong(2),
                              Beneficiary.valueOf(rows.getString(3)),
                              AgeBand.valueOf(rows.getString(4)),
                              rows.getInt(5),
                              rows.getInt(6)));
                    }
                  }
                }
              }
            });
  }

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
        .fetch(ServiceRecordRepository::record);
  }

  private static ServiceRecord record(
      org.careeval.persistence.jooq.tables.records.ServiceRecordRecord r) {
    return new ServiceRecord(
        r.getContractId(),
        Period.parse(r.getPeriod()).orElseThrow(),
        r.getPlaceId(),
        r.getCategoryId(),
        Beneficiary.valueOf(r.getBeneficiary()),
        AgeBand.valueOf(r.getAgeBand()),
        r.getChildren(),
        r.getTimes());
  }
}
