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
import org.careeval.domain.delivery.Indicator;
import org.careeval.domain.delivery.IndicatorKind;
import org.careeval.domain.delivery.Measure;
import org.careeval.report.ImportTemplate;
import org.careeval.report.excel.ImportTemplateWorkbook;
import org.careeval.report.excel.XlsxSheetReader;
import org.careeval.service.imports.ImportProblem;

/**
 * The county's indicator template as a workbook (templates/indicator-template.xlsx is the default,
 * written by {@code careeval indicator template}): one row per level-3 indicator with its levels,
 * type, unit, weight and the service output it counts. The default follows the 10号文 framework with
 * the self-evaluation weights (产出 50, 效益 30, 满意度 10, 预算执行率 10) and the typical outputs of care
 * services for left-behind children; its words are the county's working language.
 */
public final class IndicatorTemplates {

  static final String SHEET = "指标模板";
  static final List<String> HEADERS = List.of("一级指标", "二级指标", "三级指标", "指标类型", "计量单位", "分值", "统计口径");

  /** What a template workbook held: its indicators, or its problems. */
  public record Read(List<Indicator> indicators, List<ImportProblem> problems) {}

  private static final String[][] DEFAULTS = {
    {"过程", "资金管理", "预算执行率", "正向", "%", "10", ""},
    {"产出", "产出数量", "建档儿童数", "正向", "人", "6", "建档儿童数"},
    {"产出", "产出数量", "服务儿童数", "正向", "人", "6", "服务儿童数"},
    {"产出", "产出数量", "入户走访", "正向", "次", "6", "入户走访"},
    {"产出", "产出数量", "个案服务", "正向", "个", "6", "个案服务"},
    {"产出", "产出数量", "小组活动", "正向", "次", "5", "小组活动"},
    {"产出", "产出数量", "社区活动", "正向", "场", "4", "社区活动"},
    {"产出", "产出数量", "监护人培训", "正向", "人次", "4", "监护人培训"},
    {"产出", "产出数量", "亲情联络", "正向", "次", "4", "亲情联络"},
    {"产出", "产出数量", "转介服务", "正向", "例", "3", "转介服务"},
    {"产出", "产出数量", "安全教育", "正向", "场", "3", "安全教育"},
    {"产出", "产出质量", "个案记录完整率", "正向", "%", "3", ""},
    {"效益", "社会效益", "儿童心理与情感需求得到回应", "定性", "", "10", ""},
    {"效益", "社会效益", "监护人监护能力提升", "定性", "", "8", ""},
    {"效益", "社会效益", "儿童与外出父母每周联系比例", "正向", "%", "5", ""},
    {"效益", "可持续影响", "村儿童主任参与服务", "定性", "", "5", ""},
    {"效益", "社会效益", "服务对象有效投诉", "反向", "件", "2", ""},
    {"满意度", "服务对象满意度", "儿童及监护人满意度", "正向", "%", "10", ""},
  };

  private IndicatorTemplates() {}

  /** The template the app ships, used until a supervisor imports the county's own. */
  public static List<Indicator> defaults() {
    List<Indicator> indicators = new ArrayList<>();
    for (String[] d : DEFAULTS) {
      indicators.add(
          new Indicator(
              indicators.size() + 1,
              d[0],
              d[1],
              d[2],
              IndicatorKind.fromChinese(d[3]).orElseThrow(),
              d[4],
              new BigDecimal(d[5]),
              d[6].isEmpty() ? Measure.NONE : Measure.fromChinese(d[6]).orElseThrow()));
    }
    return indicators;
  }

  public static void write(List<Indicator> indicators, Path file) {
    List<List<String>> rows =
        indicators.stream()
            .map(
                i ->
                    List.of(
                        i.level1(),
                        i.level2(),
                        i.level3(),
                        i.kind().chinese(),
                        i.unit(),
                        i.weight().toPlainString(),
                        i.measure().chinese()))
            .toList();
    List<ImportTemplate.Column> columns =
        List.of(
            choice(HEADERS.get(0), true, Indicator.LEVEL1, "决策、过程、产出、效益或满意度"),
            text(HEADERS.get(1), true, "例如：产出数量、社会效益"),
            text(HEADERS.get(2), true, "具体指标，县内唯一"),
            choice(
                HEADERS.get(3),
                true,
                Arrays.stream(IndicatorKind.values()).map(IndicatorKind::chinese).toList(),
                "正向：越高越好；反向：越低越好；定性：按达成程度评分"),
            text(HEADERS.get(4), false, "人、次、场、%等；定性指标可空"),
            new ImportTemplate.Column(
                HEADERS.get(5), true, ImportTemplate.Kind.NUMBER, List.of(), "各指标分值合计须为100"),
            choice(
                HEADERS.get(6),
                false,
                Arrays.stream(Measure.values())
                    .filter(m -> m != Measure.NONE)
                    .map(Measure::chinese)
                    .toList(),
                "该指标统计哪类服务产出（可空）"));
    ImportTemplate template =
        new ImportTemplate(
            List.of(new ImportTemplate.DataSheet(SHEET, columns, rows)),
            "填写说明",
            List.of(
                "本表为县级绩效指标模板，每份合同签订后继承本模板，再按季度设定基线值和目标值。",
                "一级指标为决策、过程、产出、效益、满意度之一；三级指标在表内不得重复。",
                "指标类型：正向（实际值越高越好）、反向（越低越好）、定性（达成、部分达成、未达成）。",
                "分值合计须为100。统计口径说明该指标统计哪类服务产出，用于数值间校验和服务记录汇总。",
                "由督导在“合同”页面导入修改后的模板；已签订合同的指标不受影响。"));
    try {
      ImportTemplateWorkbook.write(template, file);
    } catch (IOException e) {
      throw new CareEvalException(e, "error.export.failed", file, e.getMessage());
    }
  }

