package org.careeval.ui.common;

import java.util.List;
import org.careeval.service.i18n.Messages;
import org.careeval.service.imports.ImportProblem;

/**
 * A refused import explained in a table the officer can read and copy: sheet, row, column and
 * reason of every problem, under a headline that says nothing was imported.
 */
public final class ImportProblemTable {

  private ImportProblemTable() {}

  public static void show(
      DialogService dialogs,
      Messages messages,
      String title,
      String header,
      List<ImportProblem> problems) {
    dialogs.showTable(
        title,
        header,
        List.of(
            messages.get("rubric.problem.sheet"),
            messages.get("rubric.problem.row"),
            messages.get("rubric.problem.column"),
            messages.get("rubric.problem.reason")),
        problems.stream().map(p -> row(p, messages)).toList());
  }

  private static List<String> row(ImportProblem problem, Messages messages) {
    return List.of(
        problem.sheet(),
        Integer.toString(problem.row()),
        problem.column(),
        messages.get(problem.reason().key(), problem.reason().arguments().toArray()));
  }
}
