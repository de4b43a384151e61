package org.careeval.service.organization;

import java.util.List;
import org.careeval.service.imports.ImportProblem;

/**
 * What an import did. When {@link #problems()} is not empty nothing was written; only the first
 * {@link org.careeval.service.imports.SheetImport#MAX_LISTED} problems are listed, {@link
 * #problemCount()} counts them all.
 *
 * @param pendingCodes new organizations saved with a failed check character, waiting for a
 *     supervisor (domain rules 1.6.3)
 */
public record ImportReport(
    int rows,
    int created,
    int updated,
    int unchanged,
    int pendingCodes,
    List<ImportProblem> problems,
    int problemCount) {

  public boolean accepted() {
    return problemCount == 0;
  }
}