  /** Reads a template workbook: every row checked, every problem at its cell. */
  public static Read read(Path file) {
    Map<Integer, List<String>> rows = new TreeMap<>();
    List<ImportProblem> problems = new ArrayList<>();
    String where = "[" + file.getFileName() + "]" + SHEET;
    try {
      if (XlsxSheetReader.readNamed(file, List.of(SHEET), rows::put).isEmpty()) {
        problems.add(
            new ImportProblem(where, 0, "", new LocalizedText("error.indicator.noSheet", SHEET)));
      }
    } catch (CareEvalException e) {
      problems.add(
          new ImportProblem(where, 0, "", new LocalizedText(e.messageKey(), e.arguments())));
    }
    if (!problems.isEmpty()) {
      return new Read(List.of(), problems);
    }
    var entries = new ArrayList<>(rows.entrySet());
    if (entries.isEmpty() || !headerMatches(entries.get(0).getValue())) {
      int row = entries.isEmpty() ? 1 : entries.get(0).getKey();
      problems.add(
          new ImportProblem(
              where,
              row,
              "A",
              new LocalizedText("error.indicator.header", String.join("、", HEADERS))));
      return new Read(List.of(), problems);
    }
    List<Indicator> indicators = new ArrayList<>();
    Map<Integer, Integer> rowOfSeq = new HashMap<>();
    for (var entry : entries.subList(1, entries.size())) {
      row(where, entry.getKey(), entry.getValue(), indicators.size() + 1, problems)
          .ifPresent(
              i -> {
                indicators.add(i);
                rowOfSeq.put(i.seq(), entry.getKey());
              });
    }
    if (!problems.isEmpty()) {
      // the checks across rows (names, weights) mean something only once every row reads
      return new Read(List.of(), problems);
    }
    for (Indicator.LineProblem p : Indicator.problems(indicators)) {
      int row = p.seq() == 0 ? entries.get(entries.size() - 1).getKey() : rowOfSeq.get(p.seq());
      problems.add(new ImportProblem(where, row, columnOf(p.field()), p.reason()));
    }
    return new Read(problems.isEmpty() ? indicators : List.of(), problems);
  }

  private static Optional<Indicator> row(
      String where, int rowNumber, List<String> cells, int seq, List<ImportProblem> problems) {
    int before = problems.size();
    Optional<IndicatorKind> kind = IndicatorKind.fromChinese(cell(cells, 3));
    if (kind.isEmpty()) {
      problems.add(
          new ImportProblem(
              where, rowNumber, "D", new LocalizedText("error.indicator.kind", cell(cells, 3))));
    }
    Optional<BigDecimal> weight = Decimals.parse(cell(cells, 5));
    if (weight.isEmpty()) {
      problems.add(
          new ImportProblem(
              where, rowNumber, "F", new LocalizedText("error.rubric.number", cell(cells, 5))));
    }
    Optional<Measure> measure =
        cell(cells, 6).isEmpty() ? Optional.of(Measure.NONE) : Measure.fromChinese(cell(cells, 6));
    if (measure.isEmpty()) {
      problems.add(
          new ImportProblem(
              where, rowNumber, "G", new LocalizedText("error.indicator.measure", cell(cells, 6))));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new Indicator(
            seq,
            cell(cells, 0),
            cell(cells, 1),
            cell(cells, 2),
            kind.get(),
            cell(cells, 4),
            weight.get(),
            measure.get()));
  }

  private static boolean headerMatches(List<String> cells) {
    for (int i = 0; i < HEADERS.size(); i++) {
      if (!cell(cells, i).equals(HEADERS.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static String columnOf(String field) {
    return switch (field) {
      case "level1" -> "A";
      case "level2" -> "B";
      case "level3" -> "C";
      case "weight" -> "F";
      default -> "";
    };
  }

  private static String cell(List<String> row, int column) {
    return column < row.size() && row.get(column) != null ? row.get(column).strip() : "";
  }

  private static ImportTemplate.Column text(String header, boolean required, String hint) {
    return new ImportTemplate.Column(header, required, ImportTemplate.Kind.TEXT, List.of(), hint);
  }

  private static ImportTemplate.Column choice(
      String header, boolean required, List<String> choices, String hint) {
    return new ImportTemplate.Column(header, required, ImportTemplate.Kind.CHOICE, choices, hint);
  }
}
