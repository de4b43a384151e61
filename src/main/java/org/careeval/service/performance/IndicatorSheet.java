package org.careeval.service.performance;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.Decimals;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.delivery.Indicator;
import org.careeval.domain.delivery.IndicatorKind;
import org.careeval.domain.delivery.QualitativeBand;
import org.careeval.domain.performance.IndicatorLine;
import org.careeval.domain.performance.IndicatorScoring;
import org.careeval.report.ImportTemplate;
import org.careeval.report.excel.ImportTemplateWorkbook;
import org.careeval.report.excel.XlsxSheetReader;
import org.careeval.service.imports.ImportColumn;
import org.careeval.service.imports.ImportProblem;
import org.careeval.service.imports.RowCells;
import org.careeval.service.imports.SheetImport;

/**
 * The 绩效指标 sheet — an exact contract (issue 16): columns 一级指标, 二级指标, 三级指标, 指标类型 (正向｜反向｜定性), 计量单位,
 * 分值, 目标值, 实际值, 定性等级 (达成｜部分达成｜未达成, for 定性), 评分 (the evaluator's score, for 定性 only), 说明. Written
 * for any evaluation and read back all or nothing, every problem at its row and column; a value may
 * carry a % sign (a percent cell).
 */
public final class IndicatorSheet {

  public static final String SHEET = "绩效指标";

  /** Field, header (the contract's Chinese), hint, header message key. */
  static final List<String[]> COLUMNS =
      List.of(
          new String[] {"level1", "一级指标", "决策、过程、产出、效益、满意度等", "performance.column.level1"},
          new String[] {"level2", "二级指标", "例如：产出数量、社会效益", "performance.column.level2"},
          new String[] {"level3", "三级指标", "指标名称，表内不重复", "performance.column.level3"},
          new String[] {"kind", "指标类型", "正向、反向或定性", "performance.column.kind"},
          new String[] {"unit", "计量单位", "人、次、% 等", "performance.column.unit"},
          new String[] {"weight", "分值", "分值合计须为 100", "performance.column.weight"},
          new String[] {"target", "目标值", "定量指标必填，大于 0", "performance.column.target"},
          new String[] {
            "actual", "实际值", "定量指标必填；达到目标值 130% 及以上须在说明中解释", "performance.column.actual"
          },
          new String[] {"band", "定性等级", "定性指标填：达成、部分达成或未达成", "performance.column.band"},
          new String[] {"given", "评分", "定性指标的评分，须在所选等级的区间内", "performance.column.given"},
          new String[] {"note", "说明", "佐证、偏差原因等", "performance.column.note"});

  /** What a sheet held: its lines, or every problem (then no lines). */
  public record Read(List<IndicatorLine> lines, List<ImportProblem> problems) {
    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  /** A sheet scored: the scoring, or the problems of reading or scoring it. */
  public record Scored(IndicatorScoring.Result result, List<ImportProblem> problems) {
    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  private IndicatorSheet() {}

  /**
   * Reads and scores a filled sheet — no database: the command line's {@code performance score}.
   */
  public static Scored score(Path file) {
    Read read = read(file, true);
    if (!read.accepted()) {
      return new Scored(null, read.problems());
    }
    IndicatorScoring.Result result = IndicatorScoring.score(read.lines());
    String sheet = sheetName(file);
    List<ImportProblem> problems =
        result.problems().stream()
            .map(p -> new ImportProblem(sheet, p.seq(), letter(p.field()), p.reason()))
            .toList();
    return new Scored(result, problems);
  }

  /**
   * Reads the lines of a sheet, each line's seq its row number: the cells as they are, a line not
   * yet complete included (an evaluation being scored keeps what is entered).
   */
  public static Read read(Path file) {
    return read(file, false);
  }

  /** As {@link #read(Path)}; {@code complete} also holds each line to its scoring rules. */
  private static Read read(Path file, boolean complete) {
    List<IndicatorLine> lines = new ArrayList<>();
    SheetImport<IndicatorLine> pass =
        new SheetImport<>(columns(), row -> line(row, complete), (line, row) -> lines.add(line));
    Optional<XlsxSheetReader.SheetRead> found =
        XlsxSheetReader.readNamed(file, List.of(SHEET), pass::row);
    if (found.isEmpty()) {
      return new Read(
          List.of(),
          List.of(
              new ImportProblem(
                  "[" + file.getFileName() + "]",
                  0,
                  "",
                  new LocalizedText("error.performance.noSheet", SHEET))));
    }
    SheetImport.Result result = pass.finish(sheetName(file), found.get().mergedRanges());
    return result.accepted()
        ? new Read(List.copyOf(lines), List.of())
        : new Read(List.of(), result.problems());
  }

