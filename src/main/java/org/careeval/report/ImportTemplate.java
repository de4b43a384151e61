package org.careeval.report;

import java.util.List;

/**
 * An Excel import template: data sheets, each with one header row, formatted and validated columns
 * and any rows already filled in (an export that imports again), and an instructions sheet.
 */
public record ImportTemplate(
    List<DataSheet> sheets, String instructionsSheet, List<String> instructions) {

  public ImportTemplate {
    sheets = List.copyOf(sheets);
    instructions = List.copyOf(instructions);
  }

  /** A template of one empty data sheet. */
  public ImportTemplate(
      String dataSheet, List<Column> columns, String instructionsSheet, List<String> instructions) {
    this(List.of(new DataSheet(dataSheet, columns, List.of())), instructionsSheet, instructions);
  }

  /** One data sheet: its name, its columns and its rows of cell texts, by column. */
  public record DataSheet(String name, List<Column> columns, List<List<String>> rows) {
    public DataSheet {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }
  }

  /** What a column holds; decides its cell format and validation. */
  public enum Kind {
    /** Free text; cells formatted as text so Excel keeps codes and phone numbers as typed. */
    TEXT,
    /** A date, shown as yyyy-mm-dd. */
    DATE,
    /** One of {@link Column#choices()}, offered as a drop-down list. */
    CHOICE,
    /** A decimal number, written as a number cell so Excel can add it up. */
    NUMBER
  }

  /**
   * @param hint shown as the input message when a cell of the column is selected
   */
  public record Column(
      String header, boolean required, Kind kind, List<String> choices, String hint) {}
}
