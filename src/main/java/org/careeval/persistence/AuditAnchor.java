package org.careeval.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.careeval.domain.system.DataDirectory;

/**
 * The audit trail's newest event (id and hash) as last committed, kept in a file beside the
 * database (issue 9, section 11). Deleting the newest events and copying the new last hash into the
 * database's recorded head leaves a consistent chain inside the database; the anchor outside it
 * still names the event that was there.
 */
public final class AuditAnchor {

  /** An event the anchor vouches for. */
  public record Mark(long eventId, String hash) {}

  private final Path file;
  private final Path broken;

  public AuditAnchor(DataDirectory directory) {
    this.file = directory.auditAnchorFile();
    this.broken = file.resolveSibling(file.getFileName() + ".broken");
  }

  /** Records a committed event; replaced atomically so a crash leaves the old or the new mark. */
  public void write(long eventId, String hash) {
    try {
      DataFiles.replace(file, eventId + " " + hash + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The mark, if the file exists; a file that cannot be read is reported as a mark of -1. */
  public Optional<Mark> read() {
    return read(file);
  }

  /**
   * A mark found not to match when the data directory opened, kept aside so that the next event
   * (which moves the anchor on) cannot erase the evidence. An administrator who has looked into it
   * removes the file.
   */
  public Optional<Mark> readBroken() {
    return read(broken);
  }

  /** Keeps the current mark as evidence of a mismatch (once; an older one stays). */
  public void keepAsBroken() {
    try {
      if (!Files.exists(broken) && Files.exists(file)) {
        Files.copy(file, broken);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Mark> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
      return Optional.of(new Mark(Long.parseLong(parts[0]), parts[1]));
    } catch (IOException | RuntimeException e) {
      return Optional.of(new Mark(-1, ""));
    }
  }
}
