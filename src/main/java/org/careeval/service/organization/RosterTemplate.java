package org.careeval.service.organization;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.organization.RatingLevel;
import org.careeval.report.ImportTemplate;
import org.careeval.report.excel.ImportTemplateWorkbook;
import org.careeval.service.i18n.Messages;

/**
 * The Excel template an officer fills in to import a register (templates/ holds the Chinese one).
 */
public final class RosterTemplate {

  private RosterTemplate() {}

  /** The template in the language of {@code messages}. Needs no database. */
  public static ImportTemplate of(Messages messages) {
    List<String> levels = Arrays.stream(RatingLevel.values()).map(RatingLevel::label).toList();
    List<ImportTemplate.Column> columns =
        Arrays.stream(RosterColumn.values())
            .map(
                c ->
                    new ImportTemplate.Column(
                        messages.get(c.headerKey()),
                        c.required(),
                        c.kind(),
                        c.kind() == ImportTemplate.Kind.CHOICE ? levels : List.of(),
                        messages.get(c.hintKey())))
            .toList();
    return new ImportTemplate(
        messages.get("organization.import.sheet"),
        columns,
        messages.get("organization.template.instructionsSheet"),
        List.of(messages.get("organization.template.instructions").split("\n")));
  }

  public static void write(Path file, Messages messages) {
    try {
      ImportTemplateWorkbook.write(of(messages), file);
    } catch (IOException e) {
      throw new CareEvalException(e, "error.export.failed", file, e.getMessage());
    }
  }
}
