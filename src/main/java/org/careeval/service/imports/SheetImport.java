package org.careeval.service.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.LocalizedText;

/**
 * The pass every Excel import makes over its sheet (issue 9, section 3), driven by its columns: the
 * first non-blank row must be the header (each column's header in any language); each data row is
 * read into a record by the import's {@link RowReader} — which checks every cell and notes every
 * problem at its column — and handed to its {@link RowSink} to be written. Problems are counted all
 * and listed up to {@link #MAX_LISTED}, each row's in column order. Whether anything written stays
 * is the caller's: it rolls its transaction back when {@link Result#accepted()} is false. Memory
 * stays flat: rows are not kept.
 */
public final class SheetImport<R> {

  public static final int MAX_LISTED = 1000;

  /** Reads one data row into a record, noting problems on the row; empty if it has any. */
  @FunctionalInterface
  public interface RowReader<R> {
    Optional<R> read(RowCells row);
  }

  /** Takes a record read without problems; may note more (a duplicate in the file, say). */
  @FunctionalInterface
  public interface RowSink<R> {
    void accept(R record, RowCells row);
  }

  /** What the pass found: data rows read, problems listed (with the sheet's name), all counted. */
  public record Result(int rows, List<ImportProblem> problems, int problemCount) {
    public boolean accepted() {
      return problemCount == 0;
    }
  }

  private final List<ImportColumn> columns;
  private final RowReader<R> reader;
  private final RowSink<R> sink;
  private final List<ImportProblem> problems = new ArrayList<>();
  private final List<ImportProblem> rowProblems = new ArrayList<>();
  private boolean sortingRow;
  private int problemCount;
  private boolean headerSeen;
  private boolean headerValid;
  private int firstDataRow;
  private int rows;

  public SheetImport(List<ImportColumn> columns, RowReader<R> reader, RowSink<R> sink) {
    this.columns = List.copyOf(columns);
    this.reader = reader;
    this.sink = sink;
  }

  /** Receives one non-blank row of the sheet (as {@code XlsxSheetReader} hands them on). */
  public void row(int rowNumber, List<String> cells) {
    if (!headerSeen) {
      headerSeen = true;
      firstDataRow = rowNumber + 1;
      checkHeader(rowNumber, cells);
    } else if (headerValid) {
      rows++;
      readRow(rowNumber, cells);
    }
  }

  /** True while no problem has been found: writing is still worth it. */
  public boolean clean() {
    return problemCount == 0;
  }

  /** Ends the pass: an empty sheet and merged cells below the header are problems too. */
  public Result finish(String sheet, List<String> mergedRanges) {
    if (!headerSeen) {
      problem(0, "", new LocalizedText("error.import.empty"));
    }
    for (String range : mergedRanges) {
      int row = Integer.parseInt(range.replaceAll("^[A-Z]+(\\d+).*$", "$1"));
      if (row >= firstDataRow - 1) {
        problem(
            row, range.replaceAll("\\d.*$", ""), new LocalizedText("error.import.merged", range));
      }
    }
    List<ImportProblem> listed =
        problems.stream()
            .map(p -> new ImportProblem(sheet, p.row(), p.column(), p.reason()))
            .toList();
    return new Result(rows, listed, problemCount);
  }

  private void checkHeader(int rowNumber, List<String> cells) {
    headerValid = true;
    for (int i = 0; i < columns.size(); i++) {
      ImportColumn column = columns.get(i);
      String found = i < cells.size() ? cells.get(i).strip() : "";
      if (!column.acceptedHeaders().contains(found)) {
        headerValid = false;
        LocalizedText header = new LocalizedText(column.headerKey());
        problem(
            rowNumber,
            letter(i),
            found.isEmpty()
                ? new LocalizedText("error.import.headerMissing", header)
                : new LocalizedText("error.import.headerWrong", header, found));
      }
    }
  }

  private void readRow(int rowNumber, List<String> cells) {
    RowCells row = new RowCells(this, rowNumber, cells);
    sortingRow = true;
    Optional<R> record = reader.read(row);
    sortingRow = false;
    // a row's problems in column order, whichever check found them
    rowProblems.sort(Comparator.comparing(ImportProblem::column));
    rowProblems.forEach(this::keep);
    rowProblems.clear();
    if (record.isPresent() && !row.hasProblems()) {
      sink.accept(record.get(), row);
    }
  }

  void problem(int row, String column, LocalizedText reason) {
    problemCount++;
    ImportProblem found = new ImportProblem("", row, column, reason);
    if (sortingRow) {
      rowProblems.add(found);
    } else {
      keep(found);
    }
  }

  private void keep(ImportProblem problem) {
    if (problems.size() < MAX_LISTED) {
      problems.add(problem);
    }
  }

  int indexOf(String field) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).field().equals(field)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column for field " + field);
  }

  String letterOf(String field) {
    return letter(indexOf(field));
  }

  /** The Excel column letters of a 0-based index (a score sheet may have more than 26). */
  static String letter(int index) {
    return ImportProblem.columnLetters(index);
  }
}
