package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.careeval.domain.audit.AuditChain;
import org.careeval.domain.audit.AuditEvent;
import org.careeval.domain.audit.AuditFilter;
import org.careeval.domain.system.DataDirectory;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.careeval.service.audit.AuditService.VerificationReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone with the database file and an SQL tool edits or deletes audit rows directly; the
 * verification must name the first broken event.
 */
class AuditTamperTest {

  private static final char[] PASSWORD = "admin-pass-1".toCharArray();

  @TempDir Path temp;
  private final MutableClock clock = new MutableClock();
  private List<AuditEvent> original;

  private AppContext open() {
    return TestContexts.open(temp.resolve("data"), clock);
  }

  private Session admin(AppContext context) {
    return context.authentication().signIn("admin", PASSWORD).session();
  }

  @BeforeEach
  void recordSomeHistory() {
    try (AppContext context = open()) {
      context.users().createFirstAdmin("admin", "王管理", PASSWORD); // event 1
      Session admin = admin(context); // 2
      context.users().create(admin, "officer", "", Set.of(Role.OFFICER), PASSWORD); // 3
      original = context.audit().search(admin, AuditFilter.ALL);
      context.authentication().signOut(admin); // 4
    }
    assertThat(original).hasSize(3);
  }

  private void sql(String statement) throws SQLException {
    DataDirectory directory = new DataDirectory(temp.resolve("data"));
    try (Connection connection =
            DriverManager.getConnection("jdbc:h2:file:" + directory.databaseBase(), "sa", "");
        Statement st = connection.createStatement()) {
      st.executeUpdate(statement);
    }
  }

  private VerificationReport verify() {
    try (AppContext context = open()) {
      return context.audit().verify(admin(context));
    }
  }

  @Test
  void untouchedTrailVerifies() {
    VerificationReport report = verify();
    assertThat(report.verification().intact()).isTrue();
    // the verification's own sign-in is event 5
    assertThat(report.verification().checked()).isEqualTo(5);
  }

  @Test
  void editedRowIsNamed() throws SQLException {
    sql("UPDATE audit_event SET actor = 'mallory' WHERE id = 3");
    VerificationReport report = verify();
    assertThat(report.verification().brokenEventId()).contains(3L);
    assertThat(report.verification().reason()).contains(AuditChain.Break.CONTENT_CHANGED);
  }

  @Test
  void editedValuesWithRecomputedOwnHashStillBreakTheNextLink() throws SQLException {
    // a careful forger recomputes the row's hash, but the next event still links to the old one
    AuditEvent target = original.stream().filter(e -> e.id() == 2).findFirst().orElseThrow();
    String forged =
        AuditChain.hash(
            target.previousHash(),
            target.occurredAt(),
            "mallory",
            target.action(),
            target.entityType(),
            target.entityId(),
            target.before(),
            target.after());
    sql("UPDATE audit_event SET actor = 'mallory', hash = '" + forged + "' WHERE id = 2");
    VerificationReport report = verify();
    assertThat(report.verification().brokenEventId()).contains(3L);
    assertThat(report.verification().reason()).contains(AuditChain.Break.LINK_BROKEN);
  }

  @Test
  void deletedRowIsFoundAtTheNextEvent() throws SQLException {
    sql("DELETE FROM audit_event WHERE id = 2");
    VerificationReport report = verify();
    assertThat(report.verification().brokenEventId()).contains(3L);
    assertThat(report.verification().reason()).contains(AuditChain.Break.LINK_BROKEN);
  }

  @Test
  void deletedNewestRowIsFoundAgainstTheHead() throws SQLException {
    sql("DELETE FROM audit_event WHERE id = 4");
    // the verifying admin's sign-in is appended after the gap, so the link there breaks
    VerificationReport report = verify();
    assertThat(report.verification().intact()).isFalse();
    assertThat(report.verification().brokenEventId()).contains(5L);
  }
}
