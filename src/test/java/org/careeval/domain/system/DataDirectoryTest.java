package org.careeval.domain.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

  private static final String HOME = Path.of("home-of-user").toAbsolutePath().toString();

  private static Path resolve(Optional<String> option, Map<String, String> env, String os) {
    return DataDirectory.resolve(option, env, os, HOME).root();
  }

  @Test
  void optionWinsOverEnvironment() {
    Path root = resolve(Optional.of("from-option"), Map.of("CAREEVAL_HOME", "from-env"), "Linux");
    assertThat(root).isEqualTo(Path.of("from-option").toAbsolutePath());
  }

  @Test
  void environmentWinsOverPlatformDefault() {
    Path root = resolve(Optional.empty(), Map.of("CAREEVAL_HOME", " from-env "), "Linux");
    assertThat(root).isEqualTo(Path.of("from-env").toAbsolutePath());
  }

  @Test
  void blankOptionAndEnvironmentAreIgnored() {
    Path root = resolve(Optional.of(" "), Map.of("CAREEVAL_HOME", ""), "Linux");
    assertThat(root).isEqualTo(Path.of(HOME, ".local", "share", "careeval"));
  }

  @Test
  void linuxUsesXdgDataHome() {
    Path root = resolve(Optional.empty(), Map.of("XDG_DATA_HOME", HOME + "/xdg"), "Linux");
    assertThat(root).isEqualTo(Path.of(HOME, "xdg", "careeval"));
  }

  @Test
  void windowsUsesAppData() {
    Path root = resolve(Optional.empty(), Map.of("APPDATA", HOME + "/Roaming"), "Windows 10");
    assertThat(root).isEqualTo(Path.of(HOME, "Roaming", "CareEval"));
  }

  @Test
  void windowsWithoutAppDataUsesTheProfileFolder() {
    Path root = resolve(Optional.empty(), Map.of(), "Windows 11");
    assertThat(root).isEqualTo(Path.of(HOME, "AppData", "Roaming", "CareEval"));
  }

  @Test
  void macUsesApplicationSupport() {
    Path root = resolve(Optional.empty(), Map.of(), "Mac OS X");
    assertThat(root).isEqualTo(Path.of(HOME, "Library", "Application Support", "CareEval"));
  }

  @Test
  void filesLiveInsideTheDirectory() {
    DataDirectory directory = new DataDirectory(Path.of("d"));
    assertThat(directory.databaseFile().getFileName()).hasToString("careeval.mv.db");
    assertThat(directory.backupsDirectory().getParent()).isEqualTo(directory.root());
    assertThat(directory.preferencesFile().getParent()).isEqualTo(directory.root());
  }
}
