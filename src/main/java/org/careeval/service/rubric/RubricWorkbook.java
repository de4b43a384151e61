package org.careeval.service.rubric;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.rubric.CheckItem;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.rubric.CriterionKind;
import org.careeval.domain.rubric.Rubric;
import org.careeval.domain.rubric.RubricSection;
import org.careeval.domain.rubric.RubricSettings;
import org.careeval.report.ImportTemplate;
import org.careeval.report.excel.ImportTemplateWorkbook;
import org.careeval.service.i18n.Messages;
import org.careeval.service.imports.ImportProblem;

/**
 * The rubric workbook (issue 11, an exact contract): sheets 评分因素, 资格审查, 符合性审查 and 设置 with Chinese
 * names, and 填写说明. Reading checks every rule; writing produces what reading gives back unchanged.
 */
public final class RubricWorkbook {

  /** What a read found: the rubric when there is no problem, the problems and the warnings. */
  public record Read(
      Optional<Rubric> rubric,
      List<ImportProblem> problems,
      List<ImportProblem> warnings,
      Map<String, String> extraSettings) {
    public Read {
      extraSettings = Map.copyOf(extraSettings);
      problems = List.copyOf(problems);
      warnings = List.copyOf(warnings);
    }

    public boolean valid() {
      return problems.isEmpty();
    }
  }

  /** The keys of {@link Read#extraSettings()}: the evaluation workbook's 设置 rows 项目名称, 预算. */
  public static final String PROJECT_NAME = "projectName";

  public static final String BUDGET = "budget";

  private static final Messages CHINESE = Messages.of(Messages.CHINESE);

  private static final List<String> INSTRUCTION_KEYS =
      List.of(
          "rubric.instructions.title",
          "rubric.instructions.scoring",
          "rubric.instructions.group",
          "rubric.instructions.points",
          "rubric.instructions.kind",
          "rubric.instructions.bands",
          "rubric.instructions.checks",
          "rubric.instructions.forbidden",
          "rubric.instructions.settings",
          "rubric.instructions.total",
          "rubric.instructions.check");

  private RubricWorkbook() {}

  /**
   * Reads and checks a workbook.
   *
   * @param base settings the workbook does not hold are kept from these (a project's current
   *     rubric); defaults when empty
   */
  public static Read read(Path file, Optional<RubricSettings> base) {
    return RubricWorkbookReader.read(file, base);
  }

  /** Writes the rubric in the contract's format (Chinese names whatever the window's language). */
  public static void write(Rubric rubric, Path file) {
    try {
      ImportTemplateWorkbook.write(content(rubric), file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ImportTemplate content(Rubric rubric) {
    return content(rubric, List.of());
  }

  /**
   * The rubric's sheets with more rows on 设置 (the evaluation workbook's 项目名称, 预算) and more data
   * sheets after them (its 投标人 and 评分), under the same instructions sheet.
   */
  public static ImportTemplate content(
      Rubric rubric, List<List<String>> moreSettings, ImportTemplate.DataSheet... moreSheets) {
    return content(rubric, moreSettings, List.of(), moreSheets);
  }

  /** As above, with more lines for the instructions sheet (what the extra sheets hold). */
  public static ImportTemplate content(
      Rubric rubric,
      List<List<String>> moreSettings,
      List<String> moreInstructions,
      ImportTemplate.DataSheet... moreSheets) {
    List<ImportTemplate.DataSheet> sheets = new ArrayList<>();
    sheets.add(
        sheet(RubricSection.SCORING, rubric.criteria().stream().map(RubricWorkbook::row).toList()));
    sheets.add(
        sheet(
            RubricSection.QUALIFICATION,
            rubric.qualification().stream().map(RubricWorkbook::row).toList()));
    sheets.add(
        sheet(
            RubricSection.CONFORMITY,
            rubric.conformity().stream().map(RubricWorkbook::row).toList()));
    List<List<String>> settings = new ArrayList<>(moreSettings);
    settings.addAll(settingRows(rubric.settings()));
    sheets.add(sheet(RubricSection.SETTINGS, settings));
    sheets.addAll(List.of(moreSheets));
    List<String> instructions =
        new ArrayList<>(INSTRUCTION_KEYS.stream().map(CHINESE::get).toList());
    instructions.addAll(moreInstructions);
    return new ImportTemplate(sheets, RubricSheets.INSTRUCTIONS, instructions);
  }

  private static ImportTemplate.DataSheet sheet(RubricSection section, List<List<String>> rows) {
    List<ImportTemplate.Column> columns =
        RubricSheets.columns(section).stream().map(c -> column(c[0], c[1], c[2])).toList();
    return new ImportTemplate.DataSheet(section.sheetName(), columns, rows);
  }

  private static ImportTemplate.Column column(String field, String headerKey, String hintKey) {
    String header = CHINESE.get(headerKey);
    String hint = CHINESE.get(hintKey);
    return switch (field) {
      case Criterion.MAX_POINTS ->
          new ImportTemplate.Column(header, true, ImportTemplate.Kind.NUMBER, List.of(), hint);
      case Criterion.KIND ->
          new ImportTemplate.Column(
              header,
              true,
              ImportTemplate.Kind.CHOICE,
              List.of(CriterionKind.OBJECTIVE.label(), CriterionKind.SUBJECTIVE.label()),
              hint);
      case CheckItem.BASIS, Criterion.BANDS ->
          new ImportTemplate.Column(header, false, ImportTemplate.Kind.TEXT, List.of(), hint);
      default -> new ImportTemplate.Column(header, true, ImportTemplate.Kind.TEXT, List.of(), hint);
    };
  }

  private static List<String> row(Criterion c) {
    return List.of(
        c.code(),
        c.group(),
        c.content(),
        c.maxPoints().toPlainString(),
        c.kind().label(),
        c.bandLines());
  }

  private static List<String> row(CheckItem item) {
    return List.of(item.code(), item.content(), item.basis());
  }

  private static List<List<String>> settingRows(RubricSettings s) {
    return List.of(
        setting(RubricSetting.METHOD, s.method().label()),
        setting(RubricSetting.PRICE_POINTS, s.pricePoints().toPlainString()),
        setting(RubricSetting.AGGREGATION, s.aggregation().label()),
        setting(RubricSetting.DECIMALS, Integer.toString(s.decimals())),
        setting(RubricSetting.SME_DEDUCTION, s.smeDeductionPercent().toPlainString()),
        setting(RubricSetting.APPROVAL_REFERENCE, s.approvalReference()));
  }

  /** A 设置 row of the evaluation workbook: 项目名称 or 预算. */
  public static List<String> projectNameRow(String name) {
    return setting(RubricSetting.PROJECT_NAME, name);
  }

  public static List<String> budgetRow(String budget) {
    return setting(RubricSetting.BUDGET, budget);
  }

  private static List<String> setting(RubricSetting setting, String value) {
    return List.of(CHINESE.get(setting.labelKey()), value);
  }
}
