package org.careeval.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careeval.domain.organization.SyntheticCodes;

/** Builds roster workbooks for import tests: a header row and rows of text cells. */
final class RosterFiles {

  static final List<String> HEADERS =
      List.of("名称", "统一社会信用代码", "法定代表人", "地址", "联系电话", "评估等级", "等级证书编号", "评估机关", "等级授予日期");

  private RosterFiles() {}

  /** A sheet "社会组织" with {@link #HEADERS} and the given rows, then {@code tweak}. */
  static Path write(Path file, List<List<String>> rows, Consumer<XSSFWorkbook> tweak)
      throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("社会组织");
      fill(sheet.createRow(0), HEADERS);
      for (int r = 0; r < rows.size(); r++) {
        fill(sheet.createRow(r + 1), rows.get(r));
      }
      tweak.accept(workbook);
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    return file;
  }

  static Path write(Path file, List<List<String>> rows) throws IOException {
    return write(file, rows, workbook -> {});
  }

  /** A large file written with constant memory: row n holds the n-th synthetic organization. */
  static Path writeMany(Path file, int count) throws IOException {
    return writeMany(file, count, RosterFiles::organization);
  }

  /** As {@link #writeMany(Path, int)}, with row n (from 0) given by {@code rowOf}. */
  static Path writeMany(Path file, int count, IntFunction<List<String>> rowOf) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      Sheet sheet = workbook.createSheet("社会组织");
      fill(sheet.createRow(0), HEADERS);
      for (int n = 0; n < count; n++) {
        fill(sheet.createRow(n + 1), rowOf.apply(n));
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    return file;
  }

  static List<String> organization(int n) {
    return List.of(
        "测试县第" + n + "社会工作服务中心",
        SyntheticCodes.uscc(n),
        "张" + n,
        "测试县城关镇" + n + "号",
        "0399-" + (6000000 + n),
        n % 2 == 0 ? "3A" : "",
        n % 2 == 0 ? "民评" + n : "",
        n % 2 == 0 ? "测试县民政局" : "",
        n % 2 == 0 ? "2023-06-15" : "");
  }

  private static void fill(Row row, List<String> values) {
    for (int c = 0; c < values.size(); c++) {
      row.createCell(c).setCellValue(values.get(c));
    }
  }
}
