package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.careeval.report.ImportTemplate;
import org.careeval.service.i18n.Messages;
import org.careeval.service.organization.RosterTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import template: Chinese headers, a drop-down for the rating, an instructions sheet, and the
 * copy in templates/ is what the app writes (regenerate it with {@code careeval org template}).
 */
class ImportTemplateTest {

  private static final Path COMMITTED = Path.of("templates", "organization-import-template.xlsx");

  @TempDir Path temp;

  @Test
  void templateHasHeadersDropDownAndInstructions() throws IOException {
    Path file = temp.resolve("t.xlsx");
    RosterTemplate.write(file, Messages.of(Messages.CHINESE));

    try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
      Sheet data = workbook.getSheetAt(0);
      assertThat(data.getSheetName()).isEqualTo("社会组织");
      assertThat(texts(data.getRow(0))).containsExactlyElementsOf(RosterFiles.HEADERS);
      DataValidationConstraint rating =
          data.getDataValidations().stream()
              .map(DataValidation::getValidationConstraint)
              .filter(c -> c.getExplicitListValues() != null)
              .findFirst()
              .orElseThrow();
      assertThat(rating.getExplicitListValues()).containsExactly("5A", "4A", "3A", "2A", "1A");
      Sheet instructions = workbook.getSheet("填写说明");
      assertThat(instructions.getRow(0).getCell(0).getStringCellValue()).contains("导入社会组织名录");
    }
  }

  @Test
  void committedTemplateMatchesWhatTheAppWrites() throws IOException {
    ImportTemplate expected = RosterTemplate.of(Messages.of(Messages.CHINESE));

    // read-only: POI opened read-write re-saves the file on close, and tests never write the tree
    try (Workbook workbook = WorkbookFactory.create(COMMITTED.toFile(), null, true)) {
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo(expected.sheets().get(0).name());
      assertThat(texts(workbook.getSheetAt(0).getRow(0)))
          .containsExactlyElementsOf(
              expected.sheets().get(0).columns().stream()
                  .map(ImportTemplate.Column::header)
                  .toList());
      Sheet instructions = workbook.getSheet(expected.instructionsSheet());
      List<String> lines = new ArrayList<>();
      instructions.forEach(row -> lines.add(row.getCell(0).getStringCellValue()));
      assertThat(lines).containsExactlyElementsOf(expected.instructions());
    }
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(cell.getStringCellValue()));
    return texts;
  }
}
