package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.cli.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code careeval project list|show} and {@code rubric import|export} on the demo county: the exact
 * output of issue 11.
 */
class ProjectCliTest {

  @TempDir Path temp;

  private record Result(int exitCode, String out, String err) {}

  private Result run(String... args) {
    List<String> all = new ArrayList<>(List.of("--data-dir", temp.resolve("data").toString()));
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.run(
            all.toArray(String[]::new),
            new TestCliEnvironment(Map.of("CAREEVAL_PASSWORD", "demo1234"), Optional.empty()),
            new PrintWriter(out),
            new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @BeforeEach
  void loadDemo() {
    assertThat(run("demo", "load").exitCode()).isZero();
  }

  private String[] line(String out, int index) {
    return out.split("\\R")[index].split("\t", -1);
  }

  @Test
  void listIsOneTsvLinePerProjectNewestYearFirst() {
    Result result = run("project", "list", "--user", "officer");
    assertThat(result.exitCode()).isZero();
    int year = LocalDate.now().getYear();
    String[] lines = result.out().split("\\R");
    assertThat(lines).hasSize(8);
    String[] first = line(result.out(), 0);
    assertThat(first).hasSize(6);
    assertThat(List.of(first).subList(1, 6))
        .containsExactly(Integer.toString(year), "城关镇、石桥镇农村留守儿童关爱服务项目", "公开招标", "评审中", "480000.00");
    assertThat(result.out())
        .contains(
            "\t城关镇农村留守儿童安全守护服务项目（示范评审）\t公开招标\t已定标\t420000.00",
            "\t竞争性磋商\t已发布\t260000.00",
            "\t草稿\t150000.00",
            "\t已签约\t",
            "\t已结项\t",
            "\t邀请招标\t废标\t90000.00");
  }

  @Test
  void listAsJsonHasBudgetsAsTwoDecimalStrings() {
    Result result = run("project", "list", "--format", "json", "--user", "officer");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains(
            "\"projects\"",
            "\"budget\" : \"480000.00\"",
            "\"method\" : \"公开招标\"",
            "\"status\" : \"评审中\"");
  }

  @Test
  void showNamesPlacesCategoriesAndTheRubric() {
    String id = line(run("project", "list", "--user", "officer").out(), 0)[0];
    Result result = run("project", "show", id, "--user", "officer");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out().split("\\R"))
        .contains(
            "status\t评审中",
            "budget\t480000.00",
            "rubricVersion\t1",
            "rubricLocked\ttrue",
            "rubricProblems\t0");
    assertThat(result.out()).contains("城关镇", "河口村", "监护指导");
    Result missing = run("project", "show", "9999", "--user", "officer");
    assertThat(missing.exitCode()).isEqualTo(Cli.EXIT_REJECTED);
    assertThat(missing.err()).contains("找不到编号为 9999 的项目");
  }

  @Test
  void rubricExportImportsBackAndABrokenWorkbookIsListed() throws Exception {
    // the published 磋商: its rubric is not locked yet (the tender under review has scores)
    String published =
        java.util.Arrays.stream(run("project", "list", "--user", "officer").out().split("\\R"))
            .filter(l -> l.contains("\t已发布\t"))
            .findFirst()
            .orElseThrow()
            .split("\t")[0];
    Path file = temp.resolve("rubric.xlsx");
    Result exported =
        run("rubric", "export", "--project", published, file.toString(), "--user", "officer");
    assertThat(exported.exitCode()).isZero();
    assertThat(run("rubric", "check", file.toString()).out()).isEmpty();
    Result imported =
        run("rubric", "import", file.toString(), "--project", published, "--user", "officer");
    assertThat(imported.exitCode()).isZero();
    assertThat(imported.out()).contains("第 1 版");

    Path broken = temp.resolve("broken.xlsx");
    Files.write(broken, new byte[] {'P', 'K', 3, 4});
    Result refused =
        run("rubric", "import", broken.toString(), "--project", published, "--user", "officer");
    assertThat(refused.exitCode()).isEqualTo(Cli.EXIT_REJECTED);
  }

  @Test
  void officersOnlyChangeRubricsAndExpertsDoNotSeeProjects() {
    Result expert = run("project", "list", "--user", "expert");
    assertThat(expert.exitCode()).isEqualTo(Cli.EXIT_REJECTED);
    assertThat(expert.err()).contains("查看购买服务项目");
  }

  @Test
  void theDemosFinishedEvaluationIsRanked() {
    String id =
        List.of(run("project", "list", "--user", "officer").out().split("\\R")).stream()
            .filter(l -> l.contains("示范评审"))
            .findFirst()
            .orElseThrow()
            .split("\t")[0];
    String[] lines =
        run("project", "rank", "--project", id, "--user", "officer").out().split("\\R");
    assertThat(lines).hasSize(4);
    assertThat(lines).extracting(l -> l.split("\t", -1)[0]).containsExactly("1", "2", "3", "-");
    assertThat(lines[3]).endsWith("服务期限少于采购需求的 12 个月（★）");
    assertThat(lines[0].split("\t", -1)[7]).isEmpty();
  }
}
