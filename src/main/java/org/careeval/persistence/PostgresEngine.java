package org.careeval.persistence;

import com.zaxxer.hikari.HikariConfig;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.careeval.domain.CareEvalException;
import org.jooq.SQLDialect;

/** A PostgreSQL database (15 or newer) reached over JDBC. */
final class PostgresEngine extends DatabaseEngine {

  private final String url;
  private final String user;
  private final String password;

  PostgresEngine(String url, String user, char[] password) {
    this.url = url;
    this.user = user;
    this.password = new String(password);
  }

  @Override
  SQLDialect dialect() {
    return SQLDialect.POSTGRES;
  }

  @Override
  void checkOpenable() {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    try (var connection = DriverManager.getConnection(url, properties)) {
      connection.isValid(5);
    } catch (SQLException e) {
      throw openFailure(e);
    }
  }

  @Override
  HikariConfig poolConfig() {
    return smallPool("careeval-pg", url, user, password);
  }

  @Override
  CareEvalException openFailure(SQLException e) {
    // SQLState classes: 28 = authorization, 08 = connection, 3D = unknown database
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.startsWith("28")) {
      return new CareEvalException(e, "error.database.server.auth", url, user);
    }
    if (state.startsWith("08") || state.startsWith("3D")) {
      return new CareEvalException(e, "error.database.server.unreachable", url, e.getMessage());
    }
    return new CareEvalException(e, "error.database.openFailed", url, e.getMessage());
  }

  @Override
  boolean backup(DataSource dataSource, Path target) {
    return false; // the server's administrator runs pg_dump; docs/operations in ADR 0014
  }
}
