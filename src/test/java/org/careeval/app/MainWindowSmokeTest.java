package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.careeval.domain.system.DataDirectory;
import org.careeval.domain.system.TableRowCount;
import org.careeval.service.UserPreferences;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Fonts;
import org.careeval.ui.common.FxDialogService;
import org.careeval.ui.common.FxUiExecutor;
import org.careeval.ui.shell.MainWindow;
import org.careeval.ui.shell.MainWindowViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a real database, driven headless: open, navigate, relabel. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowSmokeTest {

  @TempDir Path temp;

  private DataDirectory directory;
  private MainWindow window;
  private FxUiExecutor executor;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Fonts.load();
    directory = new DataDirectory(temp.resolve("data"));
    UserPreferences preferences = UserPreferences.load(directory.preferencesFile());
    executor = new FxUiExecutor();
    MainWindowViewModel viewModel =
        new MainWindowViewModel(
            () -> AppContext.open(directory),
            executor,
            new FxDialogService(stage),
            preferences,
            AppContext::componentVersions);
    window = new MainWindow(stage, viewModel, preferences, executor);
    window.show(() -> {});
  }

  @AfterEach
  void closeWindow() throws TimeoutException {
    WaitForAsyncUtils.asyncFx(window::close);
    WaitForAsyncUtils.waitForFxEvents();
    executor.shutdown();
  }

  private static void waitUntil(java.util.concurrent.Callable<Boolean> condition)
      throws TimeoutException {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
  }

  private ToggleButton nav(FxRobot robot, String id) {
    return robot.lookup("#nav-" + id).queryAs(ToggleButton.class);
  }

  @Test
  void windowOpensInChineseAndShowsTheInstallation(FxRobot robot) throws TimeoutException {
    assertThat(stage.getTitle()).isEqualTo("社会组织服务购买评估系统");
    waitUntil(() -> !nav(robot, "overview").isDisabled());
    assertThat(nav(robot, "overview").getText()).isEqualTo("概览");
    assertThat(nav(robot, "administration").getText()).isEqualTo("系统管理");
    waitUntil(
        () ->
            robot
                .lookup("#dataDirectoryValue")
                .tryQueryAs(Label.class)
                .map(label -> directory.root().toString().equals(label.getText()))
                .orElse(false));
    assertThat(robot.lookup("#schemaVersionValue").queryAs(Label.class).getText()).isEqualTo("001");
  }

  @Test
  void navigationOpensSystemInformationWithTableCounts(FxRobot robot) throws TimeoutException {
    waitUntil(() -> !nav(robot, "administration").isDisabled());
    robot.clickOn("#nav-administration");
    waitUntil(() -> robot.lookup("#tablesTable").tryQuery().isPresent());
    @SuppressWarnings("unchecked")
    TableView<TableRowCount> tables = robot.lookup("#tablesTable").queryAs(TableView.class);
    waitUntil(() -> !tables.getItems().isEmpty());
    assertThat(tables.getItems()).contains(new TableRowCount("app_setting", 1));
    assertThat(nav(robot, "administration").isSelected()).isTrue();
    robot.clickOn("#nav-overview");
    assertThat(robot.lookup("#recordsValue").tryQuery()).isPresent();
  }

  @Test
  void languageSwitchRelabelsTheWholeWindowAndIsRemembered(FxRobot robot) throws TimeoutException {
    waitUntil(() -> !nav(robot, "administration").isDisabled());
    robot.clickOn("#nav-administration");
    robot.clickOn("语言");
    robot.clickOn("English");
    waitUntil(() -> "Administration".equals(nav(robot, "administration").getText()));
    assertThat(stage.getTitle()).startsWith("CareEval");
    assertThat(nav(robot, "overview").getText()).isEqualTo("Overview");
    assertThat(nav(robot, "administration").isSelected()).isTrue();
    assertThat(robot.lookup("System information").tryQuery()).isPresent();
    assertThat(UserPreferences.load(directory.preferencesFile()).language())
        .isEqualTo(Messages.ENGLISH);
  }
}
