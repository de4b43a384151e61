package org.careeval.service.rubric;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.careeval.domain.FreeText;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.procurement.ProcurementMethod;
import org.careeval.domain.rubric.Aggregation;
import org.careeval.domain.rubric.BandLines;
import org.careeval.domain.rubric.CheckItem;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.rubric.CriterionKind;
import org.careeval.domain.rubric.Points;
import org.careeval.domain.rubric.Rubric;
import org.careeval.domain.rubric.RubricFinding;
import org.careeval.domain.rubric.RubricRules;
import org.careeval.domain.rubric.RubricSection;
import org.careeval.domain.rubric.RubricSettings;
import org.careeval.report.excel.XlsxSheetReader;
import org.careeval.service.i18n.Messages;
import org.careeval.service.imports.ImportProblem;
import org.careeval.service.imports.RowCells;
import org.careeval.service.imports.SheetImport;

/**
 * Reads a rubric workbook (issue 11's contract) sheet by sheet on the shared import pass, then asks
 * {@link RubricRules} about the rubric read, and reports every problem at its sheet, row and
 * column. Nothing is stored here: the caller stores the rubric only when there is no problem.
 */
final class RubricWorkbookReader {

  /** A row read and where it stood, so the rules' findings can be placed on the sheet. */
  private record Placed<T>(T value, int row) {}

  private record SettingRow(RubricSetting setting, String value, int row) {}

  private final Path file;
  private final RubricSettings base;
  private final List<ImportProblem> problems = new ArrayList<>();
  private final List<ImportProblem> warnings = new ArrayList<>();
  private final Map<RubricSection, String> sheetRead = new EnumMap<>(RubricSection.class);
  private final List<Placed<Criterion>> criteria = new ArrayList<>();
  private final List<Placed<CheckItem>> qualification = new ArrayList<>();
  private final List<Placed<CheckItem>> conformity = new ArrayList<>();
  private final Map<RubricSetting, SettingRow> settings = new EnumMap<>(RubricSetting.class);
  private boolean scoringRowRefused;
  private String previousGroup = "";

  private RubricWorkbookReader(Path file, RubricSettings base) {
    this.file = file;
    this.base = base;
  }

  /**
   * @param base the settings the workbook does not hold (the low-price alert, the extra tie-break)
   *     are kept from these
   */
  static RubricWorkbook.Read read(Path file, Optional<RubricSettings> base) {
    RubricWorkbookReader reader =
        new RubricWorkbookReader(
            file, base.orElse(RubricSettings.defaults(ProcurementMethod.OPEN_TENDER)));
    return reader.readAll();
  }

  private RubricWorkbook.Read readAll() {
    sheet(RubricSection.SCORING, this::readCriterion, criteria);
    sheet(RubricSection.QUALIFICATION, this::readCheckItem, qualification);
    sheet(RubricSection.CONFORMITY, this::readCheckItem, conformity);
    sheet(RubricSection.SETTINGS, this::readSetting, null);
    Optional<RubricSettings> read = settings();
    if (read.isEmpty()) {
      return new RubricWorkbook.Read(Optional.empty(), problems, warnings, extras());
    }
    Rubric rubric =
        new Rubric(read.get(), values(qualification), values(conformity), values(criteria));
    RubricRules.Findings findings = RubricRules.check(rubric);
    findings.problems().stream()
        .filter(
            f ->
                !(scoringRowRefused
                    && f.index() == RubricFinding.WHOLE_SECTION
                    && f.section() == RubricSection.SCORING))
        .forEach(f -> problems.add(place(f)));
    findings.warnings().forEach(f -> warnings.add(place(f)));
    return new RubricWorkbook.Read(
        problems.isEmpty() ? Optional.of(rubric) : Optional.empty(), problems, warnings, extras());
  }

  /** The 设置 rows of the evaluation workbook (项目名称, 预算) by field, as typed. */
  private Map<String, String> extras() {
    Map<String, String> extras = new java.util.HashMap<>();
    for (RubricSetting extra : List.of(RubricSetting.PROJECT_NAME, RubricSetting.BUDGET)) {
      Optional.ofNullable(settings.get(extra))
          .ifPresent(row -> extras.put(extra.field(), row.value()));
    }
    return extras;
  }

