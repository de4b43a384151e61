package org.careeval.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.Refusals.keyOf;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.careeval.domain.system.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, section 11: the probe found that only the part of the passphrase before its first space
 * protected the file ("ab long-and-strong-passphrase-2024" was opened by H2's tools with "ab"). The
 * whole passphrase now makes the key (ADR 0018), and old files are re-encrypted on open.
 */
class FileEncryptionTest {

  private static final String PASSPHRASE = "ab long-and-strong-passphrase-2024";

  @TempDir Path temp;

  private DataDirectory directory() {
    return new DataDirectory(temp.resolve("data"));
  }

  /**
   * Whether {@code fileKey} decrypts the raw file, as H2's own tools would use it: a wrong key
   * fails with H2's encryption error; a right key gets past it (whatever the user password).
   */
  private boolean h2Decrypts(String fileKey) {
    String url = "jdbc:h2:file:" + directory().databaseBase() + ";CIPHER=AES;IFEXISTS=TRUE";
    try (var connection = DriverManager.getConnection(url, "sa", fileKey + " not-the-user-pw")) {
      return true;
    } catch (SQLException e) {
      return e.getErrorCode() != org.h2.api.ErrorCode.FILE_ENCRYPTION_ERROR_1;
    }
  }

  @Test
  void theWholePassphraseProtectsANewFile() {
    Database.open(directory(), Optional.of(PASSPHRASE.toCharArray())).close();

    assertThat(h2Decrypts("ab")).isFalse();
    assertThat(h2Decrypts(PASSPHRASE)).isFalse();
    assertThat(directory().keyFile()).exists();
    Database.open(directory(), Optional.of(PASSPHRASE.toCharArray())).close();
    assertThat(keyOf(() -> Database.open(directory(), Optional.of("ab".toCharArray()))))
        .isEqualTo("error.database.wrongPassword");
    assertThat(
            keyOf(
                () ->
                    Database.open(
                        directory(),
                        Optional.of("ab long-and-strong-passphrase-2025".toCharArray()))))
        .isEqualTo("error.database.wrongPassword");
  }

  @Test
  void weakPassphrasesAreRefusedBeforeAnythingIsCreated() {
    assertThat(keyOf(() -> Database.open(directory(), Optional.of("a".toCharArray()))))
        .isEqualTo("error.filePassword.tooShort");
    assertThat(keyOf(() -> Database.open(directory(), Optional.of(" ".repeat(12).toCharArray()))))
        .isEqualTo("error.filePassword.weak");
    assertThat(directory().databaseFile()).doesNotExist();
  }

  @Test
  void aFileEncryptedTheOldWayIsReEncryptedWithTheWholePassphraseOnOpen() throws SQLException {
    // what the previous release did: the passphrase plus a space, split by H2 at the first space
    String url = "jdbc:h2:file:" + directory().databaseBase() + ";CIPHER=AES";
    temp.resolve("data").toFile().mkdirs();
    org.h2.jdbcx.JdbcDataSource legacy = new org.h2.jdbcx.JdbcDataSource();
    legacy.setURL(url);
    legacy.setUser("sa");
    legacy.setPassword(PASSPHRASE + " ");
    org.flywaydb.core.Flyway.configure()
        .dataSource(legacy)
        .locations(SchemaMigrator.LOCATION)
        .load()
        .migrate();
    try (var connection = DriverManager.getConnection(url, "sa", PASSPHRASE + " ");
        var statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO app_setting (setting_key, setting_value, updated_at)"
              + " VALUES ('marker', 'kept', CURRENT_TIMESTAMP)");
    }
    assertThat(h2Decrypts("ab")).isTrue(); // the weakness

    try (Database database = Database.open(directory(), Optional.of(PASSPHRASE.toCharArray()))) {
      assertThat(database.schemaVersion()).isEqualTo(SchemaMigrator.LATEST_VERSION);
      Optional<String> kept = database.read(tx -> new SettingRepository().find(tx, "marker"));
      assertThat(kept).contains("kept");
    }
    assertThat(h2Decrypts("ab")).isFalse();
    assertThat(directory().backupsDirectory()).isDirectoryContaining("glob:**-before-rekey.mv.db");
    Database.open(directory(), Optional.of(PASSPHRASE.toCharArray())).close();
  }
}
