package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.cli.Cli;
import org.careeval.domain.organization.OrganizationAlert;
import org.careeval.domain.organization.OrganizationCode;
import org.careeval.domain.organization.RegisterEntry;
import org.careeval.domain.organization.UsccCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo county: realistic, valid, loadable once, and only into a new data directory. */
class DemoCountyTest {

  @TempDir Path temp;

  private int run(StringWriter out, StringWriter err, String... args) {
    return Cli.run(
        args,
        new TestCliEnvironment(Map.of(), Optional.empty()),
        new PrintWriter(out),
        new PrintWriter(err));
  }

  @Test
  void sampleFileHoldsAMixOfValidOrganizations() throws IOException {
    List<String> lines =
        Files.readAllLines(Path.of("sample-projects/demo-county/organizations.tsv"));
    List<OrganizationCode> codes =
        lines.subList(1, lines.size()).stream()
            .map(line -> OrganizationCode.parse(line.split("\t")[1]).code().orElseThrow())
            .toList();
    assertThat(codes).hasSizeBetween(25, 40);
    assertThat(lines.subList(1, lines.size()).stream().map(line -> line.split("\t")[0]))
        .doesNotHaveDuplicates();
    assertThat(codes)
        .filteredOn(c -> c.status() == OrganizationCode.CheckStatus.PENDING)
        .hasSize(1);
    assertThat(codes).filteredOn(c -> c.kind() == OrganizationCode.Kind.LEGACY).hasSize(1);
    assertThat(codes.stream().flatMap(c -> c.category().stream()).distinct())
        .contains(
            UsccCategory.SOCIAL_GROUP,
            UsccCategory.SOCIAL_SERVICE_ORGANIZATION,
            UsccCategory.FOUNDATION);
  }

  @Test
  void demoLoadCreatesAUserPerRoleAndTheOrganizationsWithTheirAlerts() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(run(out, err, "--data-dir", temp.resolve("data").toString(), "demo", "load"))
        .as(err.toString())
        .isZero();
    assertThat(out.toString()).contains("30 家社会组织", "demo1234");
    try (AppContext context = TestContexts.open(temp.resolve("data"), new MutableClock())) {
      var supervisor =
          context.authentication().signIn("supervisor", "demo1234".toCharArray()).session();
      List<RegisterEntry> register = context.organizationDetails().entries(supervisor);
      assertThat(register).hasSize(30);
      assertThat(register.stream().flatMap(e -> e.alerts().stream()).distinct())
          .containsExactlyInAnyOrder(OrganizationAlert.values());
      assertThat(register).allMatch(e -> !e.towns().isEmpty());
      for (String user : List.of("admin", "officer", "expert", "auditor")) {
        assertThat(
                context
                    .authentication()
                    .signIn(user, "demo1234".toCharArray())
                    .mustChangePassword())
            .isFalse();
      }
    }
  }

  @Test
  void demoIsRefusedWhereUsersExist() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    run(out, err, "--data-dir", temp.resolve("data").toString(), "demo", "load");
    StringWriter again = new StringWriter();
    assertThat(run(out, again, "--data-dir", temp.resolve("data").toString(), "demo", "load"))
        .isEqualTo(1);
    assertThat(again.toString()).contains("已经有用户，不能再载入示范县");
  }

  @Test
  void aDemoLoadThatFailsHalfWayLeavesNothingBehindAndCanBeRunAgain() throws Exception {
    assumeFalse(TestPostgres.enabled(), "edits the embedded H2 file directly");
    Path dir = temp.resolve("data");
    TestContexts.open(dir, new MutableClock()).close();
    // an organization already holding the code of the demo's last one: the load fails late
    String lastCode = lastDemoCode();
    try (var connection =
            java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + new org.careeval.domain.system.DataDirectory(dir).databaseBase(),
                "sa",
                "");
        var statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO organization (name, name_key, code, code_kind, check_status,"
              + " legal_representative, address, phone, active, created_at, updated_at)"
              + " VALUES ('先登记的', '先登记的', '"
              + lastCode
              + "', 'USCC', 'PASSED', '', '', '', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    assertThat(run(out, err, "--data-dir", dir.toString(), "demo", "load")).isEqualTo(1);

    try (AppContext context = TestContexts.open(dir, new MutableClock())) {
      assertThat(context.users().isSetUp()).isFalse(); // no half-loaded county
    }
    try (var connection =
            java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + new org.careeval.domain.system.DataDirectory(dir).databaseBase(),
                "sa",
                "");
        var statement = connection.createStatement();
        var rows = statement.executeQuery("SELECT COUNT(*) FROM organization")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1);
      statement.execute("DELETE FROM organization");
    }
    assertThat(run(out, err, "--data-dir", dir.toString(), "demo", "load")).isZero();
  }

  private static String lastDemoCode() throws IOException {
    List<String> lines =
        java.nio.file.Files.readAllLines(Path.of("sample-projects/demo-county/organizations.tsv"));
    return lines.get(lines.size() - 1).split("\t")[1];
  }
}
