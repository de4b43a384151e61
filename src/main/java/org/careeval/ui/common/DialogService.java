package org.careeval.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.system.ComponentVersion;

/**
 * All dialogs a view model may open. View models never build {@code Alert}s themselves, so tests
 * replace this with a recording fake. Texts arrive already localized.
 */
public interface DialogService {

  /** Shows a problem the user must read: what happened and what to do. */
  void showError(String title, String message);

  /**
   * Asks before something consequential; the confirming button names the action.
   *
   * @return true when the user chose {@code actionText}
   */
  boolean confirm(String title, String message, String actionText);

  /** What to do with unsaved changes before leaving them. */
  enum UnsavedChoice {
    SAVE,
    DISCARD,
    STAY
  }

  /**
   * Asks what to do with unsaved changes (save, discard, or stay where they are); closing the
   * dialog means stay.
   */
  UnsavedChoice askUnsaved(String title, String message);

  /** Asks for a line of text (e.g. a reason); empty when cancelled. */
  Optional<String> askText(String title, String message, String actionText);

  /** Asks where to save a file of the given extension (e.g. {@code xlsx}). */
  Optional<Path> chooseSaveFile(
      String title, String initialName, String typeDescription, String extension);

  /** Shows the About dialog with the versions of the application's parts. */
  void showAbout(String title, String header, List<ComponentVersion> versions);

  /** Asks for an existing file to read; empty when cancelled. */
  Optional<Path> chooseOpenFile(String title, String typeDescription, String extension);

  /** Asks for existing files to read (several may be chosen); empty when cancelled. */
  List<Path> chooseOpenFiles(String title, String typeDescription, String extension);

  /** Asks for a folder to write files into; empty when cancelled. */
  Optional<Path> chooseFolder(String title);

  /** Shows a headline and a table (e.g. one audit event's fields before and after). */
  void showTable(String title, String header, List<String> columns, List<List<String>> rows);

  /** Shows a headline and a list the user can scroll and copy (e.g. an import's problems). */
  void showDetails(String title, String header, List<String> lines);
}
