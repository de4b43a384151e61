package org.careeval.service.organization;

import java.util.ArrayList;
import java.util.List;
import org.careeval.domain.LocalizedText;
import org.careeval.service.i18n.Messages;
import org.careeval.service.imports.ImportProblem;

/** An import's outcome as sentences in the user's language, for the window and the CLI. */
public final class ImportReports {

  private ImportReports() {}

  /** What an accepted import did, with a note on codes waiting for a supervisor. */
  public static LocalizedText summary(ImportReport report) {
    LocalizedText done =
        new LocalizedText(
            "organization.import.done",
            report.rows(),
            report.created(),
            report.updated(),
            report.unchanged());
    return report.pendingCodes() == 0
        ? done
        : new LocalizedText("organization.import.pending", done, report.pendingCodes());
  }

  /** A refused import: the headline, one line per listed problem, and how many were not listed. */
  public static List<String> refusal(ImportReport report, Messages messages) {
    List<String> lines = new ArrayList<>();
    lines.add(messages.get("organization.import.rejected", report.problemCount()));
    report.problems().forEach(p -> lines.add(problem(p, messages)));
    int unlisted = report.problemCount() - report.problems().size();
    if (unlisted > 0) {
      lines.add(messages.get("organization.import.more", unlisted));
    }
    return lines;
  }

  /** One problem with its sheet, row and column. */
  public static String problem(ImportProblem problem, Messages messages) {
    String reason = messages.get(problem.reason().key(), problem.reason().arguments().toArray());
    if (problem.row() == 0) {
      return messages.get("organization.import.problemFile", problem.sheet(), reason);
    }
    if (problem.column().isEmpty()) {
      return messages.get("organization.import.problemRow", problem.sheet(), problem.row(), reason);
    }
    return messages.get(
        "organization.import.problem", problem.sheet(), problem.row(), problem.column(), reason);
  }
}
