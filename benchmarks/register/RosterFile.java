import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes a roster workbook of N synthetic organizations in the import template's layout. */
public final class RosterFile {
  static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  static final String[] HEADERS = {
    "名称", "统一社会信用代码", "法定代表人", "地址", "联系电话", "评估等级", "等级证书编号", "评估机关", "等级授予日期"
  };

  /** A valid USCC (GB 32100 check character) for organization n. */
  static String uscc(int n) {
    String first17 = "52411525" + String.format("%09d", 500_000 + n);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return first17 + CHARSET.charAt((31 - sum % 31) % 31);
  }

  static String[] row(int n) {
    boolean rated = n % 2 == 0;
    return new String[] {
      "基准县第" + n + "社会工作服务中心", uscc(n), "张" + n, "基准县城关镇" + n + "号",
      "0399-" + (6000000 + n), rated ? "3A" : "", rated ? "民评" + n : "",
      rated ? "基准县民政局" : "", rated ? "2023-06-15" : ""
    };
  }

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      Sheet sheet = workbook.createSheet("社会组织");
      fill(sheet.createRow(0), HEADERS);
      for (int n = 0; n < count; n++) {
        fill(sheet.createRow(n + 1), row(n));
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
  }

  private static void fill(Row row, String[] values) {
    for (int c = 0; c < values.length; c++) {
      row.createCell(c).setCellValue(values[c]);
    }
  }
}
