package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.WindowTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.careeval.domain.user.Session;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Fonts;
import org.careeval.ui.common.FxUiExecutor;
import org.careeval.ui.common.RecordingDialogService;
import org.careeval.ui.common.Theme;
import org.careeval.ui.common.ViewLoader;
import org.careeval.ui.records.RecordsView;
import org.careeval.ui.records.RecordsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 服务均衡 at 1366×768 on the demo county: the county's last quarter shows the two villages of the
 * contract left out and the villages no contract covers; the contract's records are listed and the
 * balance exports.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RecordsPaneTest {

  @TempDir Path temp;
  private AppContext context;
  private Stage stage;
  private final FxUiExecutor executor = new FxUiExecutor();
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private RecordsViewModel viewModel;

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

  @Test
  @SuppressWarnings("unchecked")
  void theCountyBalanceThenTheContractsRecordsAndTheExport(FxRobot robot) throws Exception {
    Messages messages = Messages.of(Locale.SIMPLIFIED_CHINESE);
    context = TestContexts.open(temp.resolve("data"), java.time.Clock.systemUTC());
    context.demo().load(messages);
    Session session =
        context
            .authentication()
            .signIn("supervisor", DemoCountyService.PASSWORD.toCharArray())
            .session();
    viewModel = new RecordsViewModel(context, session, executor, dialogs, messages);
    robot.interact(
        () -> {
          Parent view =
              new ViewLoader(messages)
                  .load(
                      new RecordsView(
                          viewModel,
                          new org.careeval.ui.records.SpotCheckViewModel(
                              context,
                              session,
                              dialogs,
                              messages,
                              viewModel.tasks(),
                              viewModel.scopeProperty()),
                          messages));
          Scene scene = new Scene(view, RegisterPaneTest.PANE_WIDTH, RegisterPaneTest.PANE_HEIGHT);
          Theme.apply(scene);
          stage.setScene(scene);
          stage.show();
          viewModel.load();
        });
    PaneTests.idle(executor);
    ListView<String> notReached = robot.lookup("#notReachedList").queryAs(ListView.class);
    waitUntil(() -> notReached.getItems().size() == 2);
    assertThat(notReached.getItems()).containsExactly("青龙乡/三合村", "青龙乡/板桥村");
    assertThat(robot.lookup("#uncoveredList").queryAs(ListView.class).getItems()).hasSize(30);
    assertThat(robot.lookup("#templateButton").queryButton().isVisible()).isFalse();

    robot.interact(
        () ->
            viewModel
                .scopeProperty()
                .set(
                    viewModel.scopes().stream()
                        .filter(s -> s.contract().isPresent())
                        .findFirst()
                        .orElseThrow()));
    PaneTests.idle(executor);
    TableView<?> records = robot.lookup("#recordsTable").queryAs(TableView.class);
    waitUntil(() -> records.getItems().size() == 8);
    waitUntil(() -> robot.lookup("#uncoveredList").queryAs(ListView.class).getItems().isEmpty());
    PaneTests.save(robot, stage, "records-contract-zh.png");

    Path file = temp.resolve("均衡.xlsx");
    dialogs.saveFileAnswer = Optional.of(file);
    robot.interact(() -> robot.lookup("#exportButton").queryButton().fire());
    PaneTests.idle(executor);
    waitUntil(() -> Files.exists(file));
    assertThat(robot.lookup("#feedbackLabel").queryAs(Label.class).getText()).contains("已导出");

    // the demo's spot check of this contract: ten items, the second partly as recorded
    robot.interact(
        () ->
            robot
                .lookup("#tabs")
                .queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel()
                .select(2));
    TableView<org.careeval.ui.records.SpotCheckViewModel.ItemRow> items =
        robot.lookup("#itemsTable").queryAs(TableView.class);
    waitUntil(() -> items.getItems().size() == 10);
    assertThat(items.getItems().get(1).findingProperty().get()).isEqualTo("部分属实");
    PaneTests.save(robot, stage, "records-spotcheck-zh.png");
  }
}
