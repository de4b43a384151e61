package org.careeval.domain.delivery;

import java.time.Instant;

/**
 * A file backing a period report (sign-in sheet, photo, case record): kept once in the data
 * directory under its SHA-256, listed here with the name it came with.
 */
public record EvidenceFile(
    String sha256, String fileName, long sizeBytes, String addedBy, Instant addedAt) {}
