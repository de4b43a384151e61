package org.careeval.app;

import static org.careeval.app.WindowTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.careeval.ui.common.FxUiExecutor;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the screen tests share: waiting for the screen's work, saving a screenshot. */
final class PaneTests {

  private PaneTests() {}

  /** Waits until the FX thread and the screen's background work are both done. */
  static void idle(FxUiExecutor executor) throws TimeoutException {
    WaitForAsyncUtils.waitForFxEvents();
    waitUntil(() -> !executor.workingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Saves the stage's scene as target/screenshots/{name}, to look at. */
  static void save(FxRobot robot, Stage stage, String name) throws Exception {
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    MainWindowSmokeTest.savePng(
        robot.capture(stage.getScene().getRoot()).getImage(), shots.resolve(name));
  }
}
