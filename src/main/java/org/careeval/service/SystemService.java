package org.careeval.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.careeval.domain.system.BackupFile;
import org.careeval.domain.system.SystemInfo;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.Database;
import org.careeval.persistence.SystemRepository;
import org.careeval.service.security.Sessions;

/** What an installation is and holds: data directory, schema version, row counts, backups. */
public final class SystemService {

  private final Database database;
  private final Sessions sessions;
  private final SystemRepository repository;

  public SystemService(Database database, SystemRepository repository, Sessions sessions) {
    this.sessions = sessions;
    this.database = database;
    this.repository = repository;
  }

  /** Called once after the database is opened. */
  public void recordCreation(OffsetDateTime now) {
    database.inTransaction(
        tx -> {
          repository.recordCreation(tx, now);
          return null;
        });
  }

  /** Installation facts for a signed-in user allowed to see them. */
  public SystemInfo info(Session session) {
    sessions.require(session, Permission.SYSTEM_INFO_READ);
    return installationInfo();
  }

  /**
   * Installation facts without a sign-in, for {@code careeval info}: it must work before the first
   * user exists, and it shows no business data (paths, schema version, row counts).
   */
  public SystemInfo installationInfo() {
    return database.read(
        tx ->
            new SystemInfo(
                database.directory().root(),
                database.directory().databaseFile(),
                database.schemaVersion(),
                repository.createdAt(tx),
                repository.tableRowCounts(tx)));
  }

  /** The automatic database backups, newest first. */
  public List<BackupFile> backups(Session session) {
    sessions.require(session, Permission.SYSTEM_INFO_READ);
    Path folder = database.directory().backupsDirectory();
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .map(SystemService::describe)
          .sorted(Comparator.comparing(BackupFile::createdAt).reversed())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BackupFile describe(Path file) {
    try {
      return new BackupFile(file, Files.size(file), Files.getLastModifiedTime(file).toInstant());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
