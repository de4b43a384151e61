package org.careeval.report;

import java.util.List;

/**
 * An Excel import template: a data sheet with one header row and formatted, validated columns, and
 * an instructions sheet.
 */
public record ImportTemplate(
    String dataSheet, List<Column> columns, String instructionsSheet, List<String> instructions) {

  /** What a column holds; decides its cell format and validation. */
  public enum Kind {
    /** Free text; cells formatted as text so Excel keeps codes and phone numbers as typed. */
    TEXT,
    /** A date, shown as yyyy-mm-dd. */
    DATE,
    /** One of {@link Column#choices()}, offered as a drop-down list. */
    CHOICE
  }

  /**
   * @param hint shown as the input message when a cell of the column is selected
   */
  public record Column(
      String header, boolean required, Kind kind, List<String> choices, String hint) {}
}
