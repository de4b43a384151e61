package org.careeval;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks as a person types them, for import tests: numbers as number cells, blanks empty. */
public final class TestWorkbooks {

  private TestWorkbooks() {}

  /** Writes sheets (in map order) of rows of cells into a new .xlsx in {@code dir}. */
  public static Path write(Path dir, Map<String, List<List<Object>>> sheets) throws IOException {
    Path file = Files.createTempFile(dir, "workbook", ".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      sheets.forEach(
          (name, rows) -> {
            Sheet sheet = workbook.createSheet(name);
            for (int r = 0; r < rows.size(); r++) {
              Row row = sheet.createRow(r);
              for (int c = 0; c < rows.get(r).size(); c++) {
                Object value = rows.get(r).get(c);
                if (value instanceof Number n) {
                  row.createCell(c).setCellValue(n.doubleValue());
                } else if (!value.toString().isEmpty()) {
                  row.createCell(c).setCellValue(value.toString());
                }
              }
            }
          });
      workbook.write(out);
    }
    return file;
  }
}
