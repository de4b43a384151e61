package org.careeval.service.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.careeval.TestWorkbooks;
import org.careeval.domain.rubric.Rubric;
import org.careeval.service.i18n.Messages;
import org.careeval.service.imports.ImportProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rubric workbook contract: names, round trip, and every problem at its sheet, row, column. */
class RubricWorkbookTest {

  private static final Messages CHINESE = Messages.of(Messages.CHINESE);

  @TempDir Path temp;

  static final List<Object> SCORING_HEADER = List.of("编号", "评分因素", "评审内容", "分值", "类型", "评分标准");
  static final List<Object> CHECK_HEADER = List.of("编号", "审查内容", "依据");
  static final List<Object> SETTINGS_HEADER = List.of("项目", "值");

  /** A small valid rubric as a person would type it (numbers as numbers, a group written once). */
  static Map<String, List<List<Object>>> valid() {
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    sheets.put(
        "评分因素",
        List.of(
            SCORING_HEADER,
            List.of("A1", "服务方案", "服务计划", 40.5, "主观", "优|34|40.5|完整\n良|20|33.5|可行\n差|0|19.5|缺项"),
            List.of("A2", "", "入户走访计划", 19.5, "主观", "优|15|19.5|全覆盖\n差|0|14.5|未覆盖"),
            List.of("A3", "服务团队", "持证社工每人 5 分，最高 20 分", 20, "客观", "")));
    sheets.put("资格审查", List.of(CHECK_HEADER, List.of("Q1", "提供有效的社会组织登记证书", "政府采购法第二十二条")));
    sheets.put("符合性审查", List.of(CHECK_HEADER, List.of("C1", "★服务期限 12 个月", "")));
    sheets.put(
        "设置",
        List.of(
            SETTINGS_HEADER,
            List.of("采购方式", "公开招标"),
            List.of("价格分值", 20),
            List.of("汇总规则", "算术平均"),
            List.of("小数位数", 2),
            List.of("小微企业价格扣除(%)", 10)));
    return sheets;
  }

  private Path write(Map<String, List<List<Object>>> sheets) throws IOException {
    return TestWorkbooks.write(temp, sheets);
  }

  private static List<String> lines(List<ImportProblem> problems) {
    return problems.stream()
        .map(
            p ->
                p.sheet()
                    + "\t"
                    + p.row()
                    + "\t"
                    + p.column()
                    + "\t"
                    + CHINESE.get(p.reason().key(), p.reason().arguments().toArray()))
        .toList();
  }

  @Test
  void typedRubricIsReadWithGroupsCarriedDown() throws IOException {
    RubricWorkbook.Read read = RubricWorkbook.read(write(valid()), Optional.empty());
    assertThat(lines(read.problems())).isEmpty();
    Rubric rubric = read.rubric().orElseThrow();
    assertThat(rubric.criteria())
        .extracting(c -> c.group())
        .containsExactly("服务方案", "服务方案", "服务团队");
    assertThat(rubric.criteria().get(0).maxPoints()).isEqualByComparingTo("40.5");
    assertThat(rubric.criteria().get(0).bands()).hasSize(3);
    assertThat(rubric.settings().pricePoints()).isEqualByComparingTo("20");
    assertThat(rubric.settings().smeDeductionPercent()).isEqualByComparingTo("10");
  }

  @ParameterizedTest
  @EnumSource(RubricTemplates.class)
  void templatesAreValidAndAnExportReadsBackUnchanged(RubricTemplates template) {
    Path file = temp.resolve(template.fileName());
    RubricWorkbook.write(template.rubric(), file);
    RubricWorkbook.Read read = RubricWorkbook.read(file, Optional.empty());
    assertThat(lines(read.problems())).isEmpty();
    assertThat(read.warnings()).isEmpty();
    assertThat(read.rubric()).contains(template.rubric());
  }

  @ParameterizedTest
  @EnumSource(RubricTemplates.class)
  void committedTemplatesAreWhatTheAppWrites(RubricTemplates template) {
    // regenerate with: careeval rubric template --method 公开招标|竞争性磋商 templates/FILE --overwrite
    Path committed = Path.of("templates", template.fileName());
    assertThat(RubricWorkbook.read(committed, Optional.empty()).rubric())
        .contains(template.rubric());
  }

