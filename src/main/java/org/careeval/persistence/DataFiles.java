package org.careeval.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.careeval.domain.system.DataDirectory;

/** Small files the data directory keeps beside the database: markers, keys, backups. */
final class DataFiles {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private DataFiles() {}

  /** Replaces a small text file atomically: a crash leaves the old content or the new one. */
  static void replace(Path file, String text) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.US_ASCII);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** A file in the backups folder named by the time now: {@code careeval-<stamp>-<what>}. */
  static Path backupFile(DataDirectory directory, String what) {
    return directory
        .backupsDirectory()
        .resolve("careeval-" + LocalDateTime.now().format(STAMP) + "-" + what);
  }
}
