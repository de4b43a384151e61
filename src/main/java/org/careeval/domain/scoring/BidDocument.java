package org.careeval.domain.scoring;

import java.time.Instant;

/** A file that came with a bid, kept by the SHA-256 of its content. */
public record BidDocument(
    long id, String fileName, String sha256, long sizeBytes, String addedBy, Instant addedAt) {}
