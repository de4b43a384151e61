package org.careeval.report;

import java.util.List;

/**
 * A report that is one titled table: localized column headers and rows of cell values (text,
 * numbers, dates). The renderer in {@code report.excel} knows nothing of where they came from.
 */
public record TableReport(String sheetName, List<String> headers, List<List<Object>> rows) {

  public TableReport {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
  }
}
