package org.careeval.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careeval.report.QuarterlyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filling the quarterly template: rows copy the style row and push the signature line down with its
 * merged cells, text that looks like a formula stays text, a number placeholder becomes a number,
 * and each contract gets its own sheet named by its number.
 */
class QuarterlyWorkbookTest {

  @TempDir Path temp;

  @Test
  void rowsPushTheFooterDownAndTextNeverBecomesAFormula() throws Exception {
    ByteArrayOutputStream template = new ByteArrayOutputStream();
    QuarterlyWorkbook.writeTemplate(template);
    QuarterlyReport report =
        new QuarterlyReport(
            Map.of("县", "示范县", "季度", "2026年第3季度", "合同数", 2, "编制人", "=HYPERLINK(\"x\")"),
            List.of(
                List.of(1, "QL-1", "=cmd|' /C calc'!A0", "项目一", new BigDecimal("1000.50")),
                List.of(2, "QL/2", "组织二", "项目二", new BigDecimal("2000"))),
            List.of(
                new QuarterlyReport.ContractSheet("QL-1", Map.of("合同编号", "QL-1"), List.of()),
                new QuarterlyReport.ContractSheet("QL/2", Map.of("合同编号", "QL/2"), List.of())),
            List.of(List.of("服务性质", "服务", 3, 6, new BigDecimal("100.00"))),
            List.of(new QuarterlyReport.Chart("服务性质", 0, 0)));
    Path file = temp.resolve("q.xlsx");

    QuarterlyWorkbook.write(report, new ByteArrayInputStream(template.toByteArray()), file);

    try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
      assertThat(book.getSheetAt(2).getSheetName()).isEqualTo("QL-1");
      assertThat(book.getSheetAt(3).getSheetName()).isEqualTo("QL-2");
      Sheet summary = book.getSheet("合同汇总");
      assertThat(summary.getRow(4).getCell(2).getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
      assertThat(summary.getRow(4).getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(summary.getRow(5).getCell(4).getNumericCellValue()).isEqualTo(2000);
      // the signature line was under the style row; two rows pushed it one down
      assertThat(summary.getRow(7).getCell(0).getStringCellValue()).startsWith("编制人：=HYPERLINK");
      assertThat(book.getSheet("封面").getRow(3).getCell(1).getNumericCellValue()).isEqualTo(2);
    }
  }
}
