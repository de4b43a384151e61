package org.careeval.domain.system;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The folder that holds one installation's database, backups, preferences and log. Chosen in this
 * order: the {@code --data-dir} option, the {@code CAREEVAL_HOME} environment variable, then the
 * operating system's usual place for application data.
 */
public record DataDirectory(Path root) {

  public static final String ENV_HOME = "CAREEVAL_HOME";
  public static final String DATABASE_NAME = "careeval";

  public DataDirectory {
    root = root.toAbsolutePath().normalize();
  }

  /**
   * Resolves the data directory.
   *
   * @param option the value of {@code --data-dir}, if given
   * @param env the process environment
   * @param osName the {@code os.name} system property
   * @param userHome the {@code user.home} system property
   */
  public static DataDirectory resolve(
      Optional<String> option, Map<String, String> env, String osName, String userHome) {
    Optional<String> explicit =
        option.or(() -> Optional.ofNullable(env.get(ENV_HOME))).filter(s -> !s.isBlank());
    if (explicit.isPresent()) {
      return new DataDirectory(Path.of(explicit.get().strip()));
    }
    return new DataDirectory(platformDefault(env, osName.toLowerCase(Locale.ROOT), userHome));
  }

  /** Resolves against this process's environment and system properties. */
  public static DataDirectory resolve(Optional<String> option) {
    return resolve(
        option, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
  }

  private static Path platformDefault(Map<String, String> env, String os, String userHome) {
    if (os.startsWith("windows")) {
      String appData = env.get("APPDATA");
      Path base =
          appData == null || appData.isBlank()
              ? Path.of(userHome, "AppData", "Roaming")
              : Path.of(appData);
      return base.resolve("CareEval");
    }
    if (os.startsWith("mac")) {
      return Path.of(userHome, "Library", "Application Support", "CareEval");
    }
    String xdg = env.get("XDG_DATA_HOME");
    Path base = xdg == null || xdg.isBlank() ? Path.of(userHome, ".local", "share") : Path.of(xdg);
    return base.resolve("careeval");
  }

  /** The H2 database path without its {@code .mv.db} suffix, as H2 URLs expect it. */
  public Path databaseBase() {
    return root.resolve(DATABASE_NAME);
  }

  public Path databaseFile() {
    return root.resolve(DATABASE_NAME + ".mv.db");
  }

  public Path backupsDirectory() {
    return root.resolve("backups");
  }

  public Path preferencesFile() {
    return root.resolve("preferences.properties");
  }

  public Path lockFile() {
    return root.resolve("careeval.lock");
  }

  /** The salt and parameters of an encrypted database's file key (ADR 0018). */
  public Path keyFile() {
    return root.resolve("careeval.key");
  }

  /** The newest audit event as last committed, kept outside the database (docs/security.md). */
  public Path auditAnchorFile() {
    return root.resolve("careeval.audit-anchor");
  }

  public Path logFile() {
    return root.resolve("careeval.log");
  }
}
