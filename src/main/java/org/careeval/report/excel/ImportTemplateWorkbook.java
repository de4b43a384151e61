package org.careeval.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careeval.report.ImportTemplate;

/**
 * Writes an {@link ImportTemplate} as .xlsx: bold headers (required ones in red), text-formatted
 * text columns so Excel does not turn codes into numbers, drop-down lists for choice columns, a
 * date check for date columns, a frozen header row, and the instructions on their own sheet.
 */
public final class ImportTemplateWorkbook {

  /** Validations and formats cover this many data rows. */
  static final int ROWS = 20_000;

  /** Excel refuses a drop-down list written inline when it is longer than this (with commas). */
  static final int INLINE_LIST_LIMIT = 255;

  /** The hidden sheet holding drop-down lists too long to write inline. */
  static final String LISTS_SHEET = "选项";

  private ImportTemplateWorkbook() {}

  public static void write(ImportTemplate template, Path target) throws IOException {
    TableWorkbook.replace(target, out -> write(template, out));
  }

  static void write(ImportTemplate template, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      for (ImportTemplate.DataSheet sheet : template.sheets()) {
        writeSheet(workbook, sheet);
      }
      Sheet instructions = workbook.createSheet(template.instructionsSheet());
      instructions.setColumnWidth(0, 120 * 256);
      CellStyle wrap = workbook.createCellStyle();
      wrap.setWrapText(true);
      for (int r = 0; r < template.instructions().size(); r++) {
        Cell cell = instructions.createRow(r).createCell(0);
        cell.setCellValue(template.instructions().get(r));
        cell.setCellStyle(wrap);
      }
      workbook.write(out);
    }
  }

  private static void writeSheet(XSSFWorkbook workbook, ImportTemplate.DataSheet spec) {
    Sheet data = workbook.createSheet(spec.name());
    Row header = data.createRow(0);
    List<CellStyle> styles = new ArrayList<>();
    for (int c = 0; c < spec.columns().size(); c++) {
      ImportTemplate.Column column = spec.columns().get(c);
      Cell cell = header.createCell(c);
      cell.setCellValue(column.header());
      cell.setCellStyle(headerStyle(workbook, column.required()));
      data.setColumnWidth(c, (column.kind() == ImportTemplate.Kind.TEXT ? 24 : 16) * 256);
      CellStyle style = columnStyle(workbook, column.kind());
      styles.add(style);
      data.setDefaultColumnStyle(c, style);
      validate(workbook, data, c, column);
    }
    for (int r = 0; r < spec.rows().size(); r++) {
      writeRow(data.createRow(r + 1), spec, spec.rows().get(r), styles);
    }
    data.createFreezePane(0, 1);
  }

  private static void writeRow(
      Row row, ImportTemplate.DataSheet spec, List<String> values, List<CellStyle> styles) {
    for (int c = 0; c < values.size() && c < spec.columns().size(); c++) {
      String value = values.get(c);
      if (value == null || value.isEmpty()) {
        continue;
      }
      Cell cell = row.createCell(c);
      cell.setCellStyle(styles.get(c));
      if (spec.columns().get(c).kind() == ImportTemplate.Kind.NUMBER) {
        cell.setCellValue(new java.math.BigDecimal(value).doubleValue());
      } else {
        cell.setCellValue(value);
      }
    }
  }

  private static CellStyle headerStyle(XSSFWorkbook workbook, boolean required) {
    Font font = workbook.createFont();
    font.setBold(true);
    if (required) {
      font.setColor(IndexedColors.RED.getIndex());
    }
    CellStyle style = workbook.createCellStyle();
    style.setFont(font);
    style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return style;
  }

  private static CellStyle columnStyle(XSSFWorkbook workbook, ImportTemplate.Kind kind) {
    CellStyle style = workbook.createCellStyle();
    String format =
        switch (kind) {
          case DATE -> "yyyy-mm-dd";
          case NUMBER -> "General";
          case TEXT, CHOICE -> "@";
        };
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }

  private static void validate(
      XSSFWorkbook workbook, Sheet sheet, int column, ImportTemplate.Column spec) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidationConstraint constraint =
        switch (spec.kind()) {
          case CHOICE -> listConstraint(workbook, helper, spec.choices());
          case DATE ->
              helper.createDateConstraint(
                  DataValidationConstraint.OperatorType.BETWEEN,
                  "DATE(1949,10,1)",
                  "DATE(2099,12,31)",
                  "yyyy-mm-dd");
          case TEXT, NUMBER -> null;
        };
    CellRangeAddressList cells = new CellRangeAddressList(1, ROWS, column, column);
    DataValidation validation =
        helper.createValidation(
            constraint == null ? helper.createCustomConstraint("TRUE") : constraint, cells);
    validation.createPromptBox(spec.header(), spec.hint());
    validation.setShowPromptBox(true);
    if (constraint != null) {
      validation.createErrorBox(spec.header(), spec.hint());
      // a date typed as text is still read by the import, so Excel only warns
      if (spec.kind() == ImportTemplate.Kind.DATE) {
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
      }
      validation.setShowErrorBox(true);
    }
    sheet.addValidationData(validation);
  }

  /**
   * A drop-down of the choices: inline when short; otherwise (a contract covering many villages)
   * from a column of the hidden {@value #LISTS_SHEET} sheet, which Excel allows at any length.
   */
  private static DataValidationConstraint listConstraint(
      XSSFWorkbook workbook, DataValidationHelper helper, List<String> choices) {
    if (String.join(",", choices).length() <= INLINE_LIST_LIMIT || choices.isEmpty()) {
      return helper.createExplicitListConstraint(choices.toArray(String[]::new));
    }
    Sheet lists = workbook.getSheet(LISTS_SHEET);
    if (lists == null) {
      lists = workbook.createSheet(LISTS_SHEET);
      workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
    }
    int column = lists.getRow(0) == null ? 0 : lists.getRow(0).getLastCellNum();
    for (int r = 0; r < choices.size(); r++) {
      Row row = lists.getRow(r) == null ? lists.createRow(r) : lists.getRow(r);
      row.createCell(column).setCellValue(choices.get(r));
    }
    String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(column);
    return helper.createFormulaListConstraint(
        "'" + LISTS_SHEET + "'!$" + letter + "$1:$" + letter + "$" + choices.size());
  }
}
