package org.careeval.service.imports;

import java.util.List;
import java.util.Optional;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.Problem;
import org.careeval.domain.TextDates;

/**
 * One data row as an import's row reader sees it: cell texts by field, and a place to note what is
 * wrong with them, at their column.
 */
public final class RowCells {

  private final SheetImport<?> pass;
  private final int rowNumber;
  private final List<String> cells;
  private int problems;

  RowCells(SheetImport<?> pass, int rowNumber, List<String> cells) {
    this.pass = pass;
    this.rowNumber = rowNumber;
    this.cells = cells;
  }

  public int rowNumber() {
    return rowNumber;
  }

  /** The cell's text, stripped; empty when the row is shorter. */
  public String text(String field) {
    int index = pass.indexOf(field);
    return index < cells.size() ? cells.get(index).strip() : "";
  }

  /**
   * The cell as a date (ISO from a date cell, or typed as 2023/6/15, 2023年6月15日, 20230615…); empty,
   * without a problem, when the cell is empty.
   */
  public Optional<java.time.LocalDate> date(String field) {
    String text = text(field);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<java.time.LocalDate> date = TextDates.parse(text);
    if (date.isEmpty()) {
      problem(field, new LocalizedText("error.import.date", text));
    }
    return date;
  }

  public void problem(String field, LocalizedText reason) {
    problems++;
    pass.problem(rowNumber, pass.letterOf(field), reason);
  }

  /** Domain problems (from a draft's check) at the columns of their fields. */
  public void problems(List<Problem> found) {
    found.forEach(p -> problem(p.field(), p.reason()));
  }

  /** True once anything was noted for this row. */
  public boolean hasProblems() {
    return problems > 0;
  }
}
