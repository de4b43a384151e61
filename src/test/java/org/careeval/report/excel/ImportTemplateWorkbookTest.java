package org.careeval.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careeval.report.ImportTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drop-down lists of a template: short ones inline; long ones — a contract covering forty villages
 * — from a hidden sheet, since Excel (and POI) refuse an inline list over 255 characters.
 */
class ImportTemplateWorkbookTest {

  @TempDir Path temp;

  @Test
  void aShortListIsInlineAndALongOneComesFromTheHiddenListsSheet() throws Exception {
    List<String> villages =
        IntStream.rangeClosed(1, 40).mapToObj(i -> "基准镇" + i + "/基准村" + i).toList();
    assertThat(String.join(",", villages).length()).isGreaterThan(255);
    ImportTemplate template =
        new ImportTemplate(
            "服务记录",
            List.of(
                new ImportTemplate.Column(
                    "年龄段", true, ImportTemplate.Kind.CHOICE, List.of("0-5岁", "6-13岁"), "年龄段"),
                new ImportTemplate.Column("村", true, ImportTemplate.Kind.CHOICE, villages, "村")),
            "填写说明",
            List.of("说明"));
    Path file = temp.resolve("template.xlsx");

    ImportTemplateWorkbook.write(template, file);

    try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
      assertThat(book.getSheetName(0)).isEqualTo("服务记录");
      Sheet lists = book.getSheet("选项");
      assertThat(book.isSheetHidden(book.getSheetIndex(lists))).isTrue();
      assertThat(
              IntStream.range(0, 40)
                  .mapToObj(r -> lists.getRow(r).getCell(0).getStringCellValue())
                  .toList())
          .isEqualTo(villages);
      List<? extends DataValidation> validations =
          ((XSSFSheet) book.getSheet("服务记录")).getDataValidations();
      assertThat(validations)
          .extracting(v -> v.getValidationConstraint().getExplicitListValues())
          .anySatisfy(values -> assertThat(values).containsExactly("0-5岁", "6-13岁"));
      assertThat(validations)
          .extracting(v -> v.getValidationConstraint().getFormula1())
          .contains("'选项'!$A$1:$A$40");
    }
  }
}
