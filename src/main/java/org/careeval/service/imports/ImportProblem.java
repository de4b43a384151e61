package org.careeval.service.imports;

import org.careeval.domain.LocalizedText;

/**
 * One thing wrong with an import file. {@code row} is the Excel row number (0 for the file as a
 * whole); {@code column} the Excel column letter, or empty for the whole row.
 */
public record ImportProblem(String sheet, int row, String column, LocalizedText reason) {}
