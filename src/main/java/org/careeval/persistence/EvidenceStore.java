package org.careeval.persistence;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where evidence files (scans of certificates, later contracts, photos of service records) are
 * kept, addressed by the SHA-256 of their content (issue 9, §6). Today a folder of the data
 * directory ({@link FileEvidenceStore}); a shared installation may keep them beside its PostgreSQL
 * database instead.
 */
public interface EvidenceStore {

  /**
   * Copies a file in; the same content stored twice is kept once.
   *
   * @return the SHA-256 of the content (hex), which addresses it from now on
   */
  String put(Path source) throws IOException;

  /** Copies stored content out to {@code target}, replacing what is there. */
  void copyTo(String sha256, Path target) throws IOException;
}
