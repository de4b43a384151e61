package org.careeval.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.careeval.report.TableReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableWorkbookTest {

  @TempDir Path temp;

  @Test
  void writesHeadersValuesAndNeutralizesFormulas() throws Exception {
    Instant at = Instant.parse("2026-11-23T08:30:00Z");
    TableReport report =
        TableReport.of(
            "操作日志",
            List.of("序号", "时间", "用户", "备注"),
            List.of(
                List.of(1L, at, "王管理", "=HYPERLINK(\"http://x\",\"点我\")"),
                List.of(2L, at, "+86 123", "@SUM(A1)"),
                List.of(3L, at, "-1", "普通文字")));
    Path file = temp.resolve("out.xlsx");
    TableWorkbook.write(report, file, ZoneOffset.ofHours(8));

    try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
      Sheet sheet = workbook.getSheet("操作日志");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("序号");
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
      assertThat(sheet.getRow(1).getCell(1).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2026, 11, 23, 16, 30));
      for (int r = 1; r <= 3; r++) {
        for (int c = 2; c <= 3; c++) {
          var cell = sheet.getRow(r).getCell(c);
          assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
          boolean risky = TableWorkbook.looksLikeFormula(cell.getStringCellValue());
          assertThat(cell.getCellStyle().getQuotePrefixed()).isEqualTo(risky);
        }
      }
      assertThat(sheet.getRow(1).getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(3).getCell(3).getCellStyle().getQuotePrefixed()).isFalse();
    }
    try (var files = Files.list(temp)) {
      assertThat(files).containsExactly(file); // no temporary file left behind
    }
  }

  @Test
  void moneyAndScoresKeepTheirDecimalsAndThousandsSeparators() throws Exception {
    TableReport report =
        TableReport.of(
            "金额",
            List.of("预算", "得分", "人数"),
            List.of(
                List.of(new BigDecimal("1234567.89"), new BigDecimal("87.50"), 12),
                List.of(
                    new BigDecimal("0.10").add(new BigDecimal("0.20")), new BigDecimal("90"), 0)));
    Path file = temp.resolve("money.xlsx");
    TableWorkbook.write(report, file, ZoneOffset.ofHours(8));

    try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
      Sheet sheet = workbook.getSheet("金额");
      DataFormatter shown = new DataFormatter(Locale.ROOT);
      assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1234567.89);
      assertThat(shown.formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo("1,234,567.89");
      assertThat(shown.formatCellValue(sheet.getRow(1).getCell(1))).isEqualTo("87.50");
      assertThat(shown.formatCellValue(sheet.getRow(1).getCell(2))).isEqualTo("12");
      assertThat(shown.formatCellValue(sheet.getRow(2).getCell(0))).isEqualTo("0.30");
      assertThat(BigDecimal.valueOf(sheet.getRow(2).getCell(0).getNumericCellValue()))
          .isEqualByComparingTo("0.3");
      assertThat(shown.formatCellValue(sheet.getRow(2).getCell(1))).isEqualTo("90");
    }
  }

  @Test
  void aDoubleOrADecimalExcelCannotHoldExactlyIsRefused() {
    assertThatThrownBy(
            () ->
                TableWorkbook.write(
                    TableReport.of("x", List.of("a"), List.of(List.of(0.1d))),
                    temp.resolve("d.xlsx"),
                    ZoneOffset.UTC))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TableWorkbook.exactDouble(new BigDecimal("1234567890123456.7")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(TableWorkbook.exactDouble(new BigDecimal("999999999999.99")))
        .isEqualTo(999999999999.99);
    assertThat(temp.resolve("d.xlsx")).doesNotExist();
  }
}
