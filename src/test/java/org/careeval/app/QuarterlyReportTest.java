package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careeval.domain.delivery.Period;
import org.careeval.report.excel.QuarterlyWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code careeval report quarterly} on the demo county's last quarter and the one before, read
 * back: the cover's totals, the contract's row (paid by the quarter's end, satisfaction from the
 * final evaluation's surveys, the quarter's score and grade with its result hash where signed), its
 * indicator sheet, the balance with its charts, print setup; a county's restyled template is used
 * when it keeps one; the shipped template in templates/ is what the app writes.
 */
class QuarterlyReportTest {

  @TempDir Path temp;

  private static final DataFormatter FORMAT = new DataFormatter();

  private static String text(Sheet sheet, int row, int column) {
    Row r = sheet.getRow(row);
    Cell c = r == null ? null : r.getCell(column);
    return c == null ? "" : FORMAT.formatCellValue(c);
  }

  private static double number(Sheet sheet, int row, int column) {
    return sheet.getRow(row).getCell(column).getNumericCellValue();
  }

  @Test
  void theLastQuarterOfTheDemoYear() throws Exception {
    Path data = temp.resolve("data");
    assertThat(CliRun.run(data, "demo", "load").exitCode()).isZero();
    Period last = Period.of(LocalDate.now()).previous();
    Path file = temp.resolve("季度评估表.xlsx");

    CliRun.Result result =
        CliRun.run(
            data,
            "report",
            "quarterly",
            "--year",
            Integer.toString(last.start().getYear()),
            "--quarter",
            last.code().substring(5),
            file.toString(),
            "--user",
            "supervisor");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("1 份合同");
    try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
      List<String> names = new ArrayList<>();
      book.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).hasSize(4);
      assertThat(names.get(0)).isEqualTo("封面");
      assertThat(names.get(1)).isEqualTo("合同汇总");
      assertThat(names.get(2)).startsWith("QL-");
      assertThat(names.get(3)).isEqualTo("结构均衡");

      Sheet cover = book.getSheet("封面");
      assertThat(text(cover, 0, 0)).isEqualTo("示范县政府购买农村留守儿童关爱服务季度绩效评估表");
      assertThat(text(cover, 2, 1)).isEqualTo(last.chinese());
      assertThat(number(cover, 3, 1)).isEqualTo(1);
      assertThat(number(cover, 4, 1)).isEqualTo(300000);
      // 90,000 paid at the start and 120,000 after the mid-term acceptance, both before the end
      assertThat(number(cover, 5, 1)).isEqualTo(210000);
      assertThat(number(cover, 6, 1)).isEqualTo(70.00);
      // the last quarter's monitoring waits for its late report: no score yet
      assertThat(text(cover, 7, 1)).isEqualTo("—");
      assertThat(text(cover, 8, 1)).isEqualTo("优 0，良 0，中 0，差 0");
      assertThat(number(cover, 9, 1)).isEqualTo(1);
      assertThat(text(cover, 12, 1)).isEqualTo("演示·督导");

      Sheet summary = book.getSheet("合同汇总");
      assertThat(text(summary, 0, 0)).isEqualTo("示范县" + last.chinese() + "政府购买农村留守儿童关爱服务合同评估汇总表");
      assertThat(text(summary, 3, 0)).isEqualTo("序号");
      assertThat(number(summary, 4, 0)).isEqualTo(1);
      assertThat(text(summary, 4, 1)).startsWith("QL-");
      assertThat(number(summary, 4, 4)).isEqualTo(300000);
      assertThat(text(summary, 4, 4)).isEqualTo("300,000.00");
      assertThat(number(summary, 4, 5)).isEqualTo(210000);
      assertThat(number(summary, 4, 6)).isEqualTo(70.00);
      // (34 + 34 + 10 + 2) satisfied of 94 valid answers in the final evaluation's surveys
      assertThat(text(summary, 4, 9)).isEqualTo("85.11");
      assertThat(text(summary, 4, 10)).isEmpty();
      assertThat(number(summary, 4, 12)).isEqualTo(1);
      assertThat(text(summary, 6, 0)).startsWith("编制人：演示·督导");
      PrintSetup print = summary.getPrintSetup();
      assertThat(print.getLandscape()).isTrue();
      assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(summary.getRepeatingRows().formatAsString()).isEqualTo("1:4");

