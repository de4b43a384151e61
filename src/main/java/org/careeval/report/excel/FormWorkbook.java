package org.careeval.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careeval.domain.CareEvalException;
import org.careeval.report.FormSheet;

/**
 * Writes {@link FormSheet}s as one .xlsx ready to print: A4, fitted to the page width, the header
 * row repeated on every page, borders on the table, signature lines below it. Text a user typed is
 * written as text, never as a formula. Protected sheets leave only their input cells editable, and
 * the workbook's structure (sheets added, removed, renamed) is locked.
 */
public final class FormWorkbook {

  private FormWorkbook() {}

  /** Writes to a temporary file first, so a failed export never leaves half a workbook. */
  public static void write(List<FormSheet> sheets, Path target) {
    try {
      TableWorkbook.replace(target, out -> write(sheets, out));
    } catch (IOException e) {
      throw new CareEvalException(e, "error.export.failed", target, e.getMessage());
    }
  }

  static void write(List<FormSheet> sheets, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      boolean anyProtected = false;
      for (FormSheet form : sheets) {
        writeSheet(workbook, styles, form);
        anyProtected |= form.protection().isPresent();
      }
      if (anyProtected) {
        workbook.lockStructure();
      }
      workbook.setForceFormulaRecalculation(true);
      workbook.write(out);
    }
  }

  private static void writeSheet(XSSFWorkbook workbook, Styles styles, FormSheet form) {
    XSSFSheet sheet = workbook.createSheet(form.name());
    int r = 0;
    for (List<String> cells : form.top()) {
      Row row = sheet.createRow(r++);
      for (int c = 0; c < cells.size(); c++) {
        Cell cell = row.createCell(c);
        cell.setCellValue(cells.get(c));
        cell.setCellStyle(r == 1 ? styles.title : styles.text);
      }
    }
    if (!form.top().isEmpty()) {
      r++;
    }
    int headerIndex = r;
    Row header = sheet.createRow(r++);
    for (int c = 0; c < form.headers().size(); c++) {
      Cell cell = header.createCell(c);
      cell.setCellValue(form.headers().get(c));
      cell.setCellStyle(styles.header);
    }
    for (List<Object> values : form.rows()) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < values.size(); c++) {
        setValue(sheet, styles, row.createCell(c), values.get(c), r);
      }
      r++;
    }
    r++;
    for (String line : form.footer()) {
      Cell cell = sheet.createRow(r++).createCell(0);
      cell.setCellValue(line);
      cell.setCellStyle(styles.text);
      r++;
    }
    for (int c = 0; c < form.columnWidths().size(); c++) {
      sheet.setColumnWidth(c, Math.min(255, form.columnWidths().get(c)) * 256);
    }
    sheet.createFreezePane(0, headerIndex + 1);
    printSetup(sheet, form, headerIndex);
    form.protection().ifPresent(sheet::protectSheet);
  }

  private static void printSetup(XSSFSheet sheet, FormSheet form, int headerIndex) {
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(form.landscape());
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setRepeatingRows(new CellRangeAddress(headerIndex, headerIndex, -1, -1));
    sheet.getFooter().setCenter("第 &P 页，共 &N 页");
  }

  private static void setValue(XSSFSheet sheet, Styles styles, Cell cell, Object value, int r) {
    if (value == null) {
      cell.setBlank();
      cell.setCellStyle(styles.cell);
    } else if (value instanceof BigDecimal decimal) {
      cell.setCellValue(TableWorkbook.exactDouble(decimal));
      cell.setCellStyle(styles.number(decimal.scale()));
    } else if (value instanceof Integer || value instanceof Long) {
      cell.setCellValue(((Number) value).longValue());
      cell.setCellStyle(styles.cell);
    } else if (value instanceof FormSheet.RowSum sum) {
      String from = new CellReference(r, sum.from()).formatAsString(false);
      String to = new CellReference(r, sum.to()).formatAsString(false);
      cell.setCellFormula("SUM(" + from + ":" + to + ")");
      cell.setCellStyle(styles.number(2));
    } else if (value instanceof FormSheet.Input input) {
      input.value().ifPresent(v -> cell.setCellValue(TableWorkbook.exactDouble(v)));
      cell.setCellStyle(styles.input);
      validate(sheet, cell, input.max());
    } else {
      String text = value.toString();
      cell.setCellValue(text);
      cell.setCellStyle(TableWorkbook.looksLikeFormula(text) ? styles.quoted : styles.cell);
    }
  }

  private static void validate(XSSFSheet sheet, Cell cell, BigDecimal max) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidationConstraint range =
        helper.createDecimalConstraint(
            DataValidationConstraint.OperatorType.BETWEEN, "0", max.toPlainString());
    DataValidation validation =
        helper.createValidation(
            range,
            new CellRangeAddressList(
                cell.getRowIndex(),
                cell.getRowIndex(),
                cell.getColumnIndex(),
                cell.getColumnIndex()));
    validation.setShowErrorBox(true);
    validation.createErrorBox("分值超出范围", "请输入 0 到 " + max.toPlainString() + " 之间的分数。");
    sheet.addValidationData(validation);
  }

  /** One style per kind of cell, made once per workbook. */
  private static final class Styles {
    final CellStyle title;
    final CellStyle text;
    final CellStyle header;
    final CellStyle cell;
    final CellStyle input;
    final CellStyle quoted;
    private final XSSFWorkbook workbook;
    private final CellStyle[] numbers = new CellStyle[5];

    Styles(XSSFWorkbook workbook) {
      this.workbook = workbook;
      Font bold = workbook.createFont();
      bold.setBold(true);
      Font big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = workbook.createCellStyle();
      title.setFont(big);
      text = workbook.createCellStyle();
      header = bordered();
      header.setFont(bold);
      header.setWrapText(true);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      cell = bordered();
      cell.setWrapText(true);
      quoted = bordered();
      quoted.setQuotePrefixed(true);
      input = bordered();
      input.setLocked(false);
      input.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
      input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
      input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private CellStyle bordered() {
      CellStyle style = workbook.createCellStyle();
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      return style;
    }

    CellStyle number(int scale) {
      int s = Math.max(0, Math.min(4, scale));
      if (numbers[s] == null) {
        numbers[s] = bordered();
        numbers[s].setDataFormat(
            workbook.createDataFormat().getFormat(s == 0 ? "0" : "0." + "0".repeat(s)));
      }
      return numbers[s];
    }
  }
}
