package org.careeval.persistence;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.system.DataDirectory;
import org.jooq.DSLContext;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database of one data directory: takes the directory's lock, opens the database through its
 * {@link DatabaseEngine} (the embedded H2 file, or PostgreSQL), brings the schema up to date (with
 * a backup first) and hands out transactions.
 */
public final class Database implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  private final DataDirectory directory;
  private final DataDirectoryLock lock;
  private final HikariDataSource pool;
  private final DSLContext dsl;
  private final String schemaVersion;
  private final ThreadLocal<Transaction> current = new ThreadLocal<>();

  private Database(
      DataDirectory directory,
      DataDirectoryLock lock,
      HikariDataSource pool,
      DatabaseEngine engine,
      String schemaVersion) {
    this.directory = directory;
    this.lock = lock;
    this.pool = pool;
    this.schemaVersion = schemaVersion;
    // names unquoted: the migrations create them unquoted, so each database folds them its way
    this.dsl =
        DSL.using(
            pool,
            engine.dialect(),
            new Settings()
                .withExecuteLogging(false)
                .withRenderSchema(false)
                .withRenderQuotedNames(RenderQuotedNames.NEVER));
  }

  /**
   * Opens (creating and migrating if needed) the embedded database of a data directory.
   *
   * @param filePassword the file password of an encrypted database (H2 AES); for a new database,
   *     present means "create it encrypted"
   * @throws CareEvalException with a message that says what to do, when the directory is in use,
   *     not writable, the password is missing or wrong, or the database file is damaged or from a
   *     newer version
   */
  public static Database open(DataDirectory directory, Optional<char[]> filePassword) {
    return open(directory, DatabaseEngine.h2File(directory, filePassword), SchemaMigrator.LOCATION);
  }

  /** Opens an unencrypted database. */
  public static Database open(DataDirectory directory) {
    return open(directory, Optional.empty());
  }

  /** Opens the data directory with its data in the given engine (e.g. PostgreSQL). */
  public static Database open(DataDirectory directory, DatabaseEngine engine) {
    return open(directory, engine, SchemaMigrator.LOCATION);
  }

  /** Opens with the given migration locations; tests add one to simulate an upgrade. */
  static Database open(DataDirectory directory, String... migrationLocations) {
    return open(directory, DatabaseEngine.h2File(directory, Optional.empty()), migrationLocations);
  }

  private static Database open(
      DataDirectory directory, DatabaseEngine engine, String... migrationLocations) {
    DataDirectoryLock lock = DataDirectoryLock.acquire(directory);
    HikariDataSource pool = null;
    try {
      engine.checkOpenable();
      pool = pool(engine);
      String version = new SchemaMigrator(pool, directory, engine, migrationLocations).migrate();
      return new Database(directory, lock, pool, engine, version);
    } catch (RuntimeException e) {
      if (pool != null) {
        pool.close();
      }
      lock.close();
      throw e;
    }
  }

  private static HikariDataSource pool(DatabaseEngine engine) {
    try {
      return new HikariDataSource(engine.poolConfig());
    } catch (HikariPool.PoolInitializationException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw engine.openFailure(sql);
      }
      throw e;
    }
  }

  /** True once the data directory holds an embedded database file. */
  public static boolean exists(DataDirectory directory) {
    return H2FileEngine.exists(directory);
  }

  /** True when the embedded database file is H2-encrypted. */
  public static boolean isEncrypted(DataDirectory directory) {
    return H2FileEngine.isEncrypted(directory);
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

  /**
   * Runs work in one transaction: all of it is saved, or none. Called again from inside such work
   * (on the same thread), it joins the running transaction instead of opening another.
   */
  public <T> T inTransaction(Function<Transaction, T> work) {
    Transaction outer = current.get();
    if (outer != null) {
      // a service called inside another's transaction joins it: all of it is saved, or none
      return work.apply(outer);
    }
    List<Runnable> afterCommit = new ArrayList<>();
    T result;
    try {
      result =
          dsl.transactionResult(
              configuration -> {
                Transaction tx = new Transaction(configuration.dsl());
                current.set(tx);
                try {
                  T value = work.apply(tx);
                  afterCommit.addAll(tx.afterCommitActions());
                  return value;
                } finally {
                  current.remove();
                }
              });
    } catch (DataAccessException e) {
      if (diskFull(e)) {
        throw new CareEvalException(e, "error.disk.full", directory.root());
      }
      throw new CareEvalException(e, "error.database.access", e.getMessage());
    }
    afterCommit.forEach(Database::runSafely);
    return result;
  }

  /** A full disk shows up as an I/O error somewhere in the cause chain, in the system's words. */
  static boolean diskFull(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("No space left on device")
          || message.contains("There is not enough space")) {
        return true;
      }
    }
    return false;
  }

  /** The data is committed whatever an after-commit action does; its failure is only logged. */
  private static void runSafely(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      LOG.error("After-commit action failed", e);
    }
  }

  @Override
  public void close() {
    try {
      // closing the last connection closes the H2 file (DB_CLOSE_DELAY=0)
      pool.close();
    } finally {
      lock.close();
    }
  }
}
