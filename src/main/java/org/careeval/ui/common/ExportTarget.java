package org.careeval.ui.common;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.careeval.service.i18n.Messages;

/**
 * Before any export: say what personal data the file holds, then ask where to save it (DESIGN: "any
 * export that could contain personal data says so before it is written").
 */
public final class ExportTarget {

  private ExportTarget() {}

  /**
   * @param titleKey the dialogs' title
   * @param noticeKey what personal data the file contains and how to keep it
   * @param fileNameKey the suggested file name, with the date as {0}
   * @return the chosen .xlsx file; empty when the user cancelled either step
   */
  public static Optional<Path> ask(
      DialogService dialogs,
      Messages messages,
      String titleKey,
      String noticeKey,
      String fileNameKey,
      LocalDate today) {
    boolean agreed =
        dialogs.confirm(
            messages.get(titleKey), messages.get(noticeKey), messages.get("audit.export.confirm"));
    if (!agreed) {
      return Optional.empty();
    }
    return dialogs.chooseSaveFile(
        messages.get(titleKey),
        messages.get(fileNameKey, Formats.date(today)),
        messages.get("common.file.excel"),
        "xlsx");
  }
}
