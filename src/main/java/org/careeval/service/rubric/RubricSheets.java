package org.careeval.service.rubric;

import java.util.List;
import org.careeval.domain.rubric.CheckItem;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.rubric.RubricSection;
import org.careeval.service.i18n.Messages;
import org.careeval.service.imports.ImportColumn;

/**
 * The rubric workbook's sheets and columns, an exact contract (issue 11): the Chinese names are
 * written, the Chinese and English ones are read. Column order is the sheet's order.
 */
final class RubricSheets {

  static final String INSTRUCTIONS = "填写说明";
  static final String ITEM = "item";
  static final String VALUE = "value";

  private RubricSheets() {}

  /** The columns of a section's sheet: (field, header key, hint key). */
  static List<String[]> columns(RubricSection section) {
    return switch (section) {
      case SCORING ->
          List.of(
              column(Criterion.CODE, "rubric.column.code", "rubric.column.code.hint"),
              column(Criterion.GROUP, "rubric.column.group", "rubric.column.group.hint"),
              column(Criterion.CONTENT, "rubric.column.content", "rubric.column.content.hint"),
              column(
                  Criterion.MAX_POINTS, "rubric.column.maxPoints", "rubric.column.maxPoints.hint"),
              column(Criterion.KIND, "rubric.column.kind", "rubric.column.kind.hint"),
              column(Criterion.BANDS, "rubric.column.bands", "rubric.column.bands.hint"));
      case QUALIFICATION, CONFORMITY ->
          List.of(
              column(CheckItem.CODE, "rubric.column.code", "rubric.column.code.hint"),
              column(
                  CheckItem.CONTENT,
                  "rubric.column.checkContent",
                  "rubric.column.checkContent.hint"),
              column(CheckItem.BASIS, "rubric.column.basis", "rubric.column.basis.hint"));
      case SETTINGS ->
          List.of(
              column(ITEM, "rubric.column.setting", "rubric.column.setting.hint"),
              column(VALUE, "rubric.column.value", "rubric.column.value.hint"));
    };
  }

  static List<ImportColumn> importColumns(RubricSection section) {
    return columns(section).stream()
        .map(c -> new ImportColumn(c[0], c[1], Messages.inEveryLanguage(c[1])))
        .toList();
  }

  /** The column letter of a field on a section's sheet; empty when the sheet has no such column. */
  static String letterOf(RubricSection section, String field) {
    List<String[]> columns = columns(section);
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i)[0].equals(field)) {
        return String.valueOf((char) ('A' + i));
      }
    }
    return "";
  }

  /** The sheet names an import accepts for a section. */
  static List<String> sheetNames(RubricSection section) {
    return List.of(section.sheetName(), section.englishSheetName());
  }

  private static String[] column(String field, String headerKey, String hintKey) {
    return new String[] {field, headerKey, hintKey};
  }
}
