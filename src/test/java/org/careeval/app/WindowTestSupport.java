package org.careeval.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.careeval.domain.system.DataDirectory;
import org.careeval.service.UserPreferences;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Fonts;
import org.careeval.ui.common.FxDialogService;
import org.careeval.ui.common.FxUiExecutor;
import org.careeval.ui.shell.MainWindow;
import org.careeval.ui.shell.MainWindowViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real main window on a data directory and drives it like a person would. */
final class WindowTestSupport {

  final DataDirectory directory;
  final MainWindowViewModel viewModel;
  final MainWindow window;
  private final FxUiExecutor executor = new FxUiExecutor();

  WindowTestSupport(Stage stage, DataDirectory directory) {
    this.directory = directory;
    Fonts.load();
    UserPreferences preferences = UserPreferences.load(directory.preferencesFile());
    FxDialogService dialogs = new FxDialogService(stage, () -> Messages.of(preferences.language()));
    viewModel =
        new MainWindowViewModel(
            new TestDataAccess(directory, java.time.Clock.systemUTC()),
            executor,
            dialogs,
            preferences,
            AppContext::componentVersions);
    window = new MainWindow(stage, viewModel, preferences, executor, dialogs);
    window.show(() -> {});
  }

  void close() {
    WaitForAsyncUtils.asyncFx(window::close);
    WaitForAsyncUtils.waitForFxEvents();
    executor.shutdown();
  }

  static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
  }

  /** True when the node is in a window and it and every parent are visible. */
  static boolean shows(FxRobot robot, String query) {
    return robot.lookup(query).tryQuery().map(WindowTestSupport::reallyVisible).orElse(false);
  }

  private static boolean reallyVisible(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return node.getScene() != null;
  }

  static String text(FxRobot robot, String query) {
    return robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
  }

  /** Clicks into a text field and replaces whatever it holds, wherever the click put the caret. */
  static void replaceText(FxRobot robot, String query, String text) {
    TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
    scrollIntoView(field);
    robot.clickOn(field).push(KeyCode.END).eraseText(field.getText().length()).write(text);
  }

  /** Clicks a node, first scrolling it into view like a person would. */
  static void click(FxRobot robot, String query) {
    Node node = robot.lookup(query).query();
    scrollIntoView(node);
    robot.clickOn(node);
  }

  private static void scrollIntoView(Node node) {
    WaitForAsyncUtils.asyncFx(
        () -> {
          for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
              Bounds inContent =
                  scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
              double hidden =
                  scroll.getContent().getBoundsInLocal().getHeight()
                      - scroll.getViewportBounds().getHeight();
              if (hidden > 0) {
                scroll.setVvalue(Math.min(1, Math.max(0, inContent.getMinY() / hidden)));
              }
            }
          }
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  static void signIn(FxRobot robot, String username, String password) throws TimeoutException {
    waitUntil(() -> shows(robot, "#usernameField"));
    replaceText(robot, "#usernameField", username);
    replaceText(robot, "#passwordField", password);
    click(robot, "#signInButton");
  }
}
