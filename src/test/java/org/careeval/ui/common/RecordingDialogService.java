package org.careeval.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.system.ComponentVersion;

/** Records dialogs instead of showing them; answers confirmations and file choices as told. */
public final class RecordingDialogService implements DialogService {

  public final List<String> shown = new ArrayList<>();
  public boolean confirmAnswer = true;
  public Optional<Path> saveFileAnswer = Optional.empty();
  public Optional<Path> openFileAnswer = Optional.empty();
  public List<Path> openFilesAnswer = List.of();
  public Optional<Path> folderAnswer = Optional.empty();
  public Optional<String> textAnswer = Optional.empty();
  public UnsavedChoice unsavedAnswer = UnsavedChoice.STAY;

  @Override
  public void showError(String title, String message) {
    shown.add(title + " | " + message);
  }

  @Override
  public boolean confirm(String title, String message, String actionText) {
    shown.add(title + " | " + message + " | " + actionText);
    return confirmAnswer;
  }

  @Override
  public UnsavedChoice askUnsaved(String title, String message) {
    shown.add(title + " | " + message);
    return unsavedAnswer;
  }

  @Override
  public Optional<String> askText(String title, String message, String actionText) {
    shown.add(title + " | " + message + " | " + actionText);
    return textAnswer;
  }

  @Override
  public Optional<Path> chooseSaveFile(
      String title, String initialName, String typeDescription, String extension) {
    shown.add(title + " | " + initialName);
    return saveFileAnswer;
  }

  @Override
  public void showAbout(String title, String header, List<ComponentVersion> versions) {
    shown.add(title + " | " + header + " | " + versions);
  }

  @Override
  public Optional<Path> chooseOpenFile(String title, String typeDescription, String extension) {
    shown.add(title);
    return openFileAnswer;
  }

  @Override
  public List<Path> chooseOpenFiles(String title, String typeDescription, String extension) {
    shown.add(title);
    return openFilesAnswer;
  }

  @Override
  public Optional<Path> chooseFolder(String title) {
    shown.add(title);
    return folderAnswer;
  }

  @Override
  public void showTable(
      String title, String header, List<String> columns, List<List<String>> rows) {
    shown.add(title + " | " + header + " | " + columns + " | " + rows);
  }

  @Override
  public void showDetails(String title, String header, List<String> lines) {
    shown.add(title + " | " + header + " | " + String.join("\n", lines));
  }
}
