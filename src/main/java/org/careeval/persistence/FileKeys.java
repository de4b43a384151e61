package org.careeval.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.system.DataDirectory;
import org.careeval.domain.system.FilePassphrase;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key of an encrypted database file (ADR 0018). H2 splits the text it is given at the first
 * space into "file password" and "user password", so giving it the passphrase itself used only what
 * stood before the first space. Instead the whole passphrase goes through PBKDF2-HMAC-SHA256 with a
 * random salt kept in {@code careeval.key}; H2 gets the hex of the result, which has no space. A
 * database encrypted the old way is re-encrypted with the derived key once, on open.
 */
final class FileKeys {

  private static final Logger LOG = LoggerFactory.getLogger(FileKeys.class);
  private static final String FORMAT = "pbkdf2-sha256";
  private static final int ITERATIONS = 210_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private FileKeys() {}

  /** The file key for H2: for a new database a new salt is made and kept (strength checked). */
  static String fileKey(DataDirectory directory, char[] passphrase) {
    Path keyFile = directory.keyFile();
    if (!H2FileEngine.exists(directory)) {
      FilePassphrase.check(passphrase);
      byte[] salt = newSalt();
      write(keyFile, salt);
      return derive(passphrase, salt);
    }
    Optional<byte[]> salt = read(keyFile);
    if (salt.isPresent()) {
      return derive(passphrase, salt.get());
    }
    return rekeyLegacy(directory, passphrase);
  }

  private static String rekeyLegacy(DataDirectory directory, char[] passphrase) {
    byte[] salt = newSalt();
    String key = derive(passphrase, salt);
    Path copy = DataFiles.backupFile(directory, "before-rekey.mv.db");
    try {
      Files.createDirectories(copy.getParent());
      Files.copy(directory.databaseFile(), copy, StandardCopyOption.COPY_ATTRIBUTES);
      ChangeFileEncryption.execute(
          directory.root().toString(),
          DataDirectory.DATABASE_NAME,
          "AES",
          legacyKey(passphrase),
          key.toCharArray(),
          true);
      clearLegacyUserPassword(directory, key, passphrase);
    } catch (SQLException e) {
      throw H2FileEngine.openFailure(e, directory);
    } catch (IOException | RuntimeException e) {
      throw new CareEvalException(
          e, "error.database.rekeyFailed", directory.databaseFile(), e.toString(), copy);
    }
    write(directory.keyFile(), salt);
    LOG.info("Database {} re-encrypted with a key derived from the whole passphrase", directory);
    return key;
  }

  /**
   * The old split also made the rest of the passphrase the database user's password; the derived
   * key goes with an empty one, as for every database created since.
   */
  private static void clearLegacyUserPassword(
      DataDirectory directory, String key, char[] passphrase) throws SQLException {
    String text = String.valueOf(passphrase) + " ";
    String legacyUser = text.substring(text.indexOf(' ') + 1);
    String url = "jdbc:h2:file:" + directory.databaseBase() + ";CIPHER=AES;IFEXISTS=TRUE";
    try (var connection = java.sql.DriverManager.getConnection(url, "sa", key + " " + legacyUser);
        var statement = connection.createStatement()) {
      statement.execute("ALTER USER SA SET PASSWORD ''");
    }
  }

  /** What H2 used as the file key when it was given "passphrase + space": up to the first space. */
  private static char[] legacyKey(char[] passphrase) {
    String text = String.valueOf(passphrase);
    int space = text.indexOf(' ');
    return (space < 0 ? text : text.substring(0, space)).toCharArray();
  }

  static String derive(char[] passphrase, byte[] salt) {
    try {
      PBEKeySpec spec = new PBEKeySpec(passphrase, salt, ITERATIONS, 256);
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      spec.clearPassword();
      return HexFormat.of().formatHex(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
    }
  }

  private static byte[] newSalt() {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return salt;
  }

  private static void write(Path keyFile, byte[] salt) {
    String text = FORMAT + ":" + ITERATIONS + ":" + HexFormat.of().formatHex(salt) + "\n";
    try {
      DataFiles.replace(keyFile, text);
    } catch (IOException e) {
      throw new CareEvalException(
          e, "error.dataDir.notWritable", keyFile.getParent(), e.toString());
    }
  }

  private static Optional<byte[]> read(Path keyFile) {
    if (!Files.isRegularFile(keyFile)) {
      return Optional.empty();
    }
    try {
      String[] parts = Files.readString(keyFile, StandardCharsets.US_ASCII).strip().split(":");
      if (parts.length != 3
          || !parts[0].equals(FORMAT)
          || !parts[1].equals(Integer.toString(ITERATIONS))) {
        throw new IOException("unknown key file format");
      }
      return Optional.of(HexFormat.of().parseHex(parts[2]));
    } catch (IOException | IllegalArgumentException e) {
      throw new CareEvalException(e, "error.database.openFailed", keyFile, e.toString());
    }
  }
}
