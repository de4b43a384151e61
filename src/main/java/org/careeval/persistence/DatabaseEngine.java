package org.careeval.persistence;

import com.zaxxer.hikari.HikariConfig;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.system.DataDirectory;
import org.jooq.SQLDialect;

/**
 * Where a county's data lives (ADR 0014): the embedded H2 file of its data directory, or a
 * PostgreSQL database. Everything that differs between the two — dialect, connection pool settings,
 * what an error means, how a pre-migration backup is made — is here, so repositories, migrations
 * and services stay the same on both.
 */
public abstract class DatabaseEngine {

  DatabaseEngine() {}

  /** The embedded database of a data directory, encrypted when a file password is given. */
  public static DatabaseEngine h2File(
      DataDirectory directory, java.util.Optional<char[]> password) {
    return new H2FileEngine(directory, password);
  }

  /**
   * A PostgreSQL database (e.g. {@code jdbc:postgresql://localhost/careeval}); the data directory
   * still holds the lock, the logs and the evidence files.
   */
  public static DatabaseEngine postgres(String url, String user, char[] password) {
    return new PostgresEngine(url, user, password);
  }

  abstract SQLDialect dialect();

  /** Checks, before any pool exists, that the database can be opened; translates the refusal. */
  abstract void checkOpenable();

  abstract HikariConfig poolConfig();

  /** A small pool: one officer's PC, a few background tasks; one connection kept open. */
  static HikariConfig smallPool(String name, String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(1);
    config.setPoolName(name);
    return config;
  }

  /** What an error while opening means, in words the user can act on. */
  abstract CareEvalException openFailure(SQLException e);

  /**
   * Writes a copy of the database to {@code target} before a migration changes it.
   *
   * @return false when this engine leaves backups to its own tools (a PostgreSQL server)
   */
  abstract boolean backup(DataSource dataSource, Path target) throws SQLException;
}