      Sheet detail = book.getSheetAt(2);
      // started, not scored: its lines are there, no total yet
      assertThat(text(detail, 1, 0)).contains("季度监控 " + last.code(), "总分：—");
      assertThat(text(detail, 3, 3)).isEqualTo("三级指标");
      assertThat(text(detail, 4, 3)).isEqualTo("预算执行率");
      assertThat(detail.getLastRowNum()).isGreaterThanOrEqualTo(4 + 17);

      XSSFSheet balance = book.getSheet("结构均衡");
      assertThat(text(balance, 4, 0)).isEqualTo("服务性质");
      assertThat(balance.getDrawingPatriarch().getCharts()).hasSize(4);
    }
  }

  @Test
  void aSignedQuarterQuotesItsScoreGradeAndResultHash() throws Exception {
    Path data = temp.resolve("data");
    assertThat(CliRun.run(data, "demo", "load").exitCode()).isZero();
    Period previous = Period.of(LocalDate.now()).previous().previous();
    String id =
        CliRun.run(data, "performance", "list", "--user", "officer")
            .out()
            .lines()
            .filter(l -> l.split("\t")[4].equals(previous.code()))
            .findFirst()
            .orElseThrow()
            .split("\t")[0];
    List<String> shown =
        CliRun.run(data, "performance", "show", id, "--user", "officer").out().lines().toList();
    String total =
        shown.stream().filter(l -> l.startsWith("total\t")).findFirst().orElseThrow().substring(6);
    String grade =
        shown.stream().filter(l -> l.startsWith("grade\t")).findFirst().orElseThrow().substring(6);
    String hash =
        shown.stream()
            .filter(l -> l.startsWith("resultSha256\t"))
            .findFirst()
            .orElseThrow()
            .substring(13);
    Path file = temp.resolve("q.xlsx");

    CliRun.Result result =
        CliRun.run(
            data,
            "report",
            "quarterly",
            "--year",
            Integer.toString(previous.start().getYear()),
            "--quarter",
            previous.code().substring(5),
            file.toString(),
            "--user",
            "officer");

    assertThat(result.exitCode()).as(result.err()).isZero();
    try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
      Sheet summary = book.getSheet("合同汇总");
      assertThat(text(summary, 4, 10)).isEqualTo(total);
      assertThat(text(summary, 4, 11)).isEqualTo(grade);
      assertThat(hash).startsWith(text(summary, 4, 14));
      Sheet detail = book.getSheetAt(2);
      assertThat(text(detail, 1, 0)).contains("结果哈希：" + hash);
      assertThat(text(book.getSheet("封面"), 7, 1)).isEqualTo(total);
    }
  }

  @Test
  void aCountysRestyledTemplateIsUsedAndABadQuarterIsAUsageError() throws Exception {
    Path data = temp.resolve("data");
    assertThat(CliRun.run(data, "demo", "load").exitCode()).isZero();
    Path template = data.resolve("templates/quarterly-report-template.xlsx");
    Files.createDirectories(template.getParent());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuarterlyWorkbook.writeTemplate(bytes);
    try (XSSFWorkbook book =
            new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        var out = Files.newOutputStream(template)) {
      book.getSheet("封面").getRow(0).getCell(0).setCellValue("${县}民政局 季度评估（${季度}）");
      book.write(out);
    }
    Period last = Period.of(LocalDate.now()).previous();
    Path file = temp.resolve("q.xlsx");

    CliRun.run(
        data,
        "report",
        "quarterly",
        "--year",
        Integer.toString(last.start().getYear()),
        "--quarter",
        last.code().substring(5),
        file.toString(),
        "--user",
        "officer");

    try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
      assertThat(text(book.getSheet("封面"), 0, 0)).isEqualTo("示范县民政局 季度评估（" + last.chinese() + "）");
    }
    assertThat(
            CliRun.run(
                    data,
                    "report",
                    "quarterly",
                    "--year",
                    "2026",
                    "--quarter",
                    "5",
                    "x.xlsx",
                    "--user",
                    "officer")
                .exitCode())
        .isEqualTo(2);
  }

  @Test
  void theShippedTemplateIsWhatTheAppWrites() throws Exception {
    // regenerate with: careeval report template templates/quarterly-report-template.xlsx
    // --overwrite
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuarterlyWorkbook.writeTemplate(bytes);
    try (XSSFWorkbook written =
            new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        // read-only: a workbook opened from a File is written back to it when closed
        XSSFWorkbook shipped =
            new XSSFWorkbook(
                org.apache.poi.openxml4j.opc.OPCPackage.open(
                    Path.of("templates/quarterly-report-template.xlsx").toFile(),
                    org.apache.poi.openxml4j.opc.PackageAccess.READ))) {
      assertThat(cells(shipped)).isEqualTo(cells(written));
    }
  }

  private static List<String> cells(XSSFWorkbook book) {
    List<String> all = new ArrayList<>();
    book.forEach(
        sheet ->
            sheet.forEach(
                row ->
                    row.forEach(
                        c ->
                            all.add(
                                sheet.getSheetName()
                                    + "!"
                                    + c.getAddress()
                                    + "="
                                    + FORMAT.formatCellValue(c)))));
    return all;
  }

  @Test
  void theDossierOfTheContractedOrganization() throws Exception {
    try (AppContext context =
        TestContexts.open(temp.resolve("dossier"), java.time.Clock.systemUTC())) {
      context
          .demo()
          .load(org.careeval.service.i18n.Messages.of(org.careeval.service.i18n.Messages.CHINESE));
      var officer =
          context
              .authentication()
              .signIn("officer", org.careeval.service.demo.DemoCountyService.PASSWORD.toCharArray())
              .session();
      var contract =
          context.contracts().list(officer).stream()
              .map(d -> d.contract())
              .filter(c -> c.status() == org.careeval.domain.contract.Contract.Status.SIGNED)
              .findFirst()
              .orElseThrow();
      Path file = temp.resolve("档案.xlsx");

      context.dossiers().write(officer, contract.organizationId(), file);

      try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("登记信息", "投标与评分", "合同", "履约", "绩效评价", "整改事项");
        assertThat(text(book.getSheet("登记信息"), 3, 1)).isEqualTo(contract.organization());
        assertThat(rowsAfterHeader(book.getSheet("合同")))
            .anyMatch(r -> r.contains(contract.number()));
        assertThat(rowsAfterHeader(book.getSheet("绩效评价"))).hasSize(6);
        assertThat(rowsAfterHeader(book.getSheet("整改事项"))).hasSize(2);
        assertThat(rowsAfterHeader(book.getSheet("履约"))).hasSize(3);
      }
    }
  }

  /** The rows under a form sheet's header (its title, then the header row), footer left out. */
  private static List<String> rowsAfterHeader(Sheet sheet) {
    List<String> rows = new ArrayList<>();
    boolean header = false;
    for (Row row : sheet) {
      String first = text(sheet, row.getRowNum(), 0);
      if (!header) {
        header = first.equals("合同编号");
        continue;
      }
      if (first.isEmpty() || first.startsWith("导出人")) {
        break;
      }
      StringBuilder line = new StringBuilder();
      row.forEach(c -> line.append(FORMAT.formatCellValue(c)).append('|'));
      rows.add(line.toString());
    }
    return rows;
  }
}
