package org.careeval.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions of the application (filled in by the build) and of JavaFX. */
final class AppVersion {

  private AppVersion() {}

  static String current() {
    return read("version.properties", "version");
  }

  /** The JavaFX version from the javafx.properties file that javafx-base ships. */
  static String javafx() {
    return read("/javafx.properties", "javafx.runtime.version");
  }

  private static String read(String resource, String key) {
    Properties properties = new Properties();
    try (InputStream in = AppVersion.class.getResourceAsStream(resource)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty(key, "?");
  }
}
