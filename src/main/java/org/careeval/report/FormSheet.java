package org.careeval.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A print-ready sheet (A4, the table's header repeated on every page, signature lines below): rows
 * of label/value cells on top (title, identity), one header row, the table, then footer lines.
 * Cells hold text, whole numbers, {@code BigDecimal}, a {@link RowSum} or an {@link Input}. With
 * {@code protection} the sheet is locked except its input cells.
 */
public record FormSheet(
    String name,
    List<List<String>> top,
    List<String> headers,
    List<List<Object>> rows,
    List<String> footer,
    List<Integer> columnWidths,
    boolean landscape,
    Optional<String> protection) {

  /** The sum of this row's cells from column {@code from} to {@code to} (0-based, inclusive). */
  public record RowSum(int from, int to) {}

  /**
   * A cell the reader fills in: a number from 0 to {@code max} with at most two decimals (Excel
   * refuses others as typed), pre-filled with {@code value} when there is one.
   */
  public record Input(Optional<BigDecimal> value, BigDecimal max) {}

  public FormSheet {
    top = List.copyOf(top);
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
    footer = List.copyOf(footer);
    columnWidths = List.copyOf(columnWidths);
  }

  /** The 1-based Excel row number of the header row. */
  public int headerRow() {
    return top.size() + (top.isEmpty() ? 1 : 2);
  }
}
