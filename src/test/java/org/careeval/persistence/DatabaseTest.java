package org.careeval.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.careeval.Refusals.keyOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.zip.ZipFile;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.system.DataDirectory;
import org.careeval.domain.system.TableRowCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database on a real H2 file, migrated by the real migrations. */
class DatabaseTest {

  private static final String UPGRADE = "classpath:db/upgrade-fixture";

  @TempDir Path temp;

  private DataDirectory directory() {
    return new DataDirectory(temp.resolve("data"));
  }

  @Test
  void onlyTheOwnerMayEnterTheDataDirectory() throws IOException {
    try (Database database = Database.open(directory())) {
      assertThat(
              java.nio.file.attribute.PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(directory().root())))
          .isEqualTo("rwx------");
    }
  }

  @Test
  void firstOpenCreatesAndMigratesTheDatabase() {
    try (Database database = Database.open(directory())) {
      assertThat(database.schemaVersion()).isEqualTo(SchemaMigrator.LATEST_VERSION);
      List<TableRowCount> counts =
          database.read(tx -> new SystemRepository(new SettingRepository()).tableRowCounts(tx));
      assertThat(counts).extracting(TableRowCount::table).contains("app_setting");
    }
    assertThat(directory().databaseFile()).exists();
    assertThat(directory().backupsDirectory()).doesNotExist();
  }

  @Test
  void secondOpenOfTheSameDirectoryIsRefusedWithTheOwner() {
    try (Database first = Database.open(directory())) {
      assertThatThrownBy(() -> Database.open(directory()))
          .isInstanceOfSatisfying(
              CareEvalException.class,
              e -> {
                assertThat(e.messageKey()).isEqualTo("error.dataDir.inUse");
                assertThat(e.arguments()[1].toString()).contains("pid");
              });
      assertThat(first.schemaVersion())
          .isEqualTo(SchemaMigrator.LATEST_VERSION); // the first stays usable
    }
    try (Database again = Database.open(directory())) {
      assertThat(again.schemaVersion()).isEqualTo(SchemaMigrator.LATEST_VERSION);
    }
  }

  @Test
  void pendingMigrationOnAnExistingDatabaseIsPrecededByABackup() throws IOException {
    Database.open(directory()).close();
    try (Database upgraded = Database.open(directory(), SchemaMigrator.LOCATION, UPGRADE)) {
      assertThat(upgraded.schemaVersion()).isEqualTo("900");
    }
    List<Path> backups;
    try (var files = Files.list(directory().backupsDirectory())) {
      backups = files.toList();
    }
    assertThat(backups).hasSize(1);
    assertThat(backups.get(0).getFileName().toString())
        .startsWith("careeval-")
        .endsWith("-v" + SchemaMigrator.LATEST_VERSION + ".zip");
    try (ZipFile zip = new ZipFile(backups.get(0).toFile())) {
      assertThat(zip.getEntry("careeval.mv.db")).isNotNull();
    }
  }

  @Test
  void reopeningWithoutPendingMigrationsTakesNoBackup() {
    Database.open(directory()).close();
    Database.open(directory()).close();
    assertThat(directory().backupsDirectory()).doesNotExist();
  }

  @Test
  void databaseFromANewerVersionIsRefusedAndItsDataKept() {
    Database.open(directory(), SchemaMigrator.LOCATION, UPGRADE).close();
    assertThat(keyOf(() -> Database.open(directory()))).isEqualTo("error.database.newerSchema");
    // H2 rewrites its file header on every open, so check what matters: schema and data
    try (Database newer = Database.open(directory(), SchemaMigrator.LOCATION, UPGRADE)) {
      assertThat(newer.schemaVersion()).isEqualTo("900");
      List<TableRowCount> tables =
          newer.read(tx -> new SystemRepository(new SettingRepository()).tableRowCounts(tx));
      assertThat(tables).extracting(TableRowCount::table).contains("app_setting");
    }
  }

  @Test
  void corruptDatabaseFileIsReportedAndNotOverwritten() throws IOException {
    Files.createDirectories(directory().root());
    byte[] garbage = "this is not an H2 database ".repeat(200).getBytes();
    Files.write(directory().databaseFile(), garbage);
    assertThat(keyOf(() -> Database.open(directory()))).isEqualTo("error.database.corrupt");
    assertThat(Files.readAllBytes(directory().databaseFile())).isEqualTo(garbage);
    // the lock was released: the next attempt reports the same problem, not "in use"
    assertThat(keyOf(() -> Database.open(directory()))).isEqualTo("error.database.corrupt");
  }

  @Test
  void unwritableDataDirectoryIsReported() throws IOException {
    Path blocker = Files.writeString(temp.resolve("a-file"), "x");
    DataDirectory impossible = new DataDirectory(blocker.resolve("data"));
    assertThat(keyOf(() -> Database.open(impossible))).isEqualTo("error.dataDir.notWritable");
  }

  @Test
  void failedTransactionSavesNothing() {
    SystemRepository repository = new SystemRepository(new SettingRepository());
    try (Database database = Database.open(directory())) {
      assertThatThrownBy(
              () ->
                  database.inTransaction(
                      tx -> {
                        repository.recordCreation(tx, OffsetDateTime.now());
                        throw new IllegalStateException("crash mid-write");
                      }))
          .hasMessageContaining("crash mid-write");
      assertThat(database.read(repository::createdAt)).isEmpty();
      database.inTransaction(
          tx -> {
            repository.recordCreation(tx, OffsetDateTime.parse("2026-01-02T03:04:05+08:00"));
            repository.recordCreation(tx, OffsetDateTime.now()); // second call changes nothing
            return null;
          });
      assertThat(database.read(repository::createdAt))
          .contains(OffsetDateTime.parse("2026-01-02T03:04:05+08:00"));
    }
  }
}
