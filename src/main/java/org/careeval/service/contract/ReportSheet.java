package org.careeval.service.contract;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.Decimals;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.delivery.ContractIndicator;
import org.careeval.domain.delivery.Indicator;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.delivery.PeriodReport;
import org.careeval.domain.delivery.QualitativeBand;
import org.careeval.domain.delivery.ReportCheck;
import org.careeval.domain.delivery.ReportValue;
import org.careeval.report.ImportTemplate;
import org.careeval.report.excel.ImportTemplateWorkbook;
import org.careeval.report.excel.XlsxSheetReader;
import org.careeval.service.imports.ImportProblem;

/**
 * The period report sheet of one contract (issue 14): the app writes it with the contract's plan
 * (indicators and the period's targets) and any values entered so far; the organization fills in
 * actual values, bands, notes and the narrative; the app reads it back with every problem at its
 * sheet, row and column. Sheet and column names are Chinese, the county's working language.
 */
final class ReportSheet {

  static final String INFO_SHEET = "报告信息";
  static final String REPORT_SHEET = "季度报告";
  static final int NUMBER_ROW = 2;
  static final int PERIOD_ROW = 3;
  static final int NARRATIVE_ROW = 5;
  static final List<String> HEADERS =
      List.of("序号", "一级指标", "二级指标", "三级指标", "指标类型", "计量单位", "目标值", "实际值", "定性等级", "说明");
  private static final int ACTUAL = 7;
  private static final int BAND = 8;
  private static final int NOTE = 9;

  /** What the sheet is written from. */
  record Content(
      Contract contract,
      Period period,
      List<ContractIndicator> plan,
      Optional<PeriodReport> report) {}

  /** What a filled sheet held, or its problems. */
  record Read(
      Optional<Period> period,
      String narrative,
      List<ReportValue> values,
      List<ImportProblem> problems) {}

  private ReportSheet() {}

  static void write(Content content, Path file) {
    Contract c = content.contract();
    List<List<String>> info =
        List.of(
            List.of("合同编号", c.number()),
            List.of("报告期", content.period().code()),
            List.of("承接组织", c.organization()),
            List.of("情况说明", content.report().map(PeriodReport::narrative).orElse("")));
    List<List<String>> rows = new ArrayList<>();
    for (ContractIndicator ci : content.plan()) {
      Indicator i = ci.indicator();
      Optional<ReportValue> v = content.report().flatMap(r -> r.value(i.seq()));
      rows.add(
          List.of(
              Integer.toString(i.seq()),
              i.level1(),
              i.level2(),
              i.level3(),
              i.kind().chinese(),
              i.unit(),
              ci.target(content.period()).map(BigDecimal::toPlainString).orElse(""),
              v.flatMap(ReportValue::actual).map(BigDecimal::toPlainString).orElse(""),
              v.flatMap(ReportValue::band).map(QualitativeBand::chinese).orElse(""),
              v.map(ReportValue::note).orElse("")));
    }
    ImportTemplate template =
        new ImportTemplate(
            List.of(
                new ImportTemplate.DataSheet(REPORT_SHEET, reportColumns(), rows),
                new ImportTemplate.DataSheet(
                    INFO_SHEET,
                    List.of(text("项目", "不要修改本列"), text("内容", "合同编号和报告期不要修改；情况说明写本期服务的总体情况")),
                    info)),
            "填写说明",
            List.of(
                "本表为"
                    + c.organization()
                    + "“"
                    + c.project()
                    + "”"
                    + content.period().chinese()
                    + "履约报告。",
                "在“季度报告”表填写实际值（定量指标）或定性等级（定性指标：达成、部分达成、未达成）；其他列不要修改。",
                "实际值不得为负数；以人、次、场等计量的填整数；实际值达到目标值130%及以上的，须在“说明”列写明原因。",
                "在“报告信息”表填写情况说明。签到表、照片、个案记录等佐证材料在软件中作为附件上传。",
                "导入时整表校验，有任何问题都不导入，并逐条列出所在的表、行、列和原因。"));
    try {
      ImportTemplateWorkbook.write(template, file);
    } catch (IOException e) {
      throw new CareEvalException(e, "error.export.failed", file, e.getMessage());
    }
  }

