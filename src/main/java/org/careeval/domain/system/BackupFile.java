package org.careeval.domain.system;

import java.nio.file.Path;
import java.time.Instant;

/** A copy of the database taken automatically, for example before a schema migration. */
public record BackupFile(Path file, long sizeBytes, Instant createdAt) {}
