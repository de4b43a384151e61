package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.careeval.domain.system.DataDirectory;
import org.careeval.persistence.Database;
import org.careeval.service.UserPreferences;
import org.careeval.service.i18n.Messages;
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

/** A second window on a data directory that is already open says so, in words. */
@Tag("ui")
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class SecondInstanceWindowTest {

  @TempDir Path temp;

  private AppContext firstInstance;
  private MainWindow window;
  private FxUiExecutor executor;

  @Start
  void start(Stage stage) {
    DataDirectory directory = new DataDirectory(temp.resolve("data"));
    firstInstance = AppContext.open(directory, java.util.Optional.empty());
    UserPreferences preferences = UserPreferences.load(directory.preferencesFile());
    executor = new FxUiExecutor();
    FxDialogService dialogs = new FxDialogService(stage, () -> Messages.of(preferences.language()));
    MainWindowViewModel viewModel =
        new MainWindowViewModel(
            CareEvalApp.dataAccess(directory),
            executor,
            dialogs,
            preferences,
            AppContext::componentVersions);
    window = new MainWindow(stage, viewModel, preferences, executor, dialogs);
    window.show(() -> {});
  }

  @AfterEach
  void closeAll() {
    WaitForAsyncUtils.asyncFx(window::close);
    WaitForAsyncUtils.waitForFxEvents();
    executor.shutdown();
    firstInstance.close();
  }

  @Test
  void showsWhoHasTheDataOpenAndOffersNoWayIn(FxRobot robot) throws TimeoutException {
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
    DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    String text = ((Label) dialog.getContent()).getText();
    assertThat(text).contains("CareEval 已经打开了这份数据", "pid").doesNotContain("Exception");
    robot.clickOn(robot.from(dialog).lookup(".button").queryAs(Button.class));
    assertThat(robot.lookup("#failureLabel").queryAs(Label.class).getText())
        .contains("CareEval 已经打开了这份数据");
    assertThat(robot.lookup("#nav-overview").tryQuery()).isEmpty();
    assertThat(robot.lookup("#usernameField").tryQuery()).isEmpty();
    assertThat(firstInstance.system().installationInfo().schemaVersion())
        .isEqualTo(Database.latestSchemaVersion());
  }
}
