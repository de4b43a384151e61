package org.careeval.service.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.careeval.domain.delivery.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The county indicator template: the shipped one is valid with the self-evaluation split, a written
 * workbook reads back unchanged, an edited one with mistakes is refused cell by cell, and the copy
 * in templates/ is what the app writes (regenerate: careeval indicator template
 * templates/indicator-template.xlsx --overwrite).
 */
class IndicatorTemplatesTest {

  @TempDir Path temp;

  @Test
  void theShippedTemplateIsValidAndWeighs100WithTheSelfEvaluationSplit() {
    List<Indicator> template = IndicatorTemplates.defaults();
    assertThat(Indicator.problems(template)).isEmpty();
    Map<String, BigDecimal> byLevel1 = new TreeMap<>();
    template.forEach(i -> byLevel1.merge(i.level1(), i.weight(), BigDecimal::add));
    assertThat(byLevel1)
        .containsEntry("产出", new BigDecimal("50"))
        .containsEntry("效益", new BigDecimal("30"))
        .containsEntry("满意度", new BigDecimal("10"))
        .containsEntry("过程", new BigDecimal("10"));
  }

  @Test
  void aWrittenTemplateReadsBackUnchanged() {
    Path file = temp.resolve("指标模板.xlsx");
    IndicatorTemplates.write(IndicatorTemplates.defaults(), file);
    IndicatorTemplates.Read read = IndicatorTemplates.read(file);
    assertThat(read.problems()).isEmpty();
    assertThat(read.indicators()).isEqualTo(IndicatorTemplates.defaults());
  }

  @Test
  void anEditedTemplateWithMistakesIsRefusedAtItsCells() throws IOException {
    Path file = temp.resolve("指标模板.xlsx");
    IndicatorTemplates.write(IndicatorTemplates.defaults(), file);
    try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
      Sheet sheet = workbook.getSheet(IndicatorTemplates.SHEET);
      sheet.getRow(2).getCell(3).setCellValue("越多越好");
      sheet.getRow(3).getCell(5).setCellValue("七");
      sheet.getRow(5).getCell(6).setCellValue("心理测评");
      try (var out = java.nio.file.Files.newOutputStream(temp.resolve("edited.xlsx"))) {
        workbook.write(out);
      }
    }
    IndicatorTemplates.Read read = IndicatorTemplates.read(temp.resolve("edited.xlsx"));
    assertThat(read.indicators()).isEmpty();
    assertThat(read.problems())
        .extracting(p -> p.row() + p.column() + ":" + p.reason().key())
        .containsExactly(
            "3D:error.indicator.kind", "4F:error.rubric.number", "6G:error.indicator.measure");
    assertThat(read.problems().get(0).sheet()).isEqualTo("[edited.xlsx]指标模板");
  }

  @Test
  void aDuplicateNameAndWeightsOff100AreRefusedOnceEveryRowReads() throws IOException {
    Path file = temp.resolve("指标模板.xlsx");
    IndicatorTemplates.write(IndicatorTemplates.defaults(), file);
    try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
      Sheet sheet = workbook.getSheet(IndicatorTemplates.SHEET);
      sheet.getRow(1).getCell(5).setCellValue(11);
      sheet.getRow(4).getCell(2).setCellValue("服务儿童数");
      try (var out = java.nio.file.Files.newOutputStream(temp.resolve("edited.xlsx"))) {
        workbook.write(out);
      }
    }
    IndicatorTemplates.Read read = IndicatorTemplates.read(temp.resolve("edited.xlsx"));
    assertThat(read.problems())
        .extracting(p -> p.row() + p.column() + ":" + p.reason().key())
        .containsExactly("5C:error.indicator.duplicate", "19F:error.indicator.weightSum");
    assertThat(read.problems().get(1).reason().arguments()).containsExactly("101");
  }

  @Test
  void committedTemplateIsWhatTheAppWrites() {
    // read only: the committed file is never written by a test
    IndicatorTemplates.Read read =
        IndicatorTemplates.read(Path.of("templates", "indicator-template.xlsx"));
    assertThat(read.problems()).isEmpty();
    assertThat(read.indicators()).isEqualTo(IndicatorTemplates.defaults());
  }
}
