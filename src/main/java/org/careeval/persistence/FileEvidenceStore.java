package org.careeval.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Evidence files in a folder of the data directory, one file per content hash. */
public final class FileEvidenceStore implements EvidenceStore {

  private final Path folder;

  public FileEvidenceStore(Path folder) {
    this.folder = folder;
  }

  @Override
  public String put(Path source) throws IOException {
    Files.createDirectories(folder);
    Path tmp = Files.createTempFile(folder, ".scan-", ".tmp");
    try {
      MessageDigest digest = sha256();
      try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest)) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      String hash = HexFormat.of().formatHex(digest.digest());
      Files.move(tmp, folder.resolve(hash), StandardCopyOption.REPLACE_EXISTING);
      return hash;
    } finally {
      Files.deleteIfExists(tmp); // left only when copying failed
    }
  }

  @Override
  public void copyTo(String sha256, Path target) throws IOException {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IOException("not a content address: " + sha256);
    }
    Files.copy(folder.resolve(sha256), target, StandardCopyOption.REPLACE_EXISTING);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
