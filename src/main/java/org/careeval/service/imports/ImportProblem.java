package org.careeval.service.imports;

import org.careeval.domain.LocalizedText;

/**
 * One thing wrong with an import file. {@code row} is the Excel row number (0 for the file as a
 * whole); {@code column} the Excel column letter, or empty for the whole row.
 */
public record ImportProblem(String sheet, int row, String column, LocalizedText reason) {

  /** The Excel column letters of a 0-based index: A … Z, AA … AZ, BA … */
  public static String columnLetters(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }
}