  private <T> void sheet(
      RubricSection section, Function<RowCells, Optional<T>> rowReader, List<Placed<T>> into) {
    SheetImport<T> pass =
        new SheetImport<>(
            RubricSheets.importColumns(section),
            rowReader::apply,
            (value, row) -> {
              if (into != null) {
                into.add(new Placed<>(value, row.rowNumber()));
              }
            });
    Optional<XlsxSheetReader.SheetRead> read =
        XlsxSheetReader.readNamed(file, RubricSheets.sheetNames(section), pass::row);
    if (read.isEmpty()) {
      problems.add(
          new ImportProblem(
              section.sheetName(),
              0,
              "",
              new LocalizedText("error.rubric.sheetMissing", section.sheetName())));
      return;
    }
    sheetRead.put(section, read.get().name());
    SheetImport.Result result = pass.finish(read.get().name(), read.get().mergedRanges());
    problems.addAll(result.problems());
  }

  private Optional<Criterion> readCriterion(RowCells row) {
    String group = FreeText.clean(row.text(Criterion.GROUP));
    // a group written once above its criteria, as people lay such tables out, holds for the rows
    // below
    group = group.isEmpty() ? previousGroup : group;
    previousGroup = group;
    Optional<BigDecimal> points = number(row, Criterion.MAX_POINTS, true);
    String kindText = FreeText.clean(row.text(Criterion.KIND));
    Optional<CriterionKind> kind = CriterionKind.ofLabel(kindText);
    if (kind.isEmpty()) {
      row.problem(Criterion.KIND, new LocalizedText("error.rubric.kind", kindText));
    }
    BandLines.Parsed bands = BandLines.parse(row.text(Criterion.BANDS));
    bands.problems().forEach(p -> row.problem(Criterion.BANDS, p));
    if (row.hasProblems()) {
      scoringRowRefused = true;
      return Optional.empty();
    }
    return Optional.of(
        new Criterion(
            FreeText.clean(row.text(Criterion.CODE)),
            group,
            FreeText.clean(row.text(Criterion.CONTENT)),
            points.orElseThrow(),
            kind.orElseThrow(),
            bands.bands()));
  }

  private Optional<CheckItem> readCheckItem(RowCells row) {
    return Optional.of(
        new CheckItem(
            FreeText.clean(row.text(CheckItem.CODE)),
            FreeText.clean(row.text(CheckItem.CONTENT)),
            FreeText.clean(row.text(CheckItem.BASIS))));
  }

  private Optional<Void> readSetting(RowCells row) {
    String item = FreeText.clean(row.text(RubricSheets.ITEM));
    Optional<RubricSetting> setting =
        java.util.Arrays.stream(RubricSetting.values())
            .filter(s -> Messages.inEveryLanguage(s.labelKey()).contains(item))
            .findFirst();
    if (setting.isEmpty()) {
      row.problem(RubricSheets.ITEM, new LocalizedText("error.rubric.settingUnknown", item));
    } else if (settings.containsKey(setting.get())) {
      row.problem(RubricSheets.ITEM, new LocalizedText("error.rubric.settingRepeated", item));
    } else {
      settings.put(
          setting.get(),
          new SettingRow(
              setting.get(), FreeText.clean(row.text(RubricSheets.VALUE)), row.rowNumber()));
    }
    return Optional.empty();
  }

