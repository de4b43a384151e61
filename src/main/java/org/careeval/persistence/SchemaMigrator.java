package org.careeval.persistence;

import java.nio.file.Files;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.system.DataDirectory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the Flyway migrations. Before changing an existing database it writes a backup into the
 * data directory, and it refuses a database written by a newer CareEval.
 */
final class SchemaMigrator {

  static final String LOCATION = "classpath:db/migration";

  /**
   * The version of the newest migration in {@link #LOCATION}. Opening a database that is already
   * there skips Flyway, whose start-up costs more than half a second on an office PC;
   * SchemaMigratorTest keeps this equal to the newest migration file.
   */
  static final String LATEST_VERSION = "024";

  private static final String HISTORY_QUERY =
      "SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
          + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC";
  private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

  private final DataSource dataSource;
  private final DataDirectory directory;
  private final DatabaseEngine engine;
  private final String[] locations;

  SchemaMigrator(
      DataSource dataSource, DataDirectory directory, DatabaseEngine engine, String... locations) {
    this.dataSource = dataSource;
    this.directory = directory;
    this.engine = engine;
    this.locations = locations.clone();
  }

  /**
   * True when the standard migrations are in use and the newest applied one is {@link
   * #LATEST_VERSION}, applied successfully. Anything else (new database, pending or failed
   * migration, a newer schema) takes the full Flyway path.
   */
  private boolean isUpToDate() {
    if (!Arrays.equals(locations, new String[] {LOCATION})) {
      return false;
    }
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var rows = statement.executeQuery(HISTORY_QUERY)) {
      return rows.next() && LATEST_VERSION.equals(rows.getString(1)) && rows.getBoolean(2);
    } catch (SQLException e) {
      return false; // no history table yet: a new database
    }
  }

  /** Migrates and returns the schema version now in force. */
  String migrate() {
    if (isUpToDate()) {
      return LATEST_VERSION;
    }
    try {
      Flyway flyway =
          Flyway.configure()
              .dataSource(dataSource)
              .locations(locations)
              .failOnMissingLocations(true)
              .load();
      MigrationInfoService info = flyway.info();
      refuseNewerSchema(info);
      if (info.current() != null && info.pending().length > 0) {
        backup(info.current().getVersion().getVersion());
      }
      String from =
          Optional.ofNullable(info.current()).map(c -> c.getVersion().getVersion()).orElse("-");
      flyway.migrate();
      String to =
          Optional.ofNullable(flyway.info().current())
              .map(current -> current.getVersion().getVersion())
              .orElse("0");
      LOG.info("Database {} migrated from schema {} to {}", directory.root(), from, to);
      return to;
    } catch (FlywayException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw engine.openFailure(sql);
      }
      throw new CareEvalException(e, "error.database.migration", e.getMessage());
    }
  }

  private void refuseNewerSchema(MigrationInfoService info) {
    Optional<MigrationInfo> future =
        Arrays.stream(info.applied())
            .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS)
            .reduce((first, second) -> second);
    if (future.isPresent()) {
      throw new CareEvalException(
          "error.database.newerSchema",
          directory.databaseFile(),
          future.get().getVersion().getVersion());
    }
  }

  private void backup(String fromVersion) {
    var target = DataFiles.backupFile(directory, "v" + fromVersion + ".zip");
    try {
      Files.createDirectories(directory.backupsDirectory());
      if (engine.backup(dataSource, target)) {
        LOG.info("Backup before migrating written to {}", target);
      } else {
        LOG.info("No in-app backup before migrating: the database server's own backups apply");
      }
    } catch (SQLException | java.io.IOException e) {
      // never migrate without the safety copy
      throw new CareEvalException(e, "error.database.backupFailed", target, e.getMessage());
    }
  }
}
