package org.careeval.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.system.DataDirectory;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The embedded H2 database of one data directory: takes the directory's lock, opens the file,
 * brings the schema up to date (with a backup first) and hands out transactions.
 */
public final class Database implements AutoCloseable {

  private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

  private final DataDirectory directory;
  private final DataDirectoryLock lock;
  private final JdbcConnectionPool pool;
  private final DSLContext dsl;
  private final String schemaVersion;

  private Database(
      DataDirectory directory,
      DataDirectoryLock lock,
      JdbcConnectionPool pool,
      String schemaVersion) {
    this.directory = directory;
    this.lock = lock;
    this.pool = pool;
    this.schemaVersion = schemaVersion;
    this.dsl =
        DSL.using(
            pool, SQLDialect.H2, new Settings().withExecuteLogging(false).withRenderSchema(false));
  }

  /**
   * Opens (creating and migrating if needed) the database of a data directory.
   *
   * @param filePassword the file password of an encrypted database (H2 AES); for a new database,
   *     present means "create it encrypted"
   * @throws CareEvalException with a message that says what to do, when the directory is in use,
   *     not writable, the password is missing or wrong, or the database file is damaged or from a
   *     newer version
   */
  public static Database open(DataDirectory directory, Optional<char[]> filePassword) {
    return open(directory, filePassword, SchemaMigrator.LOCATION);
  }

  /** Opens an unencrypted database. */
  public static Database open(DataDirectory directory) {
    return open(directory, Optional.empty());
  }

  /** Opens with the given migration locations; tests add one to simulate an upgrade. */
  static Database open(DataDirectory directory, String... migrationLocations) {
    return open(directory, Optional.empty(), migrationLocations);
  }

  private static Database open(
      DataDirectory directory, Optional<char[]> filePassword, String... migrationLocations) {
    if (isEncrypted(directory) && filePassword.isEmpty()) {
      throw new CareEvalException("error.database.passwordRequired", directory.databaseFile());
    }
    if (exists(directory) && !isEncrypted(directory) && filePassword.isPresent()) {
      throw new CareEvalException("error.database.notEncrypted", directory.databaseFile());
    }
    DataDirectoryLock lock = DataDirectoryLock.acquire(directory);
    JdbcConnectionPool pool = null;
    try {
      // H2 takes "file password, space, user password"; the user password is empty
      String password = filePassword.map(p -> new String(p) + " ").orElse("");
      pool = JdbcConnectionPool.create(url(directory, filePassword.isPresent()), "sa", password);
      checkReadable(pool, directory);
      String version = new SchemaMigrator(pool, directory, migrationLocations).migrate();
      return new Database(directory, lock, pool, version);
    } catch (RuntimeException e) {
      if (pool != null) {
        pool.dispose();
      }
      lock.close();
      throw e;
    }
  }

  /** True once the data directory holds a database file. */
  public static boolean exists(DataDirectory directory) {
    return Files.isRegularFile(directory.databaseFile());
  }

  /** True when the database file is H2-encrypted (it starts with H2's encryption header). */
  public static boolean isEncrypted(DataDirectory directory) {
    byte[] header = new byte[ENCRYPTED_HEADER.length];
    try (InputStream in = Files.newInputStream(directory.databaseFile())) {
      return in.readNBytes(header, 0, header.length) == header.length
          && Arrays.equals(header, ENCRYPTED_HEADER);
    } catch (IOException e) {
      return false;
    }
  }

  private static String url(DataDirectory directory, boolean encrypted) {
    // DB_CLOSE_ON_EXIT=FALSE: we close in order ourselves (window close, CLI end)
    return "jdbc:h2:file:"
        + directory.databaseBase()
        + ";DB_CLOSE_ON_EXIT=FALSE"
        + (encrypted ? ";CIPHER=AES" : "");
  }

  private static void checkReadable(DataSource dataSource, DataDirectory directory) {
    try (var connection = dataSource.getConnection()) {
      connection.isValid(5);
    } catch (SQLException e) {
      throw openFailure(e, directory);
    }
  }

  static CareEvalException openFailure(SQLException e, DataDirectory directory) {
    return switch (e.getErrorCode()) {
      case ErrorCode.DATABASE_ALREADY_OPEN_1 ->
          new CareEvalException(e, "error.dataDir.inUse", directory.root(), "?");
      case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD ->
          new CareEvalException(e, "error.database.wrongPassword", directory.databaseFile());
      case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.GENERAL_ERROR_1 ->
          new CareEvalException(
              e, "error.database.corrupt", directory.databaseFile(), directory.backupsDirectory());
      case ErrorCode.FILE_CREATION_FAILED_1, ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2 ->
          ioFailure(e, directory);
      default ->
          new CareEvalException(
              e, "error.database.openFailed", directory.databaseFile(), e.getMessage());
    };
  }

  /**
   * H2 reports a damaged file as a plain I/O error. The directory lock already proved the directory
   * writable, so an existing, writable file that still fails is damaged.
   */
  private static CareEvalException ioFailure(SQLException e, DataDirectory directory) {
    Path file = directory.databaseFile();
    if (Files.isRegularFile(file) && Files.isWritable(file)) {
      return new CareEvalException(e, "error.database.corrupt", file, directory.backupsDirectory());
    }
    return new CareEvalException(e, "error.dataDir.notWritable", directory.root(), e.getMessage());
  }

  /** The schema version this build migrates to (the newest migration's version). */
  public static String latestSchemaVersion() {
    return SchemaMigrator.LATEST_VERSION;
  }

  public DataDirectory directory() {
    return directory;
  }

  /** The schema version the database was migrated to, e.g. {@code 1}. */
  public String schemaVersion() {
    return schemaVersion;
  }

  /** Runs read-only work. */
  public <T> T read(Function<Transaction, T> work) {
    return inTransaction(work);
  }

  /** Runs work in one transaction: all of it is saved, or none. */
  public <T> T inTransaction(Function<Transaction, T> work) {
    try {
      return dsl.transactionResult(
          configuration -> work.apply(new Transaction(configuration.dsl())));
    } catch (DataAccessException e) {
      throw new CareEvalException(e, "error.database.access", e.getMessage());
    }
  }

  @Override
  public void close() {
    try {
      // closing the last connection closes the H2 file (DB_CLOSE_DELAY=0)
      pool.dispose();
    } finally {
      lock.close();
    }
  }
}
