package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careeval.cli.Cli;
import org.careeval.domain.system.DataDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `careeval project finalize|verify` on the demo county, whose finished evaluation the supervisor
 * finalized: verify matches; a score changed behind the application's back (plain SQL on the H2
 * file) makes it fail and say which lines differ. H2 only: the change is made with H2's driver.
 */
class ResultVerificationCliTest {

  private static final String FINISHED = "（示范评审）";

  @TempDir Path temp;

  private CliRun.Result run(String... args) {
    return CliRun.run(temp.resolve("data"), args);
  }

  @BeforeEach
  void loadDemo() {
    assertThat(run("demo", "load").exitCode()).isZero();
  }

  private String projectId(String nameEnd) {
    return Arrays.stream(run("project", "list", "--user", "officer").out().split("\\R"))
        .filter(l -> l.split("\t")[2].endsWith(nameEnd))
        .findFirst()
        .orElseThrow()
        .split("\t")[0];
  }

  @Test
  void theFinalizedDemoResultVerifiesAndAChangedScoreIsCaught() throws Exception {
    String id = projectId(FINISHED);
    CliRun.Result verified = run("project", "verify", "--project", id, "--user", "auditor");
    assertThat(verified.exitCode()).isZero();
    assertThat(verified.out()).matches("一致：[0-9a-f]{64}\\R");
    String hash = verified.out().substring(3, 67);

    CliRun.Result again = run("project", "finalize", "--project", id, "--user", "supervisor");
    assertThat(again.exitCode()).isEqualTo(Cli.EXIT_REJECTED);
    assertThat(again.err()).contains("已经锁定");
    CliRun.Result officer = run("project", "finalize", "--project", id, "--user", "officer");
    assertThat(officer.exitCode()).isEqualTo(Cli.EXIT_REJECTED);

    Path summary = temp.resolve("summary.xlsx");
    assertThat(
            run("project", "summary", "--project", id, summary.toString(), "--user", "auditor")
                .exitCode())
        .isZero();
    try (InputStream in = Files.newInputStream(summary);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Row row = workbook.getSheet("评分汇总表").getRow(5);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("结果校验码");
      assertThat(row.getCell(1).getStringCellValue())
          .isEqualTo("SHA-256 " + hash.substring(0, 16) + "（已锁定）");
    }

    sql(
        "UPDATE score SET points = points - 1 WHERE criterion_code = 'A1' AND member_id ="
            + " (SELECT MIN(m.id) FROM panel_member m WHERE m.project_id = "
            + id
            + ")");
    CliRun.Result changed = run("project", "verify", "--project", id, "--user", "auditor");
    assertThat(changed.exitCode()).isEqualTo(Cli.EXIT_REJECTED);
    List<String> lines = changed.out().lines().toList();
    assertThat(lines.get(0)).startsWith("不一致：锁定时 " + hash);
    assertThat(lines.subList(1, lines.size())).anyMatch(l -> l.startsWith("- 1|"));
    assertThat(lines.subList(1, lines.size())).anyMatch(l -> l.startsWith("+ "));
  }

  @Test
  void anUnsignedResultCannotBeFinalizedNorVerified() {
    String id = projectId("城关镇、石桥镇农村留守儿童关爱服务项目");
    CliRun.Result refused = run("project", "finalize", "--project", id, "--user", "supervisor");
    assertThat(refused.exitCode()).isEqualTo(Cli.EXIT_REJECTED);
    assertThat(refused.err()).contains("未签字");
    CliRun.Result nothing = run("project", "verify", "--project", id, "--user", "supervisor");
    assertThat(nothing.exitCode()).isEqualTo(Cli.EXIT_REJECTED);
    assertThat(nothing.err()).contains("还没有锁定");
  }

  @Test
  void theDemoAwardNoticeNamesTheFirstCandidateAndARefusalPassesTheContractOn() {
    String id = projectId(FINISHED);
    CliRun.Result twice = run("project", "award", "--project", id, "--user", "supervisor");
    assertThat(twice.exitCode()).isEqualTo(Cli.EXIT_REJECTED);
    assertThat(twice.err()).contains("只有评审中的项目可以定标");
    CliRun.Result officer =
        run("project", "award", "--project", id, "--refused", "不签", "--user", "officer");
    assertThat(officer.exitCode()).isEqualTo(Cli.EXIT_REJECTED);

    CliRun.Result refused =
        run(
            "project",
            "award",
            "--project",
            id,
            "--refused",
            "理事会未通过，书面放弃",
            "--user",
            "supervisor");
    assertThat(refused.exitCode()).isZero();
    assertThat(refused.out()).startsWith("已登记拒签。下一名候选人：").contains("（第 2 名）");
    String second = refused.out().split("：")[1].split("（")[0];

    CliRun.Result notice =
        run("project", "award", "--project", id, "--buyer", "青山县民政局", "--user", "supervisor");
    assertThat(notice.exitCode()).isZero();
    assertThat(notice.out().lines())
        .contains("    供应商名称：" + second, "九、采购人：青山县民政局", "七、公告期限：自本公告发布之日起 1 个工作日。")
        .anyMatch(l -> l.matches("八、其他补充事宜：评审结果校验码 [0-9a-f]{16}"));
  }

  private void sql(String statement) throws Exception {
    DataDirectory directory = new DataDirectory(temp.resolve("data"));
    try (Connection connection =
            DriverManager.getConnection("jdbc:h2:file:" + directory.databaseBase(), "sa", "");
        Statement st = connection.createStatement()) {
      assertThat(st.executeUpdate(statement)).isPositive();
    }
  }
}
