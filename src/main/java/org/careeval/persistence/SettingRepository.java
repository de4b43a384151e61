package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.APP_SETTING;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** Key/value system settings (rules marked [L] and internal markers such as the audit head). */
public final class SettingRepository {

  public Optional<String> find(Transaction tx, String key) {
    return tx.dsl()
        .select(APP_SETTING.SETTING_VALUE)
        .from(APP_SETTING)
        .where(APP_SETTING.SETTING_KEY.eq(key))
        .fetchOptional(APP_SETTING.SETTING_VALUE);
  }

  /** Reads a value and locks its row until the transaction ends (serializes writers). */
  Optional<String> findForUpdate(Transaction tx, String key) {
    return tx.dsl()
        .select(APP_SETTING.SETTING_VALUE)
        .from(APP_SETTING)
        .where(APP_SETTING.SETTING_KEY.eq(key))
        .forUpdate()
        .fetchOptional(APP_SETTING.SETTING_VALUE);
  }

  public void put(Transaction tx, String key, String value, Instant now) {
    var at = now.atOffset(ZoneOffset.UTC);
    int updated =
        tx.dsl()
            .update(APP_SETTING)
            .set(APP_SETTING.SETTING_VALUE, value)
            .set(APP_SETTING.UPDATED_AT, at)
            .where(APP_SETTING.SETTING_KEY.eq(key))
            .execute();
    if (updated == 0) {
      tx.dsl()
          .insertInto(
              APP_SETTING,
              APP_SETTING.SETTING_KEY,
              APP_SETTING.SETTING_VALUE,
              APP_SETTING.UPDATED_AT)
          .values(key, value, at)
          .execute();
    }
  }
}
