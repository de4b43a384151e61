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
  private static final String HEAD_KEY = "auditTrail.head";

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

  @Test
  void truncationWithARewrittenHeadIsCaughtByTheAnchorOutsideTheDatabase() throws SQLException {
    // the probe: delete the newest events, copy the new last hash into the recorded head
    sql("DELETE FROM audit_event WHERE id >= 3");
    sql(
        "UPDATE app_setting SET setting_value = (SELECT hash FROM audit_event WHERE id = 2)"
            + " WHERE setting_key = '"
            + HEAD_KEY
            + "'");

    VerificationReport report = verify();

    assertThat(report.verification().intact()).isFalse();
    assertThat(report.verification().reason()).contains(AuditChain.Break.ANCHOR_MISMATCH);
    assertThat(report.verification().brokenEventId()).contains(4L);
    // the verification's own sign-in moved the anchor on; the evidence was kept aside at open
    assertThat(temp.resolve("data").resolve("careeval.audit-anchor.broken")).exists();
    assertThat(verify().verification().reason()).contains(AuditChain.Break.ANCHOR_MISMATCH);
  }

  @Test
  void aChainRecomputedWithTheProgramsOwnHashIsCaughtByTheAnchor() throws SQLException {
    // the probe: rewrite history and recompute every hash and the head, as the jar would
    String previous = AuditChain.GENESIS;
    for (AuditEvent e : reread()) {
      String hash =
          AuditChain.hash(
              previous,
              e.occurredAt(),
              "mallory",
              e.action(),
              e.entityType(),
              e.entityId(),
              e.before(),
              e.after());
      sql(
          "UPDATE audit_event SET actor = 'mallory', prev_hash = '"
              + previous
              + "', hash = '"
              + hash
              + "' WHERE id = "
              + e.id());
      previous = hash;
    }
    sql(
        "UPDATE app_setting SET setting_value = '"
            + previous
            + "' WHERE setting_key = '"
            + HEAD_KEY
            + "'");

    VerificationReport report = verify();

    assertThat(report.verification().reason()).contains(AuditChain.Break.ANCHOR_MISMATCH);
    assertThat(report.verification().brokenEventId()).contains(4L);
  }

  /** Every event as stored, oldest first, read with plain SQL. */
  private List<AuditEvent> reread() throws SQLException {
    DataDirectory directory = new DataDirectory(temp.resolve("data"));
    List<AuditEvent> events = new java.util.ArrayList<>();
    try (Connection connection =
            DriverManager.getConnection("jdbc:h2:file:" + directory.databaseBase(), "sa", "");
        Statement st = connection.createStatement();
        var rows =
            st.executeQuery(
                "SELECT id, occurred_at, actor, action, entity_type, entity_id, before_value,"
                    + " after_value, prev_hash, hash FROM audit_event ORDER BY id")) {
      while (rows.next()) {
        events.add(
            new AuditEvent(
                rows.getLong(1),
                rows.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                rows.getString(3),
                org.careeval.domain.audit.AuditAction.valueOf(rows.getString(4)),
                rows.getString(5),
                rows.getString(6),
                rows.getString(7),
                rows.getString(8),
                rows.getString(9),
                rows.getString(10)));
      }
    }
    return events;
  }
}
