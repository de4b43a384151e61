package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.WindowTestSupport.waitUntil;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.careeval.domain.performance.Evaluation;
import org.careeval.domain.user.Session;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Fonts;
import org.careeval.ui.common.FxUiExecutor;
import org.careeval.ui.common.RecordingDialogService;
import org.careeval.ui.common.Theme;
import org.careeval.ui.common.ViewLoader;
import org.careeval.ui.performance.LineRow;
import org.careeval.ui.performance.PerformanceView;
import org.careeval.ui.performance.PerformanceViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 绩效评价 at 1366×768 on the demo county: the officer scores the last quarter's monitoring, whose
 * report is late — refused lines listed, then scored once every value is in; the supervisor sees
 * the final evaluation graded 中 with its rectification items and signs nothing twice.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PerformancePaneTest {

  @TempDir Path temp;
  private AppContext context;
  private Stage stage;
  private final FxUiExecutor executor = new FxUiExecutor();
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private PerformanceViewModel viewModel;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Fonts.load();
  }

  @AfterEach
  void tearDown() throws TimeoutException {
    PaneTests.idle(executor);
    executor.shutdown();
    if (context != null) {
      context.close();
    }
  }

  private void open(FxRobot robot, String user) throws TimeoutException {
    Messages messages = Messages.of(Locale.SIMPLIFIED_CHINESE);
    context = TestContexts.open(temp.resolve("data"), java.time.Clock.systemUTC());
    context.demo().load(messages);
    Session session =
        context.authentication().signIn(user, DemoCountyService.PASSWORD.toCharArray()).session();
    viewModel = new PerformanceViewModel(context, session, executor, dialogs, messages);
    robot.interact(
        () -> {
          Parent view = new ViewLoader(messages).load(new PerformanceView(viewModel, messages));
          Scene scene = new Scene(view, RegisterPaneTest.PANE_WIDTH, RegisterPaneTest.PANE_HEIGHT);
          Theme.apply(scene);
          stage.setScene(scene);
          stage.show();
          viewModel.load();
        });
    PaneTests.idle(executor);
    waitUntil(() -> viewModel.plan().size() == 6);
  }

  @Test
  void theOfficerScoresTheLastQuartersMonitoring(FxRobot robot) throws Exception {
    open(robot, "officer");
    // the last started evaluation is chosen: the quarter whose report is late
    waitUntil(() -> !viewModel.lines().isEmpty());
    Evaluation last = viewModel.detailProperty().get().evaluation();
    assertThat(last.state()).isEqualTo(Evaluation.State.STARTED);
    assertThat(viewModel.problems()).isNotEmpty();

    robot.interact(
        () -> {
          for (LineRow row : viewModel.lines()) {
            if (row.quantitative()) {
              row.actualProperty().set(row.targetProperty().get());
            } else {
              row.bandProperty().set("达成");
              row.givenProperty()
                  .set(
                      row.line()
                          .weight()
                          .multiply(new BigDecimal("0.9"))
                          .setScale(2)
                          .toPlainString());
            }
          }
          robot.lookup("#saveButton").queryButton().fire();
        });
    PaneTests.idle(executor);
    waitUntil(
        () -> viewModel.detailProperty().get().evaluation().state() == Evaluation.State.SCORED);

    assertThat(viewModel.problems()).isEmpty();
    assertThat(robot.lookup("#feedbackLabel").queryAs(Label.class).getText()).startsWith("已保存：总分");
    assertThat(robot.lookup("#signButton").queryButton().isVisible()).isFalse();
    PaneTests.save(robot, stage, "performance-lines-zh.png");

    // a team member's sheet: the evaluation's own sheet, exported and imported under a name
    Path sheet = temp.resolve("成员.xlsx");
    dialogs.saveFileAnswer = java.util.Optional.of(sheet);
    robot.interact(() -> robot.lookup("#exportButton").queryButton().fire());
    PaneTests.idle(executor);
    waitUntil(() -> java.nio.file.Files.exists(sheet));
    dialogs.textAnswer = java.util.Optional.of("王评估师");
    dialogs.openFileAnswer = java.util.Optional.of(sheet);
    robot.interact(() -> robot.lookup("#importMemberButton").queryButton().fire());
    PaneTests.idle(executor);
    waitUntil(() -> viewModel.detailProperty().get().members().contains("王评估师"));
    assertThat(robot.lookup("#feedbackLabel").queryAs(Label.class).getText()).contains("王评估师");
  }

  @Test
  void theSupervisorSeesTheFinalGradeAndItsRectificationItems(FxRobot robot) throws Exception {
    open(robot, "supervisor");
    robot.interact(() -> viewModel.plannedProperty().set(viewModel.plan().get(4)));
    PaneTests.idle(executor);
    waitUntil(() -> viewModel.rectifications().size() == 2);

    assertThat(viewModel.summaryProperty().get()).contains("终期评价", "已签发", "等级 中");
    assertThat(robot.lookup("#signButton").queryButton().isDisabled()).isTrue();
    assertThat(robot.lookup("#saveButton").queryButton().isVisible()).isFalse();
    robot.interact(
        () -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(2));
    PaneTests.save(robot, stage, "performance-rectifications-zh.png");
    robot.interact(
        () -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
    PaneTests.save(robot, stage, "performance-surveys-zh.png");

    // the quarterly workbook of the quarter just ended, in one click
    Path file = temp.resolve("季度评估表.xlsx");
    dialogs.saveFileAnswer = java.util.Optional.of(file);
    robot.interact(() -> robot.lookup("#quarterlyButton").queryButton().fire());
    PaneTests.idle(executor);
    waitUntil(() -> java.nio.file.Files.exists(file));
    waitUntil(
        () -> robot.lookup("#feedbackLabel").queryAs(Label.class).getText().startsWith("已生成季度评估表"));
  }
}
