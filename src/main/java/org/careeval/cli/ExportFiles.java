package org.careeval.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.careeval.domain.CareEvalException;

/**
 * Where a command writes a file: an existing file is replaced only when the script says so ({@code
 * --overwrite}); a folder or a read-only file never (issue 9, section 11).
 */
final class ExportFiles {

  private ExportFiles() {}

  static void refuseExisting(Path file, boolean overwrite) {
    if (Files.isDirectory(file)) {
      throw new CareEvalException("error.export.isFolder", file.toAbsolutePath());
    }
    if (Files.exists(file) && !overwrite) {
      throw new CareEvalException("error.export.exists", file.toAbsolutePath());
    }
  }
}
