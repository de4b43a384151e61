package org.careeval.report;

import java.util.List;
import java.util.Map;

/**
 * What the quarterly evaluation workbook holds, independent of its layout (the template decides
 * that): the cover's values by placeholder name ({@code ${季度}} → "2026年第3季度"), one summary row per
 * contract, a sheet per contract with its indicator table, and the balance figures with the parts
 * of each chart.
 */
public record QuarterlyReport(
    Map<String, Object> cover,
    List<List<Object>> contracts,
    List<ContractSheet> details,
    List<List<Object>> balance,
    List<Chart> charts) {

  /** A contract's sheet: its name, the values of its placeholders, its indicator rows. */
  public record ContractSheet(String name, Map<String, Object> values, List<List<Object>> rows) {}

  /** A chart over balance rows {@code from} to {@code to} (0-based, inclusive) of the figures. */
  public record Chart(String title, int from, int to) {}
}
