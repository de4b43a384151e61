package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.WindowTestSupport.shows;
import static org.careeval.app.WindowTestSupport.signIn;
import static org.careeval.app.WindowTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.careeval.domain.system.DataDirectory;
import org.careeval.service.UserPreferences;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.NavigationArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen of the real window at 1366×768 with the demo county, in Chinese and in English, as
 * the administrator and as an officer: nothing cut (labels, buttons, tabs, headers, filters,
 * columns), and a PNG of each in target/screenshots for a person to look at.
 */
@Tag("ui")
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class WindowScreenshotTest {

  @TempDir Path temp;
  private Stage stage;
  private WindowTestSupport app;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @AfterEach
  void closeWindow() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void chinese(FxRobot robot) throws Exception {
    assertThat(everyScreenUncut(robot, Messages.CHINESE, "zh")).isEmpty();
  }

  @Test
  void english(FxRobot robot) throws Exception {
    assertThat(everyScreenUncut(robot, Messages.ENGLISH, "en")).isEmpty();
  }

  private List<String> everyScreenUncut(FxRobot robot, Locale locale, String language)
      throws Exception {
    DataDirectory directory = new DataDirectory(temp.resolve("data"));
    try (AppContext setup = TestContexts.open(directory.root(), Clock.systemUTC())) {
      setup.demo().load(Messages.of(locale));
    }
    UserPreferences preferences = UserPreferences.load(directory.preferencesFile());
    preferences.setLanguage(locale);
    preferences.setWindow("width", 1366);
    preferences.setWindow("height", 768);
    preferences.save();
    robot.interact(() -> app = new WindowTestSupport(stage, directory));
    List<String> cut = new ArrayList<>();
    for (String user : List.of("admin", "officer", "expert")) {
      signIn(robot, user, DemoCountyService.PASSWORD);
      waitUntil(() -> shows(robot, "#nav-overview"));
      for (NavigationArea area : NavigationArea.values()) {
        String id = "#nav-" + area.name().toLowerCase(Locale.ROOT);
        if (robot.lookup(id).tryQuery().isEmpty()) {
          continue;
        }
        robot.clickOn(id);
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS); // the screen reads its data
        WaitForAsyncUtils.waitForFxEvents();
        Parent root = stage.getScene().getRoot();
        String name =
            "window-" + user + "-" + area.name().toLowerCase(Locale.ROOT) + "-" + language;
        save(robot, root, name + ".png");
        CutText.labelsIn(root).forEach(problem -> cut.add(name + ": " + problem));
      }
      robot.clickOn(Messages.of(locale).get("shell.menu.account"));
      robot.clickOn(Messages.of(locale).get("account.switchUser"));
    }
    return cut;
  }

  private static void save(FxRobot robot, Parent root, String name) throws Exception {
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    MainWindowSmokeTest.savePng(robot.capture(root).getImage(), shots.resolve(name));
  }
}
