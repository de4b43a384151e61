package org.careeval.report.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careeval.domain.CareEvalException;
import org.careeval.report.QuarterlyReport;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * The quarterly evaluation workbook, filled into a template an officer may restyle (fonts, widths,
 * title text, a logo) without code. The template has four sheets: 封面 (the cover, its values as
 * {@code ${name}} placeholders anywhere in a cell), 合同汇总 (a header, then a style row the contracts'
 * rows copy, marked {@code ${行}}), 合同明细 (copied once per contract, named by its number:
 * placeholders above, a style row for the indicators) and 结构均衡 (the balance figures from its style
 * row, charts beside them). Every sheet prints A4 landscape, fitted to the page width, with its
 * header rows repeated. Text from users is written as text, never as a formula.
 */
public final class QuarterlyWorkbook {

  public static final String COVER = "封面";
  public static final String SUMMARY = "合同汇总";
  public static final String DETAIL = "合同明细";
  public static final String BALANCE = "结构均衡";

  /** Marks the style row a table's rows copy. */
  static final String ROW_MARK = "${行}";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

  private QuarterlyWorkbook() {}

  /** Fills the template into {@code target} (through a temporary file: never half a workbook). */
  public static void write(QuarterlyReport report, InputStream template, Path target) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(template)) {
      for (String name : List.of(COVER, SUMMARY, DETAIL, BALANCE)) {
        if (workbook.getSheet(name) == null) {
          throw new CareEvalException("error.quarterly.templateSheet", name);
        }
      }
      fill(workbook, report);
      TableWorkbook.replace(target, workbook::write);
    } catch (IOException e) {
      throw new CareEvalException(e, "error.export.failed", target, e.getMessage());
    }
  }

  private static void fill(XSSFWorkbook workbook, QuarterlyReport report) {
    CellStyle quoted = workbook.createCellStyle();
    quoted.setQuotePrefixed(true);
    replaceAll(workbook.getSheet(COVER), report.cover(), quoted);
    XSSFSheet summary = workbook.getSheet(SUMMARY);
    replaceAll(summary, report.cover(), quoted);
    print(summary, rows(summary, report.contracts(), quoted));
    XSSFSheet detail = workbook.getSheet(DETAIL);
    int at = workbook.getSheetIndex(detail);
    for (QuarterlyReport.ContractSheet c : report.details()) {
      XSSFSheet copy = workbook.cloneSheet(at, safeName(workbook, c.name()));
      workbook.setSheetOrder(copy.getSheetName(), workbook.getSheetIndex(BALANCE));
      replaceAll(copy, c.values(), quoted);
      print(copy, rows(copy, c.rows(), quoted));
    }
    workbook.removeSheetAt(workbook.getSheetIndex(DETAIL));
    XSSFSheet balance = workbook.getSheet(BALANCE);
    replaceAll(balance, report.cover(), quoted);
    int first = rows(balance, report.balance(), quoted);
    charts(balance, first, report.charts());
    print(balance, first);
    print(workbook.getSheet(COVER), 0);
    workbook.setActiveSheet(workbook.getSheetIndex(COVER));
    workbook.setSelectedTab(workbook.getSheetIndex(COVER));
  }

  /**
   * Replaces each {@code ${name}} in the sheet's text cells; a cell that is one number-valued
   * placeholder becomes that number, keeping its format.
   */
  static void replaceAll(Sheet sheet, Map<String, Object> values, CellStyle quoted) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() != CellType.STRING) {
          continue;
        }
        String text = cell.getStringCellValue();
        Matcher whole = PLACEHOLDER.matcher(text);
        if (whole.matches() && values.get(whole.group(1)) instanceof Number n) {
          cell.setCellValue(new BigDecimal(n.toString()).doubleValue());
          continue;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder replaced = new StringBuilder();
        boolean found = false;
        while (m.find()) {
          Object value = values.get(m.group(1));
          if (value != null) {
            found = true;
            m.appendReplacement(replaced, Matcher.quoteReplacement(plain(value)));
          }
        }
        if (found) {
          m.appendTail(replaced);
          setText(cell, replaced.toString(), quoted);
        }
      }
    }
  }

  /**
   * Writes rows from the style row (the first row with {@link #ROW_MARK} in its first cell): each
   * column keeps that row's style; returns the index of the first row written.
   */
  static int rows(Sheet sheet, List<List<Object>> rows, CellStyle quoted) {
    int styleRow = styleRow(sheet);
    Row template = sheet.getRow(styleRow);
    int columns = Math.max(template.getLastCellNum(), 1);
    CellStyle[] styles = new CellStyle[columns];
    for (int c = 0; c < columns; c++) {
      Cell cell = template.getCell(c);
      styles[c] = cell == null ? null : cell.getCellStyle();
    }
    float height = template.getHeightInPoints();
    moveBelow(sheet, styleRow, rows.size() - 1);
    for (int r = 0; r < rows.size(); r++) {
      Row row = r == 0 ? template : sheet.createRow(styleRow + r);
      row.setHeightInPoints(height);
      List<Object> values = rows.get(r);
      for (int c = 0; c < Math.max(columns, values.size()); c++) {
        Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        if (c < styles.length && styles[c] != null) {
          cell.setCellStyle(styles[c]);
        }
        Object value = c < values.size() ? values.get(c) : null;
        if (value == null) {
          cell.setBlank();
        } else if (value instanceof Number n) {
          cell.setCellValue(new BigDecimal(n.toString()).doubleValue());
        } else {
          setText(cell, plain(value), quoted);
        }
      }
    }
    if (rows.isEmpty()) {
      for (Cell cell : template) {
        cell.setBlank();
      }
    }
    return styleRow;
  }

  /**
   * Moves the rows under the style row (a signature line, a note) down by {@code by} rows, with
   * their merged cells: cell by cell, since POI's shiftRows re-parses every formula of the workbook
   * — with a sheet per contract that took seconds.
   */
  private static void moveBelow(Sheet sheet, int styleRow, int by) {
    int last = sheet.getLastRowNum();
    if (by <= 0 || last <= styleRow) {
      return;
    }
    List<CellRangeAddress> merged = new java.util.ArrayList<>();
    for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
      CellRangeAddress m = sheet.getMergedRegion(i);
      if (m.getFirstRow() > styleRow) {
        merged.add(m);
        sheet.removeMergedRegion(i);
      }
    }
    for (int r = last; r > styleRow; r--) {
      Row from = sheet.getRow(r);
      if (from == null) {
        continue;
      }
      Row to = sheet.createRow(r + by);
      to.setHeight(from.getHeight());
      for (Cell cell : from) {
        Cell copy = to.createCell(cell.getColumnIndex());
        copy.setCellStyle(cell.getCellStyle());
        switch (cell.getCellType()) {
          case STRING -> copy.setCellValue(cell.getStringCellValue());
          case NUMERIC -> copy.setCellValue(cell.getNumericCellValue());
          case BOOLEAN -> copy.setCellValue(cell.getBooleanCellValue());
          case FORMULA -> copy.setCellFormula(cell.getCellFormula());
          default -> copy.setBlank();
        }
      }
      sheet.removeRow(from);
    }
    for (CellRangeAddress m : merged) {
      sheet.addMergedRegion(
          new CellRangeAddress(
              m.getFirstRow() + by, m.getLastRow() + by, m.getFirstColumn(), m.getLastColumn()));
    }
  }

  private static int styleRow(Sheet sheet) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null
          && first.getCellType() == CellType.STRING
          && first.getStringCellValue().strip().equals(ROW_MARK)) {
        return row.getRowNum();
      }
    }
    throw new CareEvalException("error.quarterly.templateRow", sheet.getSheetName(), ROW_MARK);
  }

  /**
   * Writes text as an inline string, as SXSSF does: POI's shared-strings table serializes each new
   * string to XML to look it up, which took most of the time of a workbook with 500 contracts.
   */
  private static void setText(Cell cell, String text, CellStyle quoted) {
    CTCell ct = ((XSSFCell) cell).getCTCell();
    if (ct.isSetF()) {
      ct.unsetF();
    }
    if (ct.isSetV()) {
      ct.unsetV();
    }
    if (ct.isSetIs()) {
      ct.unsetIs();
    }
    ct.setT(STCellType.INLINE_STR);
    ct.addNewIs().setT(text);
    if (TableWorkbook.looksLikeFormula(text)) {
      cell.setCellStyle(quoted);
    }
  }

  private static String plain(Object value) {
    return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }

  /** One bar chart per dimension of the balance, beside the figures: its parts' shares. */
  private static void charts(XSSFSheet sheet, int firstRow, List<QuarterlyReport.Chart> charts) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    int top = Math.max(firstRow - 2, 0);
    for (QuarterlyReport.Chart c : charts) {
      XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 6, top, 13, top + 14);
      XSSFChart chart = drawing.createChart(anchor);
      chart.setTitleText(c.title());
      chart.setTitleOverlay(false);
      XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
      XDDFValueAxis shares = chart.createValueAxis(AxisPosition.LEFT);
      shares.setMinimum(0);
      XDDFBarChartData data =
          (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, shares);
      data.setBarDirection(BarDirection.COL);
      data.setVaryColors(false);
      int from = firstRow + c.from();
      int to = firstRow + c.to();
      data.addSeries(
              XDDFDataSourcesFactory.fromStringCellRange(
                  sheet, new CellRangeAddress(from, to, 1, 1)),
              XDDFDataSourcesFactory.fromNumericCellRange(
                  sheet, new CellRangeAddress(from, to, 4, 4)))
          .setTitle("人次占比（%）", null);
      chart.plot(data);
      top += 15;
    }
  }

  /** A4 landscape, fitted to the page width, the rows above the table repeated on every page. */
  private static void print(Sheet sheet, int header) {
    PrintSetup setup = sheet.getPrintSetup();
    setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
    setup.setLandscape(true);
    setup.setFitWidth((short) 1);
    setup.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setHorizontallyCenter(true);
    if (header > 0) {
      sheet.setRepeatingRows(new CellRangeAddress(0, header - 1, -1, -1));
    }
  }

  /** A sheet name Excel accepts, unique in the workbook. */
  private static String safeName(XSSFWorkbook workbook, String name) {
    String clean = name.replaceAll("[\\[\\]:*?/\\\\]", "-");
    clean = clean.length() > 28 ? clean.substring(0, 28) : clean;
    String unique = clean;
    for (int n = 2; workbook.getSheet(unique) != null; n++) {
      unique = clean + "(" + n + ")";
    }
    return unique;
  }

  /** Writes the default template: the layout a county starts from and may restyle. */
  public static void writeTemplate(OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles s = new Styles(workbook);
      cover(workbook.createSheet(COVER), s);
      table(
          workbook.createSheet(SUMMARY),
          s,
          "${县}${季度}政府购买农村留守儿童关爱服务合同评估汇总表",
          List.of(
              "序号",
              "合同编号",
              "承接组织",
              "项目",
              "合同金额（元）",
              "已支付（元）",
              "预算执行率（%）",
              "产出完成率（%）",
              "序时进度（%）",
              "满意率（%）",
              "得分",
              "等级",
              "未完成整改",
              "未关闭预警",
              "评价结果哈希"),
          List.of(6, 14, 24, 26, 14, 14, 12, 12, 12, 10, 8, 6, 10, 10, 16),
          List.of(
              s.text,
              s.text,
              s.text,
              s.text,
              s.money,
              s.money,
              s.decimal,
              s.decimal,
              s.decimal,
              s.decimal,
              s.decimal,
              s.centered,
              s.whole,
              s.whole,
              s.text),
          "编制人：${编制人}　　　　审核人（签字）：＿＿＿＿＿＿　　　　日期：＿＿＿＿年＿＿月＿＿日");
      Sheet detail = workbook.createSheet(DETAIL);
      table(
          detail,
          s,
          "${合同编号}　${项目}",
          List.of("序号", "一级指标", "二级指标", "三级指标", "指标类型", "计量单位", "分值", "目标值", "实际值", "得分", "说明"),
          List.of(6, 10, 14, 24, 9, 9, 8, 10, 10, 8, 30),
          List.of(
              s.text,
              s.text,
              s.text,
              s.text,
              s.centered,
              s.centered,
              s.decimal,
              s.decimal,
              s.decimal,
              s.decimal,
              s.text),
          "评价人：${评价主体}　　　　审核人（签字）：＿＿＿＿＿＿");
      Row info = detail.createRow(1);
      info.createCell(0).setCellValue("承接组织：${承接组织}　评价：${评价}　总分：${总分}　等级：${等级}　结果哈希：${结果哈希}");
      detail.addMergedRegion(new CellRangeAddress(1, 1, 0, 10));
      table(
          workbook.createSheet(BALANCE),
          s,
          "${县}${季度}服务结构均衡",
          List.of("维度", "类别", "服务儿童数", "服务人次", "人次占比（%）"),
          List.of(12, 20, 12, 12, 14),
          List.of(s.text, s.text, s.whole, s.whole, s.decimal),
          "说明：服务儿童数按行合计，同一儿童接受多项服务时重复计数；占比按服务人次计算。第一列为维度。");
      workbook.write(out);
    }
  }

  private static void cover(Sheet sheet, Styles s) {
    sheet.setColumnWidth(0, 22 * 256);
    sheet.setColumnWidth(1, 60 * 256);
    Row title = sheet.createRow(0);
    title.setHeightInPoints(36);
    Cell t = title.createCell(0);
    t.setCellValue("${县}政府购买农村留守儿童关爱服务季度绩效评估表");
    t.setCellStyle(s.title);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
    String[][] lines = {
      {"评估季度", "${季度}"},
      {"在履行合同（份）", "${合同数}"},
      {"合同金额合计（元）", "${合同金额}"},
      {"已支付合计（元）", "${已支付}"},
      {"预算执行率（%）", "${预算执行率}"},
      {"本季度评价平均得分", "${平均得分}"},
      {"等级分布", "${等级分布}"},
      {"未完成整改事项（项）", "${未完成整改}"},
      {"未关闭预警（条）", "${未关闭预警}"},
      {"", ""},
      {"编制人", "${编制人}"},
      {"编制日期", "${编制日期}"},
      {"审核人（签字）", "＿＿＿＿＿＿＿＿"},
      {"审核日期", "＿＿＿＿年＿＿月＿＿日"}
    };
    for (int i = 0; i < lines.length; i++) {
      Row row = sheet.createRow(i + 2);
      row.setHeightInPoints(22);
      Cell name = row.createCell(0);
      name.setCellValue(lines[i][0]);
      name.setCellStyle(s.label);
      Cell value = row.createCell(1);
      value.setCellValue(lines[i][1]);
      value.setCellStyle(i >= 2 && i <= 4 ? s.moneyLeft : s.textLeft);
    }
  }

  private static void table(
      Sheet sheet,
      Styles s,
      String title,
      List<String> headers,
      List<Integer> widths,
      List<CellStyle> styles,
      String footer) {
    Row t = sheet.createRow(0);
    t.setHeightInPoints(30);
    Cell cell = t.createCell(0);
    cell.setCellValue(title);
    cell.setCellStyle(s.title);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
    Row header = sheet.createRow(3);
    for (int c = 0; c < headers.size(); c++) {
      Cell h = header.createCell(c);
      h.setCellValue(headers.get(c));
      h.setCellStyle(s.header);
      sheet.setColumnWidth(c, widths.get(c) * 256);
    }
    Row style = sheet.createRow(4);
    for (int c = 0; c < headers.size(); c++) {
      style.createCell(c).setCellStyle(styles.get(c));
    }
    style.getCell(0).setCellValue(ROW_MARK);
    Row sign = sheet.createRow(6);
    sign.createCell(0).setCellValue(footer);
    sheet.createFreezePane(0, 4);
  }

  /** The default template's styles. */
  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle label;
    final CellStyle text;
    final CellStyle textLeft;
    final CellStyle centered;
    final CellStyle money;
    final CellStyle moneyLeft;
    final CellStyle decimal;
    final CellStyle whole;

    Styles(XSSFWorkbook workbook) {
      Font big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 16);
      title = workbook.createCellStyle();
      title.setFont(big);
      title.setAlignment(HorizontalAlignment.CENTER);
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = bordered(workbook);
      header.setFont(bold);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setWrapText(true);
      label = workbook.createCellStyle();
      label.setFont(bold);
      text = bordered(workbook);
      text.setWrapText(true);
      textLeft = workbook.createCellStyle();
      centered = bordered(workbook);
      centered.setAlignment(HorizontalAlignment.CENTER);
      money = bordered(workbook);
      money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
      moneyLeft = workbook.createCellStyle();
      moneyLeft.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
      moneyLeft.setAlignment(HorizontalAlignment.LEFT);
      decimal = bordered(workbook);
      decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
      whole = bordered(workbook);
      whole.setDataFormat(workbook.createDataFormat().getFormat("0"));
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
      CellStyle style = workbook.createCellStyle();
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      return style;
    }
  }
}
