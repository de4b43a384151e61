package org.careeval.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.careeval.Refusals.keyOf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9, sections 3 and 11: what the streaming reader does with hostile or odd files. */
class XlsxSheetReaderTest {

  @TempDir Path temp;

  private Path workbook(String name, WorkbookContent content) throws IOException {
    Path file = temp.resolve(name);
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      content.fill(workbook);
      workbook.write(out);
    }
    return file;
  }

  @FunctionalInterface
  private interface WorkbookContent {
    void fill(XSSFWorkbook workbook);
  }

  private static void rows(XSSFSheet sheet, String... firstCells) {
    for (int r = 0; r < firstCells.length; r++) {
      sheet.createRow(r).createCell(0).setCellValue(firstCells[r]);
    }
  }

  private static List<String> firstCells(Path file, XlsxSheetReader.Limits limits) {
    List<String> read = new ArrayList<>();
    XlsxSheetReader.read(file, List.of("社会组织"), (row, cells) -> read.add(cells.get(0)), limits);
    return read;
  }

  @Test
  void percentCellsReadAsThePercentStoredWholeOrNotAndUnroundedByTheirFormat() throws IOException {
    Path file =
        workbook(
            "percent.xlsx",
            w -> {
              XSSFSheet sheet = w.createSheet("社会组织");
              org.apache.poi.ss.usermodel.CellStyle percent = w.createCellStyle();
              percent.setDataFormat(w.createDataFormat().getFormat("0%"));
              double[] values = {1.0, 0.95, 0.955, 0, 12};
              for (int r = 0; r < values.length; r++) {
                sheet.createRow(r).createCell(0).setCellValue(values[r]);
                sheet.getRow(r).getCell(0).setCellStyle(percent);
              }
              sheet.createRow(values.length).createCell(0).setCellValue(1.0);
            });

    assertThat(firstCells(file, XlsxSheetReader.Limits.STANDARD))
        .containsExactly("100%", "95%", "95.5%", "0%", "1200%", "1");
  }

  @Test
  void hiddenAndVeryHiddenSheetsAreNeverRead() throws IOException {
    Path file =
        workbook(
            "hidden.xlsx",
            w -> {
              rows(w.createSheet("社会组织"), "藏起来的");
              rows(w.createSheet("隐藏2"), "也藏起来的");
              rows(w.createSheet("看得见的"), "看得见的");
              w.setSheetVisibility(0, SheetVisibility.HIDDEN);
              w.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
              w.setActiveSheet(2);
              w.setFirstVisibleTab(2);
            });

    assertThat(firstCells(file, XlsxSheetReader.Limits.STANDARD)).containsExactly("看得见的");
  }

  @Test
  void theHandlersOwnFailureSurfacesAsItselfNotAsADamagedFile() throws IOException {
    Path file = workbook("ok.xlsx", w -> rows(w.createSheet("社会组织"), "名称", "甲"));
    IllegalStateException databaseDown = new IllegalStateException("database went away");

    assertThatThrownBy(
            () ->
                XlsxSheetReader.read(
                    file,
                    List.of(),
                    (row, cells) -> {
                      throw databaseDown;
                    }))
        .isSameAs(databaseDown);
  }

  @Test
  void tooManyRowsAndHugeStringTablesAreRefusedInWords() throws IOException {
    Path file = workbook("rows.xlsx", w -> rows(w.createSheet("社会组织"), "名称", "甲", "乙", "丙"));

    assertThat(keyOf(() -> firstCells(file, new XlsxSheetReader.Limits(2, 1 << 20))))
        .isEqualTo("error.xlsx.tooManyRows");
    assertThat(firstCells(file, new XlsxSheetReader.Limits(3, 1 << 20))).hasSize(4);
    assertThat(keyOf(() -> firstCells(file, new XlsxSheetReader.Limits(10, 10))))
        .isEqualTo("error.xlsx.tooLarge");
  }

  @Test
  void aMalformedMergedRangeIsADamagedFileNotARawError() throws IOException {
    Path good =
        workbook(
            "merged.xlsx",
            w -> {
              XSSFSheet sheet = w.createSheet("社会组织");
              rows(sheet, "名称", "甲");
              sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 1));
            });
    Path bad = temp.resolve("bad-merge.xlsx");
    rewriteEntry(good, bad, "xl/worksheets/sheet1.xml", xml -> xml.replace("A2:B2", "A2:B"));

    assertThat(keyOf(() -> firstCells(bad, XlsxSheetReader.Limits.STANDARD)))
        .isEqualTo("error.xlsx.damaged");
  }

  private static void rewriteEntry(
      Path from, Path to, String entry, java.util.function.UnaryOperator<String> change)
      throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = readAll(in);
        if (e.getName().equals(entry)) {
          bytes =
              change
                  .apply(new String(bytes, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    return in.readAllBytes();
  }
}
