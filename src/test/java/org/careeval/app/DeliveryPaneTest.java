package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.WindowTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.careeval.domain.delivery.ReportState;
import org.careeval.domain.user.Session;
import org.careeval.service.contract.DeliveryOverview;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Fonts;
import org.careeval.ui.common.FxUiExecutor;
import org.careeval.ui.common.RecordingDialogService;
import org.careeval.ui.common.Theme;
import org.careeval.ui.common.ViewLoader;
import org.careeval.ui.delivery.AcceptanceViewModel;
import org.careeval.ui.delivery.DeliveryView;
import org.careeval.ui.delivery.DeliveryViewModel;
import org.careeval.ui.delivery.ValueRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 履约 at 1366×768 on the demo county: the officer opens the late quarter from the missing list,
 * enters the values, is refused without evidence, adds a photo and submits; the report leaves the
 * missing list. The supervisor sees the unlock button, not the submit one.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DeliveryPaneTest {

  @TempDir Path temp;
  private AppContext context;
  private Stage stage;
  private final FxUiExecutor executor = new FxUiExecutor();
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private DeliveryViewModel viewModel;

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
    viewModel = new DeliveryViewModel(context, session, executor, dialogs, messages);
    AcceptanceViewModel acceptance =
        new AcceptanceViewModel(
            context, session, dialogs, messages, viewModel.tasks(), viewModel.contractProperty());
    robot.interact(
        () -> {
          Parent view =
              new ViewLoader(messages)
                  .load(
                      new DeliveryView(
                          viewModel,
                          acceptance,
                          new org.careeval.ui.delivery.MandatoryReportsViewModel(
                              context, session, viewModel.tasks(), viewModel.contractProperty()),
                          messages));
          Scene scene = new Scene(view, RegisterPaneTest.PANE_WIDTH, RegisterPaneTest.PANE_HEIGHT);
          Theme.apply(scene);
          stage.setScene(scene);
          stage.show();
          viewModel.load();
        });
    PaneTests.idle(executor);
  }

  private String feedback(FxRobot robot) {
    return robot.lookup("#feedbackLabel").queryAs(Label.class).getText();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theOfficerSubmitsTheLateQuarterWithEvidence(FxRobot robot) throws Exception {
    open(robot, "officer");
    TableView<DeliveryOverview.Line> lines = robot.lookup("#linesTable").queryAs(TableView.class);
    waitUntil(() -> lines.getItems().size() == 4);
    PaneTests.save(robot, stage, "delivery-missing-zh.png");
    DeliveryOverview.Line last = lines.getItems().get(3);
    robot.interact(
        () -> {
          viewModel.openLine(last);
          robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1);
        });
    PaneTests.idle(executor);
    TableView<ValueRow> values = robot.lookup("#valuesTable").queryAs(TableView.class);
    waitUntil(() -> !values.getItems().isEmpty());
    assertThat(viewModel.periodProperty().get().period()).isEqualTo(last.period());
    robot.interact(
        () -> {
          for (ValueRow row : values.getItems()) {
            if (row.quantitative()) {
              row.actualProperty().set(row.target());
            } else {
              row.bandProperty().set("达成");
            }
          }
          viewModel.narrativeProperty().set("补报第三季度服务情况。");
        });
    robot.interact(() -> robot.lookup("#fromRecordsButton").queryButton().fire());
    PaneTests.idle(executor);
    assertThat(feedback(robot)).contains("填入 2 项");
    assertThat(values.getItems().get(3).actualProperty().get()).isEqualTo("25");
    // 25 home visits against a target of 16 is over 130 %: the officer explains it
    robot.interact(() -> values.getItems().get(3).noteProperty().set("含二季度退回后补做的走访"));
    robot.interact(() -> robot.lookup("#submitButton").queryButton().fire());
    PaneTests.idle(executor);
    assertThat(feedback(robot)).contains("佐证材料");
    PaneTests.save(robot, stage, "delivery-report-refused-zh.png");

    Path photo = temp.resolve("入户走访照片.jpg");
    Files.write(photo, new byte[] {9, 9, 9});
    dialogs.openFilesAnswer = List.of(photo);
    robot.interact(() -> robot.lookup("#addEvidenceButton").queryButton().fire());
    PaneTests.idle(executor);
    ListView<?> evidence = robot.lookup("#evidenceList").queryAs(ListView.class);
    waitUntil(() -> evidence.getItems().size() == 1);
    robot.interact(() -> robot.lookup("#submitButton").queryButton().fire());
    PaneTests.idle(executor);
    waitUntil(
        () ->
            viewModel.periodProperty().get() != null
                && viewModel.periodProperty().get().report().map(r -> r.state()).orElse(null)
                    == ReportState.SUBMITTED);
    assertThat(feedback(robot)).contains("已报送");
    waitUntil(
        () ->
            lines.getItems().get(3).status().state()
                == org.careeval.domain.delivery.DeliveryStatus.State.SUBMITTED);
    PaneTests.save(robot, stage, "delivery-report-submitted-zh.png");
    assertThat(robot.lookup("#unlockButton").queryButton().isVisible()).isFalse();

    // a 强制报告: when, to whom, the receipt — nothing about the child
    robot.interact(
        () -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(4));
    robot.interact(
        () -> {
          robot
              .lookup("#mandatoryTimeField")
              .queryAs(javafx.scene.control.TextField.class)
              .setText("9:30");
          robot
              .lookup("#authorityNameField")
              .queryAs(javafx.scene.control.TextField.class)
              .setText("青山县公安局青龙派出所");
          robot
              .lookup("#receiptField")
              .queryAs(javafx.scene.control.TextField.class)
              .setText("JJ-0037");
        });
    robot.interact(() -> robot.lookup("#mandatoryButton").queryButton().fire());
    PaneTests.idle(executor);
    assertThat(feedback(robot)).contains("看不懂");
    robot.interact(
        () ->
            robot
                .lookup("#mandatoryTimeField")
                .queryAs(javafx.scene.control.TextField.class)
                .setText("00:05"));
    robot.interact(() -> robot.lookup("#mandatoryButton").queryButton().fire());
    PaneTests.idle(executor);
    TableView<?> logged = robot.lookup("#mandatoryTable").queryAs(TableView.class);
    waitUntil(() -> logged.getItems().size() == 1);
    PaneTests.save(robot, stage, "delivery-mandatory-zh.png");
  }

  @Test
  void theSupervisorMayUnlockButNotEnterAReport(FxRobot robot) throws Exception {
    open(robot, "supervisor");
    assertThat(robot.lookup("#submitButton").queryButton().isVisible()).isFalse();
    assertThat(robot.lookup("#unlockButton").queryButton().isVisible()).isTrue();
    TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
    robot.interact(() -> tabs.getSelectionModel().select(2));
    PaneTests.idle(executor);
    waitUntil(() -> !robot.lookup("#planTable").queryAs(TableView.class).getColumns().isEmpty());
    PaneTests.save(robot, stage, "delivery-plan-zh.png");
    robot.interact(() -> tabs.getSelectionModel().select(3));
    PaneTests.idle(executor);
    waitUntil(() -> robot.lookup("#stagesTable").queryAs(TableView.class).getItems().size() == 2);
    PaneTests.save(robot, stage, "delivery-acceptance-zh.png");
    assertThat(robot.lookup("#recordScroll").query().isVisible()).isFalse();
  }
}
