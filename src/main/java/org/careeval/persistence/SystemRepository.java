package org.careeval.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.careeval.domain.system.ComponentVersion;
import org.careeval.domain.system.TableRowCount;
import org.careeval.persistence.jooq.DefaultSchema;
import org.flywaydb.core.Flyway;

/** Facts about the database itself: its tables and the versions of the storage libraries. */
public final class SystemRepository {

  private static final String CREATED_AT = "installation.createdAt";

  private final SettingRepository settings;

  public SystemRepository(SettingRepository settings) {
    this.settings = settings;
  }

  /** Records when this installation's database was created, unless already recorded. */
  public void recordCreation(Transaction tx, OffsetDateTime now) {
    if (settings.find(tx, CREATED_AT).isEmpty()) {
      settings.put(tx, CREATED_AT, now.toString(), now.toInstant());
    }
  }

  public Optional<OffsetDateTime> createdAt(Transaction tx) {
    return settings.find(tx, CREATED_AT).map(OffsetDateTime::parse);
  }

  /** Row counts of every application table, in table-name order. */
  public List<TableRowCount> tableRowCounts(Transaction tx) {
    return DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
        .map(
            table ->
                new TableRowCount(
                    table.getName().toLowerCase(Locale.ROOT), tx.dsl().fetchCount(table)))
        .sorted(Comparator.comparing(TableRowCount::table))
        .toList();
  }

  /** Versions of the database engine, migration tool and query library, for the About dialog. */
  public static List<ComponentVersion> componentVersions() {
    return List.of(
        new ComponentVersion("H2", org.h2.engine.Constants.VERSION),
        new ComponentVersion("Flyway", flywayVersion()),
        new ComponentVersion("jOOQ", org.jooq.Constants.VERSION));
  }

  private static String flywayVersion() {
    // Flyway's jar has no Implementation-Version; it ships its version as a resource
    try (InputStream in =
        Flyway.class
            .getClassLoader()
            .getResourceAsStream("org/flywaydb/core/internal/version.txt")) {
      return in == null ? "?" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "?";
    }
  }
}