  @Test
  void exportHasTheContractsSheetAndColumnNames() throws IOException {
    Path file = temp.resolve("export.xlsx");
    RubricWorkbook.write(RubricTemplates.OPEN_TENDER.rubric(), file);
    try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
      assertThat(List.of(0, 1, 2, 3, 4))
          .extracting(i -> workbook.getSheetName(i))
          .containsExactly("评分因素", "资格审查", "符合性审查", "设置", "填写说明");
      assertThat(header(workbook.getSheet("评分因素")))
          .containsExactly("编号", "评分因素", "评审内容", "分值", "类型", "评分标准");
      assertThat(header(workbook.getSheet("资格审查"))).containsExactly("编号", "审查内容", "依据");
      assertThat(header(workbook.getSheet("符合性审查"))).containsExactly("编号", "审查内容", "依据");
      assertThat(header(workbook.getSheet("设置"))).containsExactly("项目", "值");
      Sheet settings = workbook.getSheet("设置");
      assertThat(List.of(1, 2, 3, 4, 5, 6))
          .extracting(r -> settings.getRow(r).getCell(0).getStringCellValue())
          .containsExactly("采购方式", "价格分值", "汇总规则", "小数位数", "小微企业价格扣除(%)", "价格权重审批文号");
      assertThat(workbook.getSheet("评分因素").getRow(1).getCell(3).getNumericCellValue())
          .isEqualTo(8.0);
    }
  }

  private static List<String> header(Sheet sheet) {
    Row row = sheet.getRow(0);
    return java.util.stream.IntStream.range(0, row.getLastCellNum())
        .mapToObj(c -> row.getCell(c).getStringCellValue())
        .toList();
  }

  @Test
  void englishSheetAndColumnNamesAreAccepted() throws IOException {
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    Map<String, List<List<Object>>> chinese = valid();
    sheets.put(
        "Scoring factors",
        replaceHeader(
            chinese.get("评分因素"),
            List.of("Code", "Factor", "Criterion", "Points", "Type", "Bands")));
    sheets.put(
        "Qualification",
        replaceHeader(chinese.get("资格审查"), List.of("Code", "Requirement", "Basis")));
    sheets.put(
        "Conformity", replaceHeader(chinese.get("符合性审查"), List.of("Code", "Requirement", "Basis")));
    sheets.put(
        "Settings",
        List.of(
            List.of("Item", "Value"),
            List.of("Procurement method", "Open tender"),
            List.of("Price points", 20),
            List.of("Aggregation", "Mean")));
    RubricWorkbook.Read read = RubricWorkbook.read(write(sheets), Optional.empty());
    assertThat(lines(read.problems())).isEmpty();
  }

  private static List<List<Object>> replaceHeader(List<List<Object>> rows, List<Object> header) {
    List<List<Object>> replaced = new java.util.ArrayList<>(rows);
    replaced.set(0, header);
    return replaced;
  }

  @Test
  void everyProblemIsNamedAtItsSheetRowAndColumn() throws IOException {
    Map<String, List<List<Object>>> sheets = valid();
    sheets.put(
        "评分因素",
        List.of(
            SCORING_HEADER,
            List.of("A1", "服务方案", "服务计划", "四十", "主观", "优|34|40|完整"),
            List.of("A2", "服务方案", "入户走访计划", 30, "主 观", "优|25|30|全覆盖\n良-0-24"),
            List.of("A3", "服务团队", "持证社工", 20, "客观", ""),
            List.of("A3", "服务团队", "提供有效的社会组织登记证书得 10 分", 10, "主观", "优|8|12|齐全\n良|5|8|基本齐全")));
    sheets.put(
        "设置",
        List.of(
            SETTINGS_HEADER,
            List.of("采购方式", "竞争性磋商"),
            List.of("价格分值", 35),
            List.of("汇总办法", "算术平均")));
    RubricWorkbook.Read read = RubricWorkbook.read(write(sheets), Optional.empty());
    assertThat(read.rubric()).isEmpty();
    assertThat(lines(read.problems()))
        .containsExactly(
            "评分因素\t2\tD\t“四十”不是数字。请填写数字，如 18 或 18.5。",
            "评分因素\t3\tE\t类型“主 观”不对：请填“客观”或“主观”。",
            "评分因素\t3\tF\t评分标准第 2 行“良-0-24”不是“名称|最低分|最高分|说明”的格式，例如“优|18|20|方案完整可行”。",
            "设置\t4\tA\t设置表中的“汇总办法”不是可识别的项目。项目见填写说明。",
            "设置\t3\tB\t竞争性磋商采购服务的价格分值应为 10 至 30 分（财库〔2014〕214号第二十四条），现为 35 分。超出范围须填写同级财政部门的批准文号。",
            "评分因素\t5\tA\t编号 A3 重复。请给每项一个不同的编号。",
            "评分因素\t5\tF\t评分因素 A3 的档次“优”（8–12 分）超出该项分值范围 0–10 分。",
            "评分因素\t5\tF\t评分因素 A3 的档次“良”与“优”分数区间重叠。请调整，使每个分数只属于一档。",
            "评分因素\t5\tC\t评分因素 A3 重复了资格审查条件 Q1“提供有效的社会组织登记证书”。资格条件不得作为评审因素（87号令第五十五条），请删去或改写该评分因素。");
  }

  @Test
  void totalIsCheckedOnceEveryRowCouldBeRead() throws IOException {
    Map<String, List<List<Object>>> sheets = valid();
    sheets.put("设置", List.of(SETTINGS_HEADER, List.of("采购方式", "公开招标"), List.of("价格分值", 25)));
    assertThat(lines(RubricWorkbook.read(write(sheets), Optional.empty()).problems()))
        .containsExactly("评分因素\t0\tD\t评分因素合计 80 分加价格分值 25 分为 105 分，应为 100 分。请调整分值。");
  }

  @Test
  void missingSheetsAndSettingsAreNamed() throws IOException {
    Map<String, List<List<Object>>> sheets = valid();
    sheets.remove("符合性审查");
    sheets.put("设置", List.of(SETTINGS_HEADER, List.of("汇总规则", "算术平均")));
    assertThat(lines(RubricWorkbook.read(write(sheets), Optional.empty()).problems()))
        .containsExactly(
            "符合性审查\t0\t\t缺少工作表“符合性审查”。请使用评审细则模板，不要删除或改名工作表。",
            "设置\t0\tA\t设置表缺少“采购方式”。请填写这一项。",
            "设置\t0\tA\t设置表缺少“价格分值”。请填写这一项。");
  }

  @Test
  void ratingGateIsAWarningNotAProblem() throws IOException {
    Map<String, List<List<Object>>> sheets = valid();
    sheets.put(
        "资格审查",
        List.of(
            CHECK_HEADER, List.of("Q1", "提供有效的社会组织登记证书", ""), List.of("Q2", "社会组织评估等级 3A 以上", "")));
    RubricWorkbook.Read read = RubricWorkbook.read(write(sheets), Optional.empty());
    assertThat(read.problems()).isEmpty();
    assertThat(lines(read.warnings()))
        .singleElement()
        .asString()
        .startsWith("资格审查\t3\tB\t资格审查条件 Q2 以社会组织评估等级作为门槛");
  }
}
