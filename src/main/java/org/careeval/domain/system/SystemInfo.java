package org.careeval.domain.system;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the officer or IT staff need to know about one installation: where its data lives, which
 * schema version the database has and how much it holds.
 */
public record SystemInfo(
    Path dataDirectory,
    Path databaseFile,
    String schemaVersion,
    Optional<OffsetDateTime> createdAt,
    List<TableRowCount> tables) {

  public SystemInfo {
    tables = List.copyOf(tables);
  }
}
