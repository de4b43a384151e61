package org.careeval.service.performance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.performance.Satisfaction;
import org.careeval.report.ImportTemplate;
import org.careeval.report.excel.ImportTemplateWorkbook;
import org.careeval.report.excel.XlsxSheetReader;
import org.careeval.service.imports.ImportColumn;
import org.careeval.service.imports.ImportProblem;
import org.careeval.service.imports.RowCells;
import org.careeval.service.imports.SheetImport;

/**
 * The satisfaction survey sheet (满意度调查): one row per respondent group with the sampling method and
 * the number of answers per option — raw counts, never a percentage. Read back all or nothing.
 */
final class SurveySheet {

  static final String SHEET = "满意度调查";

  /** Field, header, hint, header message key. */
  private static final List<String[]> COLUMNS =
      List.of(
          new String[] {
            "group", "调查对象", "儿童、监护人或受委托照护人、村儿童主任、学校", "performance.column.respondents"
          },
          new String[] {"method", "抽样方法", "如：按名册随机抽取", "performance.column.method"},
          new String[] {"very", "非常满意", "人数", "performance.column.verySatisfied"},
          new String[] {"satisfied", "满意", "人数", "performance.column.satisfied"},
          new String[] {"neutral", "一般", "人数", "performance.column.neutral"},
          new String[] {"dissatisfied", "不满意", "人数", "performance.column.dissatisfied"},
          new String[] {"veryDissatisfied", "非常不满意", "人数", "performance.column.veryDissatisfied"},
          new String[] {"invalid", "无效问卷", "人数", "performance.column.invalid"});

  record Read(List<Satisfaction> surveys, List<ImportProblem> problems) {
    boolean accepted() {
      return problems.isEmpty();
    }
  }

  private SurveySheet() {}

  static void write(List<Satisfaction> saved, Path file) {
    List<List<String>> rows = new ArrayList<>();
    for (Satisfaction.Respondents g : Satisfaction.Respondents.values()) {
      Optional<Satisfaction> s = saved.stream().filter(x -> x.group() == g).findFirst();
      rows.add(
          s.map(
                  x ->
                      List.of(
                          g.chinese(),
                          x.method(),
                          Integer.toString(x.verySatisfied()),
                          Integer.toString(x.satisfied()),
                          Integer.toString(x.neutral()),
                          Integer.toString(x.dissatisfied()),
                          Integer.toString(x.veryDissatisfied()),
                          Integer.toString(x.invalid())))
              .orElse(List.of(g.chinese())));
    }
    List<ImportTemplate.Column> columns = new ArrayList<>();
    for (String[] c : COLUMNS) {
      boolean group = c[0].equals("group");
      columns.add(
          new ImportTemplate.Column(
              c[1],
              group,
              group
                  ? ImportTemplate.Kind.CHOICE
                  : c[0].equals("method") ? ImportTemplate.Kind.TEXT : ImportTemplate.Kind.NUMBER,
              group
                  ? Arrays.stream(Satisfaction.Respondents.values())
                      .map(Satisfaction.Respondents::chinese)
                      .toList()
                  : List.of(),
              c[2]));
    }
    ImportTemplate template =
        new ImportTemplate(
            List.of(new ImportTemplate.DataSheet(SHEET, columns, rows)),
            "填写说明",
            List.of(
                "每类调查对象一行，填各选项的人数（不是百分比）和抽样方法；没有调查的对象整行留空或删除。",
                "满意率 =（非常满意 + 满意）÷ 有效问卷数；无效问卷不计入分母。"));
    try {
      ImportTemplateWorkbook.write(template, file);
    } catch (java.io.IOException e) {
      throw new CareEvalException(e, "error.export.failed", file, e.getMessage());
    }
  }

  static Read read(Path file) {
    List<Satisfaction> surveys = new ArrayList<>();
    Map<Satisfaction.Respondents, Integer> seen = new HashMap<>();
    SheetImport<Satisfaction> pass =
        new SheetImport<>(
            COLUMNS.stream().map(c -> new ImportColumn(c[0], c[3], Set.of(c[1]))).toList(),
            SurveySheet::survey,
            (s, row) -> {
              Integer earlier = seen.putIfAbsent(s.group(), row.rowNumber());
              if (earlier != null) {
                row.problem("group", new LocalizedText("error.performance.surveyTwice", earlier));
              } else {
                surveys.add(s);
              }
            });
    XlsxSheetReader.SheetRead sheet = XlsxSheetReader.read(file, List.of(SHEET), pass::row);
    SheetImport.Result result =
        pass.finish("[" + file.getFileName() + "]" + sheet.name(), sheet.mergedRanges());
    return result.accepted()
        ? new Read(List.copyOf(surveys), List.of())
        : new Read(List.of(), result.problems());
  }

  /** A row with counts; a row naming only its group (not surveyed) is skipped. */
  private static Optional<Satisfaction> survey(RowCells row) {
    Optional<Satisfaction.Respondents> group =
        Arrays.stream(Satisfaction.Respondents.values())
            .filter(g -> g.chinese().equals(row.text("group")))
            .findFirst();
    if (group.isEmpty()) {
      row.problem("group", new LocalizedText("error.performance.surveyGroup", row.text("group")));
    }
    int[] counts = new int[6];
    boolean any = false;
    for (int i = 0; i < counts.length; i++) {
      String field = COLUMNS.get(i + 2)[0];
      String text = row.text(field);
      any |= !text.isEmpty();
      if (!text.isEmpty()) {
        try {
          counts[i] = Integer.parseInt(text);
          if (counts[i] < 0) {
            row.problem(field, new LocalizedText("error.performance.surveyNegative"));
          }
        } catch (NumberFormatException e) {
          row.problem(
              field,
              new LocalizedText(
                  "error.performance.surveyCount", group.map(g -> g.chinese()).orElse(""), text));
        }
      }
    }
    if (row.hasProblems() || !any) {
      return Optional.empty();
    }
    return Optional.of(
        new Satisfaction(
            group.get(),
            row.text("method"),
            counts[0],
            counts[1],
            counts[2],
            counts[3],
            counts[4],
            counts[5]));
  }
}
