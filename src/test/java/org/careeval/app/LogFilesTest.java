package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.careeval.domain.system.DataDirectory;
import org.careeval.service.Failures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, section 9: the data directory's log keeps what happened across restarts, and says when
 * the database was migrated and when data went out.
 */
class LogFilesTest {

  @TempDir Path temp;

  private String log(DataDirectory directory) throws IOException {
    return Files.readString(directory.logFile(), StandardCharsets.UTF_8);
  }

  @Test
  void theLogIsAppendedAcrossStartsAndRecordsMigrationsExportsAndUnexpectedErrors()
      throws IOException {
    DataDirectory directory = new DataDirectory(temp.resolve("data"));
    try (AppContext context = TestContexts.open(directory.root(), Clock.systemUTC())) {
      context.users().createFirstAdmin("admin", "", "pass-word-1".toCharArray());
      Failures.logged(new IllegalStateException("a bug found in the first run"));
    }
    try (AppContext context = TestContexts.open(directory.root(), Clock.systemUTC())) {
      var admin = context.authentication().signIn("admin", "pass-word-1".toCharArray()).session();
      context
          .audit()
          .export(
              admin,
              org.careeval.domain.audit.AuditFilter.ALL,
              temp.resolve("audit.xlsx"),
              org.careeval.service.i18n.Messages.of(org.careeval.service.i18n.Messages.CHINESE),
              context.clock().zone());
    }

    String text = log(directory);
    assertThat(text)
        .contains(
            "migrated from schema - to " + org.careeval.persistence.Database.latestSchemaVersion())
        .contains("a bug found in the first run")
        .contains("at org.careeval.app.LogFilesTest") // the stack trace, once
        .contains("Audit export to");
    assertThat(text.indexOf("a bug found in the first run"))
        .isLessThan(text.indexOf("Audit export to"));
  }
}
