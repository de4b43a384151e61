package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careeval.service.performance.IndicatorSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code careeval performance score} on the worked example 6.5, written by hand as a county would
 * fill the sheet (percent cells included): the exact tsv and json contracts, the flags, and a sheet
 * with invalid rows printing its problems with exit 1 — no database touched.
 */
class PerformanceCliTest {

  @TempDir Path temp;

  static final String[] HEADER = {
    "一级指标", "二级指标", "三级指标", "指标类型", "计量单位", "分值", "目标值", "实际值", "定性等级", "评分", "说明"
  };

  /** Example 6.5; satisfaction and budget execution as percent cells, the rest as typed. */
  static List<Object[]> example() {
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {"产出", "产出数量", "建档服务人数", "正向", "人", 15, 200, 180, "", "", ""});
    rows.add(new Object[] {"产出", "产出数量", "入户走访次数", "正向", "次", 10, 800, 860, "", "", ""});
    rows.add(new Object[] {"产出", "产出质量", "个案结案率", "正向", "%", 10, "90%", "81%", "", "", ""});
    rows.add(new Object[] {"产出", "产出时效", "季度报告按时报送", "正向", "%", 5, "100", "75", "", "", ""});
    rows.add(new Object[] {"产出", "产出成本", "人均服务成本", "反向", "元", 10, 1500, 1650, "", "", ""});
    rows.add(new Object[] {"效益", "社会效益", "社会效益", "定性", "", 20, "", "", "部分达成", 14, "访谈记录"});
    rows.add(new Object[] {"效益", "可持续影响", "可持续影响", "定性", "", 10, "", "", "达成", 9, ""});
    rows.add(new Object[] {"满意度", "服务对象满意度", "服务对象满意度", "正向", "%", 10, 0.9, 0.93, "", "", ""});
    rows.add(new Object[] {"预算执行率", "预算执行", "预算执行率", "正向", "%", 10, 1.0, 0.95, "", "", ""});
    return rows;
  }

  private Path sheet(String name, List<Object[]> rows) throws Exception {
    Path file = temp.resolve(name);
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("绩效指标");
      CellStyle percent = book.createCellStyle();
      percent.setDataFormat(book.createDataFormat().getFormat("0%"));
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADER.length; c++) {
        header.createCell(c).setCellValue(HEADER[c]);
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        Object[] values = rows.get(r);
        for (int c = 0; c < values.length; c++) {
          if (values[c] instanceof Integer i) {
            row.createCell(c).setCellValue(i);
          } else if (values[c] instanceof Double d) {
            row.createCell(c).setCellValue(d);
            row.getCell(c).setCellStyle(percent);
          } else if (!values[c].toString().isEmpty()) {
            row.createCell(c).setCellValue(values[c].toString());
          }
        }
      }
      book.write(out);
    }
    return file;
  }

  @Test
  void theWorkedExamplePrintsEachScoreTheTotalAndTheGrade() throws Exception {
    Path file = sheet("评价.xlsx", example());

    CliRun.Result result =
        CliRun.run(temp.resolve("data"), "performance", "score", file.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines().toList())
        .containsExactly(
            "建档服务人数\t13.50\t",
            "入户走访次数\t10.00\t",
            "个案结案率\t9.00\t",
            "季度报告按时报送\t3.75\t",
            "人均服务成本\t9.00\t",
            "社会效益\t14.00\t",
            "可持续影响\t9.00\t",
            "服务对象满意度\t10.00\t",
            "预算执行率\t9.50\t",
            "合计\t87.75",
            "等级\t良");
    assertThat(temp.resolve("data")).doesNotExist();
  }

  @Test
  void jsonCarriesTheSameFiguresAsTextAndTheFlags() throws Exception {
    List<Object[]> rows = example();
    rows.get(1)[7] = 1040; // 130 % of 800 and no note
    Path file = sheet("评价.xlsx", rows);

    CliRun.Result result =
        CliRun.run(
            temp.resolve("data"), "performance", "score", file.toString(), "--format", "json");

    assertThat(result.exitCode()).isZero();
    String json = result.out().replaceAll("\\s+", "");
    assertThat(json)
        .startsWith("{\"indicators\":[{\"name\":\"建档服务人数\",\"score\":\"13.50\",\"flags\":[]},")
        .contains("{\"name\":\"入户走访次数\",\"score\":\"10.00\",\"flags\":[\"note-required\"]}")
        .endsWith("\"total\":\"87.75\",\"grade\":\"良\"}");
  }

  @Test
  void aFlaggedLineInTsvNamesItsFlag() throws Exception {
    List<Object[]> rows = example();
    rows.get(1)[7] = 1040;
    Path file = sheet("评价.xlsx", rows);

    CliRun.Result result =
        CliRun.run(temp.resolve("data"), "performance", "score", file.toString());

    assertThat(result.out().lines()).contains("入户走访次数\t10.00\tnote-required");
    rows.get(1)[10] = "目标按上年实际设定，偏低";
    Path explained = sheet("说明.xlsx", rows);
    assertThat(CliRun.run(temp.resolve("data"), "performance", "score", explained.toString()).out())
        .contains("入户走访次数\t10.00\t\n");
  }

  @Test
  void invalidRowsPrintTheirProblemsAndExitOne() throws Exception {
    List<Object[]> rows = example();
    rows.get(5)[9] = 16; // 部分达成 of 20 points: [12, 16)
    rows.get(3)[3] = "正相";
    Path file = sheet("错.xlsx", rows);

    CliRun.Result result =
        CliRun.run(temp.resolve("data"), "performance", "score", file.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out().lines().toList())
        .containsExactly(
            "[错.xlsx]绩效指标\t5\tD\t指标类型“正相”不对：应为正向、反向或定性。",
            "[错.xlsx]绩效指标\t7\tJ\t“社会效益”的评分 16 不在“部分达成”的区间 [12.00, 16.00) 内。");
  }

  @Test
  void weightsNotSummingTo100AreTheSheetsProblem() throws Exception {
    List<Object[]> rows = example();
    rows.remove(8);
    Path file = sheet("缺.xlsx", rows);

    CliRun.Result result =
        CliRun.run(temp.resolve("data"), "performance", "score", file.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out().lines().toList())
        .singleElement()
        .satisfies(line -> assertThat(line).startsWith("[缺.xlsx]绩效指标\t0\tF\t").contains("90"));
  }

  @Test
  void aWorkbookWithoutTheSheetIsOneProblem() throws Exception {
    Path file = temp.resolve("别的.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      book.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("x");
      book.write(out);
    }

    CliRun.Result result =
        CliRun.run(temp.resolve("data"), "performance", "score", file.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("\t0\t\t工作簿里没有名为“绩效指标”的工作表。");
  }

  @Test
  void theSheetTheAppWritesReadsBackTheSameLines() throws Exception {
    Path file = sheet("评价.xlsx", example());
    IndicatorSheet.Read read = IndicatorSheet.read(file);
    Path written = temp.resolve("写出.xlsx");

    IndicatorSheet.write(read.lines(), written);

    IndicatorSheet.Read again = IndicatorSheet.read(written);
    assertThat(again.problems()).isEmpty();
    assertThat(again.lines()).isEqualTo(read.lines());
  }

  @Test
  void listAndShowTheDemoYearsEvaluations() {
    Path data = temp.resolve("demo");
    assertThat(CliRun.run(data, "demo", "load").exitCode()).isZero();

    CliRun.Result list = CliRun.run(data, "performance", "list", "--user", "officer");

    assertThat(list.exitCode()).isZero();
    List<String> lines = list.out().lines().toList();
    assertThat(lines).hasSize(6);
    assertThat(lines)
        .extracting(l -> l.split("\t", -1)[4] + " " + l.split("\t", -1)[7])
        .containsExactly(
            lines.get(0).split("\t")[4] + " signed",
            "中期 signed",
            lines.get(2).split("\t")[4] + " signed",
            lines.get(3).split("\t")[4] + " signed",
            "末期 signed",
            lines.get(5).split("\t")[4] + " started");
    String[] last = lines.get(4).split("\t", -1);
    assertThat(last[3]).isEqualTo("终期评价");
    assertThat(last[6]).isEqualTo("第三方评价");
    assertThat(last[9]).isEqualTo("中");

    CliRun.Result show = CliRun.run(data, "performance", "show", last[0], "--user", "officer");

    assertThat(show.exitCode()).isZero();
    List<String> shown = show.out().lines().toList();
    assertThat(shown.get(0)).startsWith("contract\tQL-");
    assertThat(shown).contains("grade\t中", "evaluatorName\t县社会工作协会");
    assertThat(shown.stream().filter(l -> l.startsWith("resultSha256\t")).findFirst().orElseThrow())
        .matches("resultSha256\t[0-9a-f]{64}");
    assertThat(shown.stream().filter(l -> l.startsWith("预算执行率\t")).findFirst().orElseThrow())
        .isEqualTo("预算执行率\t正向\t10.00\t100.00\t70.00\t\t7.00\t");
    assertThat(
            CliRun.run(
                    data, "performance", "show", last[0], "--user", "officer", "--format", "json")
                .out())
        .contains("\"grade\" : \"中\"");
  }
}
