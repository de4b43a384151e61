package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careeval.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code careeval rubric check} and {@code template}: no database, the exact output contract. */
class RubricCliTest {

  @TempDir Path temp;

  private record Result(int exitCode, String out, String err) {}

  private Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] withData = new String[args.length + 2];
    withData[0] = "--data-dir";
    withData[1] = temp.resolve("no-data").toString();
    System.arraycopy(args, 0, withData, 2, args.length);
    int code = Cli.run(withData, new Launcher(), new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  private Path template(String method) {
    Path file = temp.resolve(method + ".xlsx");
    assertThat(run("rubric", "template", "--method", method, file.toString()).exitCode()).isZero();
    return file;
  }

  @Test
  void validRubricPrintsNothingAndExitsZeroWithoutADatabase() {
    for (String method : new String[] {"公开招标", "竞争性磋商"}) {
      Result result = run("rubric", "check", template(method).toString());
      assertThat(result.out()).isEmpty();
      assertThat(result.err()).isEmpty();
      assertThat(result.exitCode()).isZero();
    }
    assertThat(temp.resolve("no-data")).doesNotExist();
  }

  @Test
  void problemsAreTabSeparatedLinesOnStdoutAndExitOne() throws IOException {
    Path file = template("公开招标");
    edit(file, "设置", 2, 1, "9");
    Result result = run("rubric", "check", file.toString());
    assertThat(result.exitCode()).isEqualTo(Cli.EXIT_REJECTED);
    assertThat(result.out().split("\\R"))
        .containsExactly(
            "设置\t3\tB\t招标采购服务的价格分值不得低于 10 分（87号令第五十五条），现为 9 分。",
            "评分因素\t0\tD\t评分因素合计 80 分加价格分值 9 分为 89 分，应为 100 分。请调整分值。");
  }

  @Test
  void warningsGoToStderrAndKeepExitZero() throws IOException {
    Path file = template("公开招标");
    edit(file, "资格审查", 1, 1, "社会组织评估等级 3A 及以上");
    Result result = run("rubric", "check", file.toString());
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("资格审查\t2\tB\t资格审查条件 Q1 以社会组织评估等级作为门槛");
  }

  @Test
  void unreadableFileIsOneProblemLine() throws IOException {
    Path file = Files.writeString(temp.resolve("notes.xlsx"), "not a workbook");
    Result result = run("rubric", "check", file.toString());
    assertThat(result.exitCode()).isEqualTo(Cli.EXIT_REJECTED);
    assertThat(result.out()).startsWith("\t0\t\t").contains("notes.xlsx");
  }

  private static void edit(Path file, String sheetName, int row, int column, String value)
      throws IOException {
    XSSFWorkbook workbook;
    try (InputStream in = Files.newInputStream(file)) {
      workbook = new XSSFWorkbook(in);
    }
    Sheet sheet = workbook.getSheet(sheetName);
    sheet.getRow(row).getCell(column).setCellValue(value);
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    workbook.close();
  }
}
