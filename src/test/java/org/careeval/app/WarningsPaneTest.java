package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.WindowTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.careeval.domain.monitor.Warning;
import org.careeval.domain.monitor.WarningRule;
import org.careeval.domain.user.Session;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import org.careeval.service.records.WarningService;
import org.careeval.ui.common.Fonts;
import org.careeval.ui.common.FxUiExecutor;
import org.careeval.ui.common.RecordingDialogService;
import org.careeval.ui.common.Theme;
import org.careeval.ui.common.ViewLoader;
import org.careeval.ui.monitor.WarningsView;
import org.careeval.ui.monitor.WarningsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 预警 at 1366×768 on the demo county: the officer gives feedback on the payment-ahead warning; the
 * supervisor cannot close it before reviewing, reviews and closes it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WarningsPaneTest {

  @TempDir Path temp;
  private AppContext context;
  private Stage stage;
  private final FxUiExecutor executor = new FxUiExecutor();
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private WarningsViewModel viewModel;

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
    if (context == null) {
      context = TestContexts.open(temp.resolve("data"), java.time.Clock.systemUTC());
      context.demo().load(messages);
    }
    Session session =
        context.authentication().signIn(user, DemoCountyService.PASSWORD.toCharArray()).session();
    viewModel = new WarningsViewModel(context, session, executor, dialogs, messages);
    robot.interact(
        () -> {
          Parent view = new ViewLoader(messages).load(new WarningsView(viewModel, messages));
          Scene scene = new Scene(view, RegisterPaneTest.PANE_WIDTH, RegisterPaneTest.PANE_HEIGHT);
          Theme.apply(scene);
          stage.setScene(scene);
          stage.show();
          viewModel.load();
        });
    PaneTests.idle(executor);
  }

  private void choosePaymentWarning(FxRobot robot) throws TimeoutException {
    @SuppressWarnings("unchecked")
    TableView<WarningService.Listed> table =
        robot.lookup("#warningsTable").queryAs(TableView.class);
    waitUntil(() -> !table.getItems().isEmpty());
    robot.interact(
        () ->
            viewModel
                .selectedProperty()
                .set(
                    table.getItems().stream()
                        .filter(l -> l.warning().rule() == WarningRule.PAYMENT_AHEAD)
                        .findFirst()
                        .orElseThrow()));
  }

  @Test
  void theOfficerGivesFeedbackAndTheSupervisorReviewsAndCloses(FxRobot robot) throws Exception {
    open(robot, "officer");
    choosePaymentWarning(robot);
    PaneTests.save(robot, stage, "warnings-zh.png");
    assertThat(robot.lookup("#reviewButton").queryButton().isVisible()).isFalse();
    robot.interact(() -> viewModel.textProperty().set("已暂停第三期支付，约谈承接组织补足产出"));
    robot.interact(() -> robot.lookup("#feedbackButton").queryButton().fire());
    PaneTests.idle(executor);
    waitUntil(() -> viewModel.selectedProperty().get().warning().state() == Warning.State.FEEDBACK);

    open(robot, "supervisor");
    choosePaymentWarning(robot);
    assertThat(robot.lookup("#closeButton").queryButton().isDisabled()).isTrue();
    robot.interact(() -> viewModel.textProperty().set("同意，下季度复查"));
    robot.interact(() -> robot.lookup("#reviewButton").queryButton().fire());
    PaneTests.idle(executor);
    waitUntil(() -> viewModel.selectedProperty().get().warning().state() == Warning.State.REVIEWED);
    robot.interact(() -> viewModel.textProperty().set("承接组织已提交整改计划"));
    robot.interact(() -> robot.lookup("#closeButton").queryButton().fire());
    PaneTests.idle(executor);
    assertThat(robot.lookup("#feedbackLabel").queryAs(Label.class).getText()).contains("已关闭");
  }
}