  static Read read(
      Path file, Contract c, List<ContractIndicator> plan, Optional<Integer> childrenCovered) {
    List<ImportProblem> problems = new ArrayList<>();
    String infoWhere = "[" + file.getFileName() + "]" + INFO_SHEET;
    String where = "[" + file.getFileName() + "]" + REPORT_SHEET;
    Map<Integer, List<String>> info = sheet(file, INFO_SHEET, infoWhere, problems);
    Map<Integer, List<String>> rows = sheet(file, REPORT_SHEET, where, problems);
    if (!problems.isEmpty()) {
      return failed(problems);
    }
    Optional<Period> period = identity(infoWhere, info, c, problems);
    String narrative = cell(info.getOrDefault(NARRATIVE_ROW, List.of()), 1);
    List<ReportValue> values = new ArrayList<>();
    Map<Integer, Integer> rowOf = values(where, rows, plan, values, problems);
    if (problems.isEmpty() && period.isPresent()) {
      for (ReportCheck.ValueProblem p :
          ReportCheck.problems(plan, period.get(), values, childrenCovered)) {
        problems.add(new ImportProblem(where, rowOf.get(p.seq()), column(p.field()), p.reason()));
      }
    }
    return problems.isEmpty() ? new Read(period, narrative, values, List.of()) : failed(problems);
  }

  private static Optional<Period> identity(
      String where, Map<Integer, List<String>> info, Contract c, List<ImportProblem> problems) {
    String number = cell(info.getOrDefault(NUMBER_ROW, List.of()), 1);
    if (!number.equals(c.number())) {
      problems.add(
          new ImportProblem(
              where,
              NUMBER_ROW,
              "B",
              new LocalizedText("error.reportSheet.wrongContract", number, c.number())));
    }
    String code = cell(info.getOrDefault(PERIOD_ROW, List.of()), 1);
    Optional<Period> period =
        Period.parse(code).filter(p -> DeliveryService.periods(c).contains(p));
    if (period.isEmpty()) {
      problems.add(
          new ImportProblem(
              where, PERIOD_ROW, "B", new LocalizedText("error.reportSheet.period", code)));
    }
    return period;
  }

  /** Reads the value rows; returns the row of each indicator. */
  private static Map<Integer, Integer> values(
      String where,
      Map<Integer, List<String>> rows,
      List<ContractIndicator> plan,
      List<ReportValue> values,
      List<ImportProblem> problems) {
    Map<Integer, Integer> rowOf = new HashMap<>();
    var entries = new ArrayList<>(rows.entrySet());
    if (entries.isEmpty()
        || !entries
            .get(0)
            .getValue()
            .subList(0, Math.min(HEADERS.size(), entries.get(0).getValue().size()))
            .equals(HEADERS)) {
      problems.add(
          new ImportProblem(
              where,
              entries.isEmpty() ? 1 : entries.get(0).getKey(),
              "A",
              new LocalizedText("error.indicator.header", String.join("、", HEADERS))));
      return rowOf;
    }
    Map<Integer, ContractIndicator> bySeq = new HashMap<>();
    plan.forEach(ci -> bySeq.put(ci.seq(), ci));
    for (var entry : entries.subList(1, entries.size())) {
      int row = entry.getKey();
      List<String> cells = entry.getValue();
      ContractIndicator ci =
          bySeq.get(Decimals.parse(cell(cells, 0)).map(BigDecimal::intValue).orElse(-1));
      if (ci == null || !ci.indicator().level3().equals(cell(cells, 3))) {
        problems.add(
            new ImportProblem(
                where, row, "D", new LocalizedText("error.reportSheet.structure", cell(cells, 3))));
        continue;
      }
      rowOf.put(ci.seq(), row);
      value(where, row, cells, ci, problems).ifPresent(values::add);
    }
    int last = entries.get(entries.size() - 1).getKey();
    plan.stream()
        .filter(ci -> !rowOf.containsKey(ci.seq()))
        .forEach(
            ci ->
                problems.add(
                    new ImportProblem(
                        where,
                        last,
                        "D",
                        new LocalizedText(
                            "error.reportSheet.missingRow", ci.indicator().level3()))));
    return rowOf;
  }

