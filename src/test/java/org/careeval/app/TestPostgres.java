package org.careeval.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.careeval.persistence.DatabaseEngine;

/**
 * The PostgreSQL server of the CI run (issue 9, section 6). With {@code
 * -Dcareeval.test.postgres=jdbc:postgresql://localhost:5432/} (user and password from {@code
 * careeval.test.postgres.user}/{@code .password}, default careeval/careeval) every service test
 * that opens its data directory through {@link TestContexts} gets a new, empty database there.
 */
final class TestPostgres {

  private static final String SERVER = System.getProperty("careeval.test.postgres", "");
  private static final String USER = System.getProperty("careeval.test.postgres.user", "careeval");
  private static final String PASSWORD =
      System.getProperty("careeval.test.postgres.password", "careeval");

  private TestPostgres() {}

  static boolean enabled() {
    return !SERVER.isBlank();
  }

  /**
   * The engine of a data directory: the same directory opened again (a test that closes and
   * reopens) finds the same database, whose name is kept in a file beside the data.
   */
  static Optional<DatabaseEngine> engineFor(Path dataDir) {
    if (!enabled()) {
      return Optional.empty();
    }
    try {
      Path marker = dataDir.resolveSibling(dataDir.getFileName() + ".pgdb");
      String name;
      if (Files.exists(marker)) {
        name = Files.readString(marker);
      } else {
        name = "careeval_" + UUID.randomUUID().toString().replace("-", "");
        createDatabase(name);
        Files.createDirectories(marker.getParent());
        Files.writeString(marker, name);
      }
      return Optional.of(DatabaseEngine.postgres(SERVER + name, USER, PASSWORD.toCharArray()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void createDatabase(String name) {
    try (var connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
        var statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database on " + SERVER, e);
    }
  }
}
