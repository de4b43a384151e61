package org.careeval.cli;

import java.io.PrintWriter;
import java.util.List;
import org.careeval.service.i18n.Messages;
import org.careeval.service.imports.ImportProblem;

/** Import problems as county scripts read them: {@code sheet<TAB>row<TAB>column<TAB>reason}. */
final class ProblemLines {

  private ProblemLines() {}

  static void print(PrintWriter out, List<ImportProblem> problems, Messages messages) {
    for (ImportProblem problem : problems) {
      Tsv.row(
          out,
          problem.sheet(),
          Integer.toString(problem.row()),
          problem.column(),
          messages.get(problem.reason().key(), problem.reason().arguments().toArray()));
    }
    out.flush();
  }
}
