package org.careeval.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.careeval.domain.CareEvalException;
import org.careeval.report.TableReport;

/**
 * Writes a {@link TableReport} as .xlsx with constant memory (SXSSF, 100-row window). Text that
 * Excel would read as a formula (starting with =, +, -, @, tab or carriage return) is written as
 * quote-prefixed text, so an exported workbook can never run a formula typed by a user.
 */
public final class TableWorkbook {

  private static final int WINDOW = 100;

  private TableWorkbook() {}

  /** Writes to a temporary file first, so a failed export never leaves half a workbook. */
  public static void write(TableReport report, Path target, ZoneId zone) throws IOException {
    replace(target, out -> write(report, out, zone));
  }

  /** Writes a workbook's bytes to an output stream. */
  @FunctionalInterface
  interface WorkbookBytes {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Every workbook the application writes goes through here: the target is checked ({@link
   * #refuseUnsafeTarget}), the bytes go to a temporary file beside it, which then replaces the
   * target — a failed export never leaves half a workbook.
   */
  static void replace(Path target, WorkbookBytes bytes) throws IOException {
    refuseUnsafeTarget(target);
    Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".careeval-", ".xlsx");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        bytes.writeTo(out);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * A folder is never replaced by a workbook, and a read-only file is not overwritten behind its
   * owner's back (whether to overwrite a writable one is the caller's question to ask).
   */
  public static void refuseUnsafeTarget(Path target) {
    if (Files.isDirectory(target)) {
      throw new CareEvalException("error.export.isFolder", target);
    }
    if (Files.exists(target) && markedReadOnly(target)) {
      throw new CareEvalException("error.export.readOnly", target);
    }
  }

  /** The file's own read-only mark (an administrator could write it anyway, but should not). */
  private static boolean markedReadOnly(Path file) {
    try {
      if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
        return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
      }
      if (Files.getFileStore(file).supportsFileAttributeView(DosFileAttributeView.class)) {
        return Files.readAttributes(file, DosFileAttributes.class).isReadOnly();
      }
    } catch (IOException e) {
      // unknown: fall back to whether we may write it
    }
    return !Files.isWritable(file);
  }

  static void write(TableReport report, OutputStream out, ZoneId zone) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
      Styles styles = new Styles(workbook);
      Sheet sheet = workbook.createSheet(report.sheetName());
      Row header = sheet.createRow(0);
      for (int c = 0; c < report.headers().size(); c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(report.headers().get(c));
        cell.setCellStyle(styles.header);
        sheet.setColumnWidth(c, 18 * 256);
      }
      sheet.createFreezePane(0, 1);
      int[] next = {1};
      report
          .rows()
          .forEach(
              values -> {
                Row row = sheet.createRow(next[0]++);
                for (int c = 0; c < values.size(); c++) {
                  setValue(row.createCell(c), values.get(c), styles, zone);
                }
              });
      workbook.write(out);
    }
  }

  private static void setValue(Cell cell, Object value, Styles styles, ZoneId zone) {
    if (value == null) {
      cell.setBlank();
    } else if (value instanceof BigDecimal decimal) {
      cell.setCellValue(exactDouble(decimal));
      cell.setCellStyle(styles.decimal(decimal.scale()));
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      cell.setCellValue(((Number) value).longValue());
      cell.setCellStyle(styles.plain);
    } else if (value instanceof Number number) {
      // money and scores are BigDecimal end to end (ADR 0017): a double here is a bug upstream
      throw new IllegalArgumentException("not a whole number or BigDecimal: " + number);
    } else if (value instanceof Instant instant) {
      cell.setCellValue(LocalDateTime.ofInstant(instant, zone));
      cell.setCellStyle(styles.dateTime);
    } else {
      String text = value.toString();
      cell.setCellValue(text);
      // a cell without a style makes SXSSF look the column's style up on every write: with
      // column widths set that lookup was a quarter of a 100,000-row export
      cell.setCellStyle(looksLikeFormula(text) ? styles.quotedText : styles.plain);
    }
  }

  /**
   * Excel keeps every number as a binary double, which holds any decimal of up to 15 significant
   * digits exactly as typed. Larger ones would be changed silently, so they are refused.
   */
  static double exactDouble(BigDecimal decimal) {
    if (decimal.precision() - Math.min(decimal.scale(), 0) > 15) {
      throw new IllegalArgumentException("more than 15 significant digits: " + decimal);
    }
    return decimal.doubleValue();
  }

  static boolean looksLikeFormula(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
  }

  /** Styles are created once per workbook, never per cell. */
  private static final class Styles {
    final CellStyle header;
    final CellStyle dateTime;
    final CellStyle quotedText;
    final CellStyle plain;
    private final SXSSFWorkbook workbook;
    private final Map<Integer, CellStyle> decimals = new HashMap<>();

    /** Thousands separators and exactly the value's decimals: 1,234.50 stays 1,234.50. */
    CellStyle decimal(int scale) {
      return decimals.computeIfAbsent(
          Math.max(scale, 0),
          places -> {
            CellStyle style = workbook.createCellStyle();
            String pattern = places == 0 ? "#,##0" : "#,##0." + "0".repeat(places);
            style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
            return style;
          });
    }

    Styles(SXSSFWorkbook workbook) {
      this.workbook = workbook;
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      dateTime = workbook.createCellStyle();
      dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
      quotedText = workbook.createCellStyle();
      quotedText.setQuotePrefixed(true);
      plain = workbook.getCellStyleAt(0);
    }
  }
}
