package org.careeval.report;

import java.util.List;
import java.util.function.Consumer;

/**
 * A report that is one titled table: localized column headers and rows of cell values (text, whole
 * numbers, {@code BigDecimal} money and scores, instants). The renderer in {@code report.excel}
 * knows nothing of where they came from; rows are handed over one by one, so a report of a million
 * audit events streams from the database to the file without being held in memory.
 */
public record TableReport(String sheetName, List<String> headers, RowSource rows) {

  /** Hands the rows to the renderer one at a time, in order. */
  @FunctionalInterface
  public interface RowSource {
    void forEach(Consumer<List<Object>> row);
  }

  public TableReport {
    headers = List.copyOf(headers);
  }

  /** A report whose rows are already in memory (small tables). */
  public static TableReport of(String sheetName, List<String> headers, List<List<Object>> rows) {
    List<List<Object>> copy = List.copyOf(rows);
    return new TableReport(sheetName, headers, copy::forEach);
  }
}