  /** Writes the lines as the sheet, with drop-downs for the type and the band. */
  public static void write(List<IndicatorLine> lines, Path file) {
    List<List<String>> rows = lines.stream().map(IndicatorSheet::cells).toList();
    List<ImportTemplate.Column> columns = new ArrayList<>();
    for (String[] c : COLUMNS) {
      ImportTemplate.Kind kind =
          switch (c[0]) {
            case "weight", "given" -> ImportTemplate.Kind.NUMBER;
            case "kind", "band" -> ImportTemplate.Kind.CHOICE;
            default -> ImportTemplate.Kind.TEXT;
          };
      List<String> choices =
          switch (c[0]) {
            case "kind" ->
                Arrays.stream(IndicatorKind.values()).map(IndicatorKind::chinese).toList();
            case "band" ->
                Arrays.stream(QualitativeBand.values()).map(QualitativeBand::chinese).toList();
            default -> List.of();
          };
      boolean required = Map.of("level1", 1, "level3", 1, "kind", 1, "weight", 1).containsKey(c[0]);
      columns.add(new ImportTemplate.Column(c[1], required, kind, choices, c[2]));
    }
    ImportTemplate template =
        new ImportTemplate(
            List.of(new ImportTemplate.DataSheet(SHEET, columns, rows)),
            "填写说明",
            List.of(
                "每行一个三级指标；分值合计须为 100。",
                "正向指标：实际值达到目标值得满分，否则按 实际值÷目标值×分值 计分。",
                "反向指标（越低越好）：不超过目标值得满分，达到目标值 2 倍及以上得 0 分，其间按 (1−(实际值−目标值)÷目标值)×分值 计分。",
                "定性指标：选定性等级并填评分——达成 [80%,100%]、部分达成 [60%,80%)、未达成 [0,60%) 的分值。",
                "实际值达到目标值 130% 及以上时须在说明中解释。得分保留两位小数，四舍五入。"));
    try {
      ImportTemplateWorkbook.write(template, file);
    } catch (java.io.IOException e) {
      throw new CareEvalException(e, "error.export.failed", file, e.getMessage());
    }
  }

  private static List<String> cells(IndicatorLine l) {
    return List.of(
        l.level1(),
        l.level2(),
        l.level3(),
        l.kind().chinese(),
        l.unit(),
        l.weight().toPlainString(),
        l.target().map(BigDecimal::toPlainString).orElse(""),
        l.actual().map(BigDecimal::toPlainString).orElse(""),
        l.band().map(QualitativeBand::chinese).orElse(""),
        l.given().map(BigDecimal::toPlainString).orElse(""),
        l.note());
  }

  private static Optional<IndicatorLine> line(RowCells row, boolean complete) {
    String level1 = row.text("level1");
    String level3 = row.text("level3");
    if (level1.isEmpty()) {
      row.problem("level1", new LocalizedText("error.performance.level1"));
    }
    if (level3.isEmpty()) {
      row.problem("level3", new LocalizedText("error.indicator.level3"));
    }
    Optional<IndicatorKind> kind = IndicatorKind.fromChinese(row.text("kind"));
    if (kind.isEmpty()) {
      row.problem("kind", new LocalizedText("error.performance.kind", row.text("kind")));
    }
    Optional<BigDecimal> weight = number(row, "weight");
    if (weight.isEmpty() && row.text("weight").isEmpty()) {
      row.problem("weight", new LocalizedText("error.indicator.weight", ""));
    }
    Optional<BigDecimal> target = number(row, "target");
    Optional<BigDecimal> actual = number(row, "actual");
    Optional<BigDecimal> given = number(row, "given");
    String bandText = row.text("band");
    Optional<QualitativeBand> band = QualitativeBand.fromChinese(bandText);
    if (!bandText.isEmpty() && band.isEmpty()) {
      row.problem("band", new LocalizedText("error.performance.band", bandText));
    }
    if (row.hasProblems()) {
      return Optional.empty();
    }
    boolean judged = kind.get() == IndicatorKind.QUALITATIVE;
    IndicatorLine line =
        new IndicatorLine(
            row.rowNumber(),
            level1,
            row.text("level2"),
            level3,
            kind.get(),
            row.text("unit"),
            weight.get(),
            judged ? Optional.empty() : target,
            judged ? Optional.empty() : actual,
            judged ? band : Optional.empty(),
            judged ? given : Optional.empty(),
            row.text("note"));
    // a line's own rules (band interval, target, actual) at their columns; the sum is the sheet's
    if (complete) {
      for (Indicator.LineProblem p : IndicatorScoring.problems(line)) {
        row.problem(p.field(), p.reason());
      }
    }
    return row.hasProblems() ? Optional.empty() : Optional.of(line);
  }

  /** A number as typed or as a percent cell shows it ("93%" is 93); empty when blank. */
  private static Optional<BigDecimal> number(RowCells row, String field) {
    String text = row.text(field);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String plain = text.replaceAll("[%％]$", "").strip();
    Optional<BigDecimal> n = Decimals.parse(plain);
    if (n.isEmpty()) {
      row.problem(field, new LocalizedText("error.performance.number", text));
    }
    return n;
  }

  private static String sheetName(Path file) {
    return "[" + file.getFileName() + "]" + SHEET;
  }

  private static String letter(String field) {
    for (int i = 0; i < COLUMNS.size(); i++) {
      if (COLUMNS.get(i)[0].equals(field)) {
        return ImportProblem.columnLetters(i);
      }
    }
    return "";
  }

  private static List<ImportColumn> columns() {
    return COLUMNS.stream().map(c -> new ImportColumn(c[0], c[3], java.util.Set.of(c[1]))).toList();
  }
}
