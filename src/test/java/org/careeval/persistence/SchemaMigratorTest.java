package org.careeval.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaMigratorTest {

  private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

  /** When you add a migration, raise SchemaMigrator.LATEST_VERSION to its version. */
  @Test
  void latestVersionIsTheNewestMigrationFile() throws IOException {
    String newest;
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      newest =
          files
              .map(f -> VERSIONED.matcher(f.getFileName().toString()))
              .filter(Matcher::matches)
              .map(m -> m.group(1))
              .max(Comparator.comparingInt(Integer::parseInt))
              .orElseThrow();
    }
    assertThat(SchemaMigrator.LATEST_VERSION).isEqualTo(newest);
  }
}
