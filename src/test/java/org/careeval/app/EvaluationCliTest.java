package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.careeval.TestWorkbooks;
import org.careeval.cli.Cli;
import org.careeval.domain.organization.SyntheticCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code careeval review import} and {@code project rank} (issue 12's exact contracts) on worked
 * example 6.2, computed by hand in the domain rules: C 88.26, B 85.20, A 80.00; D excluded.
 */
class EvaluationCliTest {

  @TempDir Path temp;

  private record Result(int exitCode, String out, String err) {}

  private static final String A = SyntheticCodes.uscc(1);
  private static final String B = SyntheticCodes.uscc(2);
  private static final String C = SyntheticCodes.uscc(3);
  private static final String D = SyntheticCodes.uscc(4);

  private Result run(String... args) {
    List<String> all = new ArrayList<>(List.of("--data-dir", temp.resolve("data").toString()));
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.run(
            all.toArray(String[]::new),
            new TestCliEnvironment(Map.of("CAREEVAL_PASSWORD", "demo1234"), Optional.empty()),
            new PrintWriter(out),
            new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @BeforeEach
  void loadDemo() {
    assertThat(run("demo", "load").exitCode()).isZero();
  }

  static Map<String, List<List<Object>>> example62() {
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    sheets.put(
        "评分因素",
        List.of(
            List.of("编号", "评分因素", "评审内容", "分值", "类型", "评分标准"),
            List.of("A1", "综合", "技术和商务（非价格）因素", 80, "主观", "评分|0|80|按评审细则")));
    sheets.put("资格审查", List.of(List.of("编号", "审查内容", "依据"), List.of("Q1", "提供有效的登记证书", "")));
    sheets.put("符合性审查", List.of(List.of("编号", "审查内容", "依据"), List.of("C1", "★服务期限 12 个月", "")));
    sheets.put(
        "设置",
        List.of(
            List.of("项目", "值"),
            List.of("项目名称", "示例 6.2 四家投标"),
            List.of("采购方式", "公开招标"),
            List.of("价格分值", 20)));
    sheets.put(
        "投标人",
        List.of(
            List.of("投标人名称", "统一社会信用代码", "投标报价", "最后报价", "小微企业声明", "资格审查", "符合性审查", "未通过原因"),
            List.of("甲", A, 480000, "", "", "通过", "通过", ""),
            List.of("乙", B, 500000, "", "", "通过", "通过", ""),
            List.of("丙", C, 520000, "", "", "通过", "通过", ""),
            List.of("丁", D, 450000, "", "", "通过", "不通过", "服务期限不满足★要求")));
    List<List<Object>> scores = new ArrayList<>();
    scores.add(List.of("评委", "统一社会信用代码", "A1"));
    String[][] given = {
      {"60", "62", "58", "61", "59"},
      {"66", "65", "67", "64", "68"},
      {"70", "69.5", "71", "68.5", "70"}
    };
    String[] codes = {A, B, C};
    for (int m = 0; m < 5; m++) {
      for (int b = 0; b < 3; b++) {
        scores.add(List.of("专家" + (m + 1), codes[b], Double.parseDouble(given[b][m])));
      }
    }
    sheets.put("评分", scores);
    return sheets;
  }

  private Path write(Map<String, List<List<Object>>> sheets) throws Exception {
    return TestWorkbooks.write(temp, sheets);
  }

  @Test
  void example62IsImportedAndRankedToTheCent() throws Exception {
    Result imported = run("review", "import", write(example62()).toString(), "--user", "officer");
    assertThat(imported.err()).isEmpty();
    assertThat(imported.exitCode()).isZero();
    String id = imported.out().strip();
    assertThat(id).matches("\\d+");

    Result ranked = run("project", "rank", "--project", id, "--user", "officer");
    assertThat(ranked.exitCode()).isZero();
    assertThat(ranked.out().split("\\R"))
        .containsExactly(
            "1\t丙\t" + C + "\t520000.00\t18.46\t69.80\t88.26\t\t",
            "2\t乙\t" + B + "\t500000.00\t19.20\t66.00\t85.20\t\t",
            "3\t甲\t" + A + "\t480000.00\t20.00\t60.00\t80.00\t\t",
            "-\t丁\t" + D + "\t450000.00\t服务期限不满足★要求");

    Result json = run("project", "rank", "--project", id, "--format", "json", "--user", "officer");
    assertThat(json.out())
        .contains(
            "\"basePrice\" : \"480000.00\"",
            "\"total\" : \"88.26\"",
            "\"tie\" : false",
            "\"reason\" : \"服务期限不满足★要求\"");
    assertThat(run("project", "show", id, "--user", "officer").out())
        .contains("status\t评审中", "rubricLocked\ttrue");

    // an export imports again as a new project with the same ranking
    Path exported = temp.resolve("exported.xlsx");
    assertThat(
            run("review", "export", "--project", id, exported.toString(), "--user", "officer")
                .exitCode())
        .isZero();
    Result again = run("review", "import", exported.toString(), "--user", "officer");
    assertThat(again.exitCode()).isZero();
    String second = again.out().strip();
    assertThat(second).isNotEqualTo(id);
    assertThat(run("project", "rank", "--project", second, "--user", "officer").out())
        .isEqualTo(ranked.out());
  }

  /** The register's own words for a code too short (the same rule, the same message). */
  private static String uscc5Problem() {
    org.careeval.domain.organization.Uscc.Rejection r =
        org.careeval.domain.organization.Uscc.check("12345").rejection().orElseThrow();
    return org.careeval.service.i18n.Messages.of(org.careeval.service.i18n.Messages.CHINESE)
        .get(r.messageKey(), r.arguments().toArray());
  }

  @Test
  void everyProblemOfAnEvaluationIsListedAndNothingIsCreated() throws Exception {
    Map<String, List<List<Object>>> sheets = example62();
    List<List<Object>> scores = new ArrayList<>(sheets.get("评分"));
    scores.set(1, List.of("专家1", A, 81));
    scores.add(List.of("专家1", D, 50));
    sheets.put("评分", scores);
    List<List<Object>> bids = new ArrayList<>(sheets.get("投标人"));
    bids.add(List.of("戊", "12345", 460000, "", "", "通过", "通过", ""));
    sheets.put("投标人", bids);
    Result refused = run("review", "import", write(sheets).toString(), "--user", "officer");
    assertThat(refused.exitCode()).isEqualTo(Cli.EXIT_REJECTED);
    assertThat(refused.out().split("\\R"))
        .containsExactly(
            "投标人\t6\tB\t" + uscc5Problem(),
            "评分\t2\tC\t评分因素 A1 的分数 81 不在 0 到 80 分之间，或超过两位小数。",
            "评分\t17\tB\t“丁”未通过资格审查或符合性审查，不参加评分。请删除这一行。");
    assertThat(run("project", "list", "--user", "officer").out().split("\\R")).hasSize(8);
  }

  @Test
  void theCommittedTemplateHasTheContractsSheetsOnTheTenderRubric() throws Exception {
    // regenerate with: careeval review template templates/evaluation-open-tender.xlsx --overwrite
    Path committed = Path.of("templates", "evaluation-open-tender.xlsx");
    assertThat(run("rubric", "check", committed.toString()).out()).isEmpty();
    try (var workbook =
        org.apache.poi.ss.usermodel.WorkbookFactory.create(committed.toFile(), null, true)) {
      assertThat(header(workbook.getSheet("投标人")))
          .containsExactly("投标人名称", "统一社会信用代码", "投标报价", "最后报价", "小微企业声明", "资格审查", "符合性审查", "未通过原因");
      assertThat(header(workbook.getSheet("评分")))
          .containsExactly(
              "评委", "统一社会信用代码", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10");
      assertThat(workbook.getSheet("设置").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("项目名称");
    }
  }

  private static List<String> header(Sheet sheet) {
    Row row = sheet.getRow(0);
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      texts.add(row.getCell(c).getStringCellValue());
    }
    return texts;
  }

  @Test
  void aTenderWithTwoQualifiedBidsIsRankedButSaidToFail() throws Exception {
    Map<String, List<List<Object>>> sheets = example62();
    List<List<Object>> bids = new ArrayList<>(sheets.get("投标人"));
    bids.set(1, List.of("甲", A, 480000, "", "", "不通过", "通过", "无有效登记证书"));
    sheets.put("投标人", bids);
    List<List<Object>> scores = new ArrayList<>(sheets.get("评分"));
    scores.removeIf(row -> A.equals(row.get(1)));
    sheets.put("评分", scores);
    String id =
        run("review", "import", write(sheets).toString(), "--user", "officer").out().strip();
    Result ranked = run("project", "rank", "--project", id, "--user", "officer");
    assertThat(ranked.exitCode()).isZero();
    assertThat(ranked.out().split("\\R"))
        .extracting(l -> l.split("\t")[0])
        .containsExactly("1", "2", "-", "-");
    assertThat(ranked.err()).contains("只有 2 家", "废标");
  }
}
