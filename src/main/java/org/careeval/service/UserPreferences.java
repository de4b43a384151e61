package org.careeval.service;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import org.careeval.service.i18n.Messages;

/**
 * Per-installation preferences of the window (language, size, position). They live in a small file
 * beside the database because they are needed before the database is open.
 */
public final class UserPreferences {

  private static final String LANGUAGE = "ui.language";
  private static final String WINDOW = "ui.window.";
  private static final String TABLE = "ui.table.";

  private final Path file;
  private final Properties values = new Properties();

  private UserPreferences(Path file) {
    this.file = file;
  }

  /** Loads the preferences; a missing or unreadable file gives the defaults. */
  public static UserPreferences load(Path file) {
    UserPreferences preferences = new UserPreferences(file);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      preferences.values.load(in);
    } catch (NoSuchFileException e) {
      // first start: defaults
    } catch (IOException | IllegalArgumentException e) {
      // a damaged preferences file must never stop the application from starting
      preferences.values.clear();
    }
    return preferences;
  }

  public Locale language() {
    return Optional.ofNullable(values.getProperty(LANGUAGE))
        .map(Messages::fromTag)
        .orElse(Messages.CHINESE);
  }

  public void setLanguage(Locale locale) {
    values.setProperty(LANGUAGE, Messages.supported(locale).toLanguageTag());
  }

  public OptionalDouble window(String dimension) {
    String value = values.getProperty(WINDOW + dimension);
    if (value == null) {
      return OptionalDouble.empty();
    }
    try {
      return OptionalDouble.of(Double.parseDouble(value));
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  public void setWindow(String dimension, double value) {
    values.setProperty(WINDOW + dimension, Double.toString(value));
  }

  public boolean windowMaximized() {
    return Boolean.parseBoolean(values.getProperty(WINDOW + "maximized"));
  }

  public void setWindowMaximized(boolean maximized) {
    values.setProperty(WINDOW + "maximized", Boolean.toString(maximized));
  }

  /** How a table was left (its column widths, its sort), as the window wrote it. */
  public Optional<String> table(String key) {
    return Optional.ofNullable(values.getProperty(TABLE + key));
  }

  public void setTable(String key, String layout) {
    values.setProperty(TABLE + key, layout);
  }

  /** Writes the file atomically, so a crash while saving never leaves it half written. */
  public void save() {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        values.store(out, "CareEval preferences");
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
