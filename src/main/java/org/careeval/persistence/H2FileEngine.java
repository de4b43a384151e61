package org.careeval.persistence;

import com.zaxxer.hikari.HikariConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.system.DataDirectory;
import org.h2.api.ErrorCode;
import org.jooq.SQLDialect;

/** The embedded H2 file of a data directory, optionally AES-encrypted. */
final class H2FileEngine extends DatabaseEngine {

  private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

  private final DataDirectory directory;
  private final Optional<char[]> filePassword;
  private String fileKey = "";

  H2FileEngine(DataDirectory directory, Optional<char[]> filePassword) {
    this.directory = directory;
    this.filePassword = filePassword;
  }

  static boolean exists(DataDirectory directory) {
    return Files.isRegularFile(directory.databaseFile());
  }

  /** True when the database file is H2-encrypted (it starts with H2's encryption header). */
  static boolean isEncrypted(DataDirectory directory) {
    byte[] header = new byte[ENCRYPTED_HEADER.length];
    try (InputStream in = Files.newInputStream(directory.databaseFile())) {
      return in.readNBytes(header, 0, header.length) == header.length
          && Arrays.equals(header, ENCRYPTED_HEADER);
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  SQLDialect dialect() {
    return SQLDialect.H2;
  }

  private String url() {
    // DB_CLOSE_ON_EXIT=FALSE: we close in order ourselves (window close, CLI end)
    return "jdbc:h2:file:"
        + directory.databaseBase()
        + ";DB_CLOSE_ON_EXIT=FALSE"
        + (filePassword.isPresent() ? ";CIPHER=AES" : "");
  }

  /**
   * H2 takes "file password, space, user password"; the user password is empty. The file password
   * is the key derived from the whole passphrase (hex, no spaces), never the passphrase itself.
   */
  private String password() {
    return filePassword.isPresent() ? fileKey + " " : "";
  }

  @Override
  void checkOpenable() {
    if (isEncrypted(directory) && filePassword.isEmpty()) {
      throw new CareEvalException("error.database.passwordRequired", directory.databaseFile());
    }
    if (exists(directory) && !isEncrypted(directory) && filePassword.isPresent()) {
      throw new CareEvalException("error.database.notEncrypted", directory.databaseFile());
    }
    if (filePassword.isPresent()) {
      fileKey = FileKeys.fileKey(directory, filePassword.get());
    }
    // the pool's first connection opens the file; Database translates its failure
  }

  @Override
  HikariConfig poolConfig() {
    return smallPool("careeval-h2", url(), "sa", password());
  }

  @Override
  CareEvalException openFailure(SQLException e) {
    return openFailure(e, directory);
  }

  /** What H2's error while opening a data directory's file means (also for re-keying it). */
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

  @Override
  boolean backup(DataSource dataSource, Path target) throws SQLException {
    try (var connection = dataSource.getConnection();
        var statement = connection.prepareStatement("BACKUP TO ?")) {
      statement.setString(1, target.toString());
      statement.execute();
    }
    return true;
  }
}
