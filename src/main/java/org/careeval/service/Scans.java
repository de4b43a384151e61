package org.careeval.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.careeval.domain.CareEvalException;
import org.careeval.persistence.EvidenceStore;

/** Scans kept by the app (certificates, contracts): size-checked, stored once by SHA-256. */
public final class Scans {

  /** Largest scan accepted, so one photo cannot fill the office PC's disk. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  private Scans() {}

  /** Copies the scan into the evidence store; returns its SHA-256. */
  public static String store(EvidenceStore evidence, Path scan) {
    try {
      long size = Files.size(scan);
      if (size > MAX_BYTES) {
        throw new CareEvalException("error.org.scanTooLarge", scan.getFileName(), MAX_BYTES >> 20);
      }
      return evidence.put(scan);
    } catch (IOException e) {
      throw new CareEvalException(e, "error.org.scanUnreadable", scan, e.getMessage());
    }
  }
}
