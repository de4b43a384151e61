package org.careeval.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.QualificationDocument;
import org.careeval.domain.organization.Staffing;
import org.careeval.domain.system.DataDirectory;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.UserAccount;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, section 10: a database at each shipped schema version, with data, is upgraded by the
 * real migrations and read back by today's repositories. Add a fixture (db/fixture/vNNN-data.sql)
 * for every schema version a release ships.
 */
class SchemaUpgradeTest {

  @TempDir Path temp;

  private DataDirectory databaseAt(String version, String dataScript) {
    DataDirectory directory = new DataDirectory(temp.resolve("data"));
    Flyway.configure()
        .dataSource("jdbc:h2:file:" + directory.databaseBase(), "sa", "")
        .locations(SchemaMigrator.LOCATION)
        .target(version)
        .load()
        .migrate();
    runScript(directory, dataScript);
    return directory;
  }

  private static void runScript(DataDirectory directory, String script) {
    try (var connection =
            java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + directory.databaseBase(), "sa", "");
        var statement = connection.createStatement()) {
      statement.execute("RUNSCRIPT FROM 'classpath:" + script + "'");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void version004WithDataUpgradesToTheNewestAndReadsBack() {
    DataDirectory directory = databaseAt("004", "/db/fixture/v004-data.sql");

    try (Database database = Database.open(directory)) {
      assertThat(database.schemaVersion()).isEqualTo(SchemaMigrator.LATEST_VERSION);
      Optional<Organization> organization =
          database.read(tx -> new OrganizationRepository().find(tx, 7));
      assertThat(organization)
          .hasValueSatisfying(
              o -> {
                assertThat(o.name()).isEqualTo("青山县阳光儿童服务中心");
                assertThat(o.rating()).isPresent();
                assertThat(o.version()).isZero();
              });
      List<QualificationDocument> documents =
          database.read(tx -> new OrganizationDetailRepository().documents(tx, 7));
      assertThat(documents)
          .singleElement()
          .satisfies(d -> assertThat(d.number()).isEqualTo("青民登字第1号"));
      Staffing staffing = database.read(tx -> new OrganizationDetailRepository().staffing(tx, 7));
      assertThat(staffing.total()).isEqualTo(12);
      Optional<UserAccount> officer = database.read(tx -> new UserRepository().find(tx, 1));
      assertThat(officer)
          .hasValueSatisfying(
              u -> {
                assertThat(u.roles()).containsExactly(Role.OFFICER);
                assertThat(u.version()).isZero();
              });
    }
    assertThat(directory.backupsDirectory()).isDirectoryContaining("glob:**-v004.zip");
  }

  @Test
  void version006TownsMoveOntoThePlacesTableWithoutLosingOne() {
    DataDirectory directory = databaseAt("006", "/db/fixture/v006-data.sql");

    try (Database database = Database.open(directory)) {
      OrganizationDetailRepository details = new OrganizationDetailRepository();
      List<String> seven = database.read(tx -> details.towns(tx, 7));
      List<String> eight = database.read(tx -> details.towns(tx, 8));
      List<String> places =
          database.read(tx -> new PlaceRepository().list(tx)).stream()
              .map(p -> p.kind() + " " + p.name())
              .toList();
      assertThat(seven).containsExactly("城关镇", "石桥镇");
      assertThat(eight).containsExactly("柳河乡（原柳河镇）", "石桥镇");
      assertThat(places).containsExactlyInAnyOrder("TOWN 城关镇", "TOWN 石桥镇", "TOWN 柳河乡（原柳河镇）");
    }
  }
}
