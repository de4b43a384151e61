package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.careeval.domain.delivery.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code careeval balance} and {@code careeval records template|import} on the demo county: the
 * first quarter of its contract has eight record rows in 青龙村 (80 times: material 20, protective 69,
 * caring 5, developmental 6), none in the two other villages it covers.
 */
class RecordsCliTest {

  @TempDir Path temp;

  private CliRun.Result run(String... args) {
    return CliRun.run(temp.resolve("data"), args);
  }

  private String signedContract() {
    return run("contract", "list", "--user", "officer")
        .out()
        .lines()
        .filter(l -> l.contains("\tsigned\t"))
        .findFirst()
        .orElseThrow()
        .split("\t")[0];
  }

  private LocalDate today() {
    try (AppContext context =
        TestContexts.open(temp.resolve("data"), java.time.Clock.systemUTC())) {
      return context.clock().today();
    }
  }

  @Test
  void theBalanceOfAQuarterIsPrintedLineByLine() {
    assertThat(run("demo", "load").exitCode()).isZero();
    String id = signedContract();
    Period first = Period.of(today()).previous().previous().previous().previous();
    CliRun.Result tsv =
        run("balance", "--contract", id, "--period", first.code(), "--user", "auditor");
    assertThat(tsv.exitCode()).isZero();
    assertThat(tsv.out().lines())
        .containsExactly(
            "nature\tmaterial\t10\t20\t25.00",
            "nature\tservice\t32\t60\t75.00",
            "purpose\tprotective\t35\t69\t86.25",
            "purpose\tcaring\t4\t5\t6.25",
            "purpose\tdevelopmental\t3\t6\t7.50",
            "group\tboth-parents-away\t40\t77\t96.25",
            "group\tfather-away\t1\t1\t1.25",
            "group\tmother-away\t0\t0\t0.00",
            "group\tin-difficulty\t1\t2\t2.50",
            "group\tother\t0\t0\t0.00",
            "age\t0-5\t4\t8\t10.00",
            "age\t6-13\t35\t66\t82.50",
            "age\t14-15\t3\t6\t7.50",
            "total\tall\t42\t80\t100.00",
            "villages\tcovered\t3",
            "villages\treached\t1",
            "not-reached\t青龙乡/三合村",
            "not-reached\t青龙乡/板桥村");
    CliRun.Result county =
        run(
            "balance",
            "--county",
            "--period",
            first.code(),
            "--format",
            "json",
            "--user",
            "auditor");
    assertThat(county.exitCode()).isZero();
    assertThat(county.out().replaceAll("\\s", ""))
        .contains("\"total\":{\"key\":\"all\",\"children\":42,\"times\":80,\"share\":\"100.00\"}")
        .contains("\"covered\":3,\"reached\":1");
    assertThat(run("balance", "--period", first.code(), "--user", "auditor").exitCode())
        .isEqualTo(2);
  }

  @Test
  void recordsImportAllOrNothingFromTheContractsTemplate() throws IOException {
    assertThat(run("demo", "load").exitCode()).isZero();
    String id = signedContract();
    Period last = Period.of(today()).previous();
    Path template = temp.resolve("服务记录.xlsx");
    assertThat(
            run("records", "template", "--contract", id, template.toString(), "--user", "officer")
                .exitCode())
        .isZero();
    Path bad = fill(template, "bad.xlsx", last.code(), "城关镇/城东社区");
    CliRun.Result refused =
        run("records", "import", bad.toString(), "--contract", id, "--user", "officer");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.out().lines())
        .containsExactly("[bad.xlsx]服务记录\t2\tB\t“城关镇/城东社区”不是合同覆盖的村（写作“乡镇/村”）。");
    Path good = fill(template, "good.xlsx", last.code(), "青龙乡/板桥村");
    CliRun.Result imported =
        run("records", "import", good.toString(), "--contract", id, "--user", "officer");
    assertThat(imported.exitCode()).isZero();
    assertThat(imported.out()).contains("1");
  }

  @Test
  void aSpotCheckPrintsItsSampleAndTheSameSeedDrawsItAgain() {
    assertThat(run("demo", "load").exitCode()).isZero();
    String id = signedContract();
    CliRun.Result first =
        run("spotcheck", "draw", "--contract", id, "--seed", "20261203", "--user", "officer");
    assertThat(first.exitCode()).isZero();
    // 32 record rows, 30 % rounded up: 10 lines of 8 columns, numbered 1..10, all in 青龙村
    assertThat(first.out().lines()).hasSize(10);
    assertThat(first.out().lines().map(l -> l.split("\t", -1)))
        .allSatisfy(
            cols -> {
              assertThat(cols).hasSize(8);
              assertThat(cols[2]).isEqualTo("青龙乡/青龙村");
            });
    assertThat(first.out().lines().map(l -> l.split("\t")[0]))
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    CliRun.Result again =
        run("spotcheck", "draw", "--contract", id, "--seed", "20261203", "--user", "officer");
    assertThat(again.out()).isEqualTo(first.out());
    CliRun.Result verified = run("spotcheck", "verify", "--check", "1", "--user", "auditor");
    assertThat(verified.exitCode()).isZero();
    assertThat(verified.out().lines()).containsExactly("population\tsame", "sample\tsame");
  }

  private Path fill(Path template, String name, String period, String village) throws IOException {
    Path target = temp.resolve(name);
    try (var in = Files.newInputStream(template);
        Workbook workbook = WorkbookFactory.create(in)) {
      Row row = workbook.getSheet("服务记录").createRow(1);
      String[] texts = {period, village, "亲情关爱", "母亲外出", "6-13岁"};
      for (int c = 0; c < texts.length; c++) {
        row.createCell(c).setCellValue(texts[c]);
      }
      row.createCell(5).setCellValue(4);
      row.createCell(6).setCellValue(8);
      try (var out = Files.newOutputStream(target)) {
        workbook.write(out);
      }
    }
    return target;
  }

  @Test
  void theQuartersRecordsExportAsOneSheet() throws Exception {
    assertThat(run("demo", "load").exitCode()).isZero();
    org.careeval.domain.delivery.Period last =
        org.careeval.domain.delivery.Period.of(java.time.LocalDate.now()).previous();
    Path file = temp.resolve("服务记录.xlsx");

    CliRun.Result result =
        run("records", "export", "--period", last.code(), file.toString(), "--user", "officer");

    assertThat(result.exitCode()).as(result.err()).isZero();
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
      var sheet = book.getSheet("服务记录");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("合同编号");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("QL-");
      int rows = sheet.getLastRowNum();
      assertThat(result.out()).contains("（" + rows + " 行）");
      assertThat(rows).isPositive();
    }
  }
}