  private static Optional<ReportValue> value(
      String where,
      int row,
      List<String> cells,
      ContractIndicator ci,
      List<ImportProblem> problems) {
    int before = problems.size();
    String actualText = cell(cells, ACTUAL);
    Optional<BigDecimal> actual =
        actualText.isEmpty() ? Optional.empty() : Decimals.parse(actualText);
    if (!actualText.isEmpty() && actual.isEmpty()) {
      problems.add(
          new ImportProblem(where, row, "H", new LocalizedText("error.rubric.number", actualText)));
    }
    String bandText = cell(cells, BAND);
    Optional<QualitativeBand> band =
        bandText.isEmpty() ? Optional.empty() : QualitativeBand.fromChinese(bandText);
    if (!bandText.isEmpty() && band.isEmpty()) {
      problems.add(
          new ImportProblem(
              where,
              row,
              "I",
              new LocalizedText(
                  "error.reportSheet.band",
                  bandText,
                  String.join(
                      "、",
                      Arrays.stream(QualitativeBand.values())
                          .map(QualitativeBand::chinese)
                          .toList()))));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    boolean quantitative = ci.indicator().kind().quantitative();
    return Optional.of(
        new ReportValue(
            ci.seq(),
            quantitative ? actual : Optional.empty(),
            quantitative ? Optional.empty() : band,
            cell(cells, NOTE)));
  }

  private static Map<Integer, List<String>> sheet(
      Path file, String name, String where, List<ImportProblem> problems) {
    Map<Integer, List<String>> rows = new TreeMap<>();
    try {
      if (XlsxSheetReader.readNamed(file, List.of(name), rows::put).isEmpty()) {
        problems.add(
            new ImportProblem(where, 0, "", new LocalizedText("error.indicator.noSheet", name)));
      }
    } catch (CareEvalException e) {
      problems.add(
          new ImportProblem(where, 0, "", new LocalizedText(e.messageKey(), e.arguments())));
    }
    return rows;
  }

  private static List<ImportTemplate.Column> reportColumns() {
    List<ImportTemplate.Column> columns = new ArrayList<>();
    for (int i = 0; i < HEADERS.size(); i++) {
      String h = HEADERS.get(i);
      columns.add(
          switch (i) {
            case 6, ACTUAL ->
                new ImportTemplate.Column(
                    h,
                    i == ACTUAL,
                    ImportTemplate.Kind.NUMBER,
                    List.of(),
                    i == ACTUAL ? "定量指标填写本期实际值" : "本期目标值，不要修改");
            case BAND ->
                new ImportTemplate.Column(
                    h,
                    false,
                    ImportTemplate.Kind.CHOICE,
                    Arrays.stream(QualitativeBand.values()).map(QualitativeBand::chinese).toList(),
                    "定性指标选择达成程度");
            case NOTE -> text(h, "实际值达到目标值130%及以上时必填");
            default -> text(h, "不要修改本列");
          });
    }
    return columns;
  }

  private static ImportTemplate.Column text(String header, String hint) {
    return new ImportTemplate.Column(header, false, ImportTemplate.Kind.TEXT, List.of(), hint);
  }

  private static String column(String field) {
    return switch (field) {
      case "band" -> "I";
      case "note" -> "J";
      default -> "H";
    };
  }

  private static String cell(List<String> row, int column) {
    return column < row.size() && row.get(column) != null ? row.get(column).strip() : "";
  }

  private static Read failed(List<ImportProblem> problems) {
    return new Read(Optional.empty(), "", List.of(), problems);
  }
}