  /** The settings the 设置 sheet holds, each bad or missing value noted at its row. */
  private Optional<RubricSettings> settings() {
    if (!sheetRead.containsKey(RubricSection.SETTINGS)) {
      return Optional.empty();
    }
    int before = problems.size();
    Optional<ProcurementMethod> method =
        setting(RubricSetting.METHOD, ProcurementMethod::ofLabel, "error.rubric.method");
    Optional<BigDecimal> price =
        setting(RubricSetting.PRICE_POINTS, this::points, "error.rubric.number");
    Aggregation aggregation =
        setting(RubricSetting.AGGREGATION, Aggregation::ofLabel, "error.rubric.aggregation")
            .orElse(Aggregation.MEAN);
    int decimals =
        setting(
                RubricSetting.DECIMALS,
                RubricWorkbookReader::wholeNumber,
                "error.rubric.decimalsText")
            .orElse(RubricSettings.DEFAULT_DECIMALS);
    BigDecimal sme =
        setting(RubricSetting.SME_DEDUCTION, this::percent, "error.rubric.number")
            .orElse(BigDecimal.ZERO);
    String approval =
        Optional.ofNullable(settings.get(RubricSetting.APPROVAL_REFERENCE))
            .map(SettingRow::value)
            .orElse("");
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        base.withWorkbookValues(method.get(), price.get(), aggregation, decimals, sme, approval));
  }

  /**
   * A setting's value read by {@code parse}; a required one missing, or a bad one, is a problem.
   */
  private <T> Optional<T> setting(
      RubricSetting setting, Function<String, Optional<T>> parse, String badKey) {
    SettingRow row = settings.get(setting);
    String sheet = sheetRead.get(RubricSection.SETTINGS);
    if (row == null || row.value().isEmpty()) {
      if (setting.required()) {
        int at = row == null ? 0 : row.row();
        problems.add(
            new ImportProblem(
                sheet,
                at,
                row == null ? "A" : "B",
                new LocalizedText(
                    "error.rubric.settingMissing", new LocalizedText(setting.labelKey()))));
      }
      return Optional.empty();
    }
    Optional<T> value = parse.apply(row.value());
    if (value.isEmpty()) {
      problems.add(
          new ImportProblem(sheet, row.row(), "B", new LocalizedText(badKey, row.value())));
    }
    return value;
  }

  private Optional<BigDecimal> number(RowCells row, String field, boolean required) {
    String text = row.text(field);
    if (text.isEmpty()) {
      if (required) {
        row.problem(
            field,
            new LocalizedText("error.text.required", new LocalizedText("rubric.column.maxPoints")));
      }
      return Optional.empty();
    }
    Optional<BigDecimal> value = points(text);
    if (value.isEmpty()) {
      row.problem(field, new LocalizedText("error.rubric.number", text));
    }
    return value;
  }

  private Optional<BigDecimal> points(String text) {
    return Points.parse(text);
  }

  /** A percentage typed as 10, 10% or (from a percent-formatted cell) 10%. */
  private Optional<BigDecimal> percent(String text) {
    return Points.parse(text.replace("%", "").replace("％", ""));
  }

  private static Optional<Integer> wholeNumber(String text) {
    return text.strip().matches("\\d{1,2}")
        ? Optional.of(Integer.parseInt(text.strip()))
        : Optional.empty();
  }

  private ImportProblem place(RubricFinding finding) {
    RubricSection section = finding.section();
    String sheet = sheetRead.getOrDefault(section, section.sheetName());
    if (section == RubricSection.SETTINGS) {
      Optional<SettingRow> row =
          settings.values().stream()
              .filter(s -> s.setting().field().equals(finding.field()))
              .findFirst();
      return new ImportProblem(
          sheet, row.map(SettingRow::row).orElse(0), row.isPresent() ? "B" : "", finding.reason());
    }
    int row =
        finding.index() == RubricFinding.WHOLE_SECTION
            ? 0
            : rows(section).get(finding.index()).row();
    return new ImportProblem(
        sheet, row, RubricSheets.letterOf(section, finding.field()), finding.reason());
  }

  private List<? extends Placed<?>> rows(RubricSection section) {
    return switch (section) {
      case SCORING -> criteria;
      case QUALIFICATION -> qualification;
      case CONFORMITY -> conformity;
      case SETTINGS -> List.of();
    };
  }

  private static <T> List<T> values(List<Placed<T>> placed) {
    return placed.stream().map(Placed::value).toList();
  }
}
