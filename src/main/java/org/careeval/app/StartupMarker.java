package org.careeval.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;

/**
 * Lets benchmarks/run measure launch-to-window-shown: when the system property {@code
 * careeval.benchmark.shownMarker} names a file, the epoch milliseconds at which the main window was
 * shown are written there. Without the property this does nothing.
 */
final class StartupMarker {

  static final String PROPERTY = "careeval.benchmark.shownMarker";
  static final String EXIT = "careeval.benchmark.exitWhenShown";

  private StartupMarker() {}

  static void windowShown() {
    String marker = System.getProperty(PROPERTY);
    if (marker == null) {
      return;
    }
    try {
      Files.writeString(Path.of(marker), Long.toString(System.currentTimeMillis()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (Boolean.getBoolean(EXIT)) {
      Platform.runLater(Platform::exit);
    }
  }
}
