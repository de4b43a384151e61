package org.careeval.cli;

import java.io.PrintWriter;
import java.util.List;
import org.careeval.service.i18n.Messages;
import org.careeval.service.imports.ImportProblem;

/** Import problems as county scripts read them: {@code sheet<TAB>row<TAB>column<TAB>reason}. */
final class ProblemLines {

  private ProblemLines() {}

  /**
   * How an all-or-nothing import ends on the command line: its problems and exit 1, or the line
   * saying what was imported and exit 0.
   */
  static int outcome(
      PrintWriter out,
      List<ImportProblem> problems,
      Messages messages,
      java.util.function.Supplier<String> done) {
    if (!problems.isEmpty()) {
      print(out, problems, messages);
      return Cli.EXIT_REJECTED;
    }
    out.println(done.get());
    out.flush();
    return Cli.EXIT_OK;
  }

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
