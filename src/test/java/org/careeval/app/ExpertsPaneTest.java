package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.WindowTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.careeval.domain.expert.Expert;
import org.careeval.domain.user.Session;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Fonts;
import org.careeval.ui.common.FxUiExecutor;
import org.careeval.ui.common.RecordingDialogService;
import org.careeval.ui.common.Theme;
import org.careeval.ui.common.ViewLoader;
import org.careeval.ui.expert.ExpertsView;
import org.careeval.ui.expert.ExpertsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 专家库 at 1366×768 on the demo county: an expert's credit record and recording an absence. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ExpertsPaneTest {

  @TempDir Path temp;
  private AppContext context;
  private Stage stage;
  private final FxUiExecutor executor = new FxUiExecutor();
  private final RecordingDialogService dialogs = new RecordingDialogService();

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Fonts.load();
  }

  @AfterEach
  void tearDown() throws TimeoutException {
    idle();
    executor.shutdown();
    if (context != null) {
      context.close();
    }
  }

  private void idle() throws TimeoutException {
    PaneTests.idle(executor);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theCreditRecordIsShownAndAnAbsenceRecorded(FxRobot robot) throws Exception {
    Messages messages = Messages.of(Locale.SIMPLIFIED_CHINESE);
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.demo().load(messages);
    Session officer =
        context
            .authentication()
            .signIn("officer", DemoCountyService.PASSWORD.toCharArray())
            .session();
    ExpertsViewModel viewModel =
        new ExpertsViewModel(context, officer, executor, dialogs, messages);
    robot.interact(
        () -> {
          Parent view = new ViewLoader(messages).load(new ExpertsView(viewModel, messages));
          Scene scene = new Scene(view, RegisterPaneTest.PANE_WIDTH, RegisterPaneTest.PANE_HEIGHT);
          Theme.apply(scene);
          stage.setScene(scene);
          stage.show();
          viewModel.load();
        });
    idle();
    TableView<Expert> table = robot.lookup("#expertsTable").queryAs(TableView.class);
    waitUntil(() -> !table.getItems().isEmpty());
    Expert sunLi =
        table.getItems().stream().filter(e -> e.name().equals("孙丽")).findFirst().orElseThrow();
    robot.interact(() -> table.getSelectionModel().select(sunLi));
    idle();
    Label credit = robot.lookup("#creditLabel").queryAs(Label.class);
    waitUntil(() -> credit.getText().startsWith("参加评审 "));
    assertThat(robot.lookup("#liftButton").queryAs(Button.class).isDisabled()).isTrue();
    dialogs.textAnswer = Optional.of("未请假缺席城关镇项目评审");
    robot.interact(() -> robot.lookup("#absentButton").queryButton().fire());
    idle();
    waitUntil(() -> credit.getText().contains("缺席 1 次"));
    PaneTests.save(robot, stage, "experts-credit-zh.png");
  }
}
