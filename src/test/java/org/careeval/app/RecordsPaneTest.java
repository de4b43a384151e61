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
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.careeval.domain.user.Session;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Fonts;
import org.careeval.ui.common.FxUiExecutor;
import org.careeval.ui.common.RecordingDialogService;
import org.careeval.ui.common.Theme;
import org.careeval.ui.common.ViewLoader;
import org.careeval.ui.records.RecordGridViewModel;
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

  private RecordGridViewModel grid;
  private Session session;

  /** Opens the screen on the demo county, signed in as the given demo user. */
  private void open(FxRobot robot, String user) throws TimeoutException {
    Messages messages = Messages.of(Locale.SIMPLIFIED_CHINESE);
    context = TestContexts.open(temp.resolve("data"), java.time.Clock.systemUTC());
    context.demo().load(messages);
    session =
        context.authentication().signIn(user, DemoCountyService.PASSWORD.toCharArray()).session();
    viewModel = new RecordsViewModel(context, session, executor, dialogs, messages);
    grid =
        new RecordGridViewModel(
            context,
            session,
            dialogs,
            messages,
            viewModel.tasks(),
            viewModel.scopeProperty(),
            viewModel.periodProperty(),
            viewModel::refresh);
    robot.interact(
        () -> {
          Parent view =
              new ViewLoader(messages)
                  .load(
                      new RecordsView(
                          viewModel,
                          grid,
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
  }

  private void chooseTheContract(FxRobot robot) throws TimeoutException {
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
  }

  @Test
  @SuppressWarnings("unchecked")
  void theCountyBalanceThenTheContractsRecordsAndTheExport(FxRobot robot) throws Exception {
    open(robot, "supervisor");
    PaneTests.idle(executor);
    ListView<String> notReached = robot.lookup("#notReachedList").queryAs(ListView.class);
    waitUntil(() -> notReached.getItems().size() == 2);
    assertThat(notReached.getItems()).containsExactly("青龙乡/三合村", "青龙乡/板桥村");
    assertThat(robot.lookup("#uncoveredList").queryAs(ListView.class).getItems()).hasSize(30);
    assertThat(robot.lookup("#templateButton").queryButton().isVisible()).isFalse();

    chooseTheContract(robot);
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

  /**
   * The officer enters the last quarter's records in the grid: a count typed into a cell is kept
   * when the focus moves on, a row with fewer times than children is refused with its number, and
   * the saved rows replace the quarter's records and reach the balance. An accepted quarter is
   * shown, not edited.
   */
  @Test
  @SuppressWarnings("unchecked")
  void theOfficerEntersTheQuartersRecordsInTheGrid(FxRobot robot) throws Exception {
    open(robot, "officer");
    chooseTheContract(robot);
    TableView<RecordGridViewModel.Row> table =
        robot.lookup("#recordsTable").queryAs(TableView.class);
    waitUntil(() -> table.getItems().size() == 8);
    assertThat(grid.editableProperty().get()).isTrue();
    long contract = viewModel.scopeProperty().get().contract().orElseThrow();
    var period = viewModel.periodProperty().get();
    long balanceBefore = viewModel.balanceProperty().get().balance().total().times();
    int saved = context.records().list(session, contract).size();

    robot.interact(() -> robot.lookup("#addRowButton").queryButton().fire());
    assertThat(table.getItems()).hasSize(9);
    assertThat(robot.lookup("#scopeBox").query().isDisabled()).isTrue();
    RecordGridViewModel.Row added = table.getItems().get(8);
    robot.interact(
        () -> {
          added.villageProperty().set("青龙乡/三合村");
          added.groupProperty().set("母亲外出");
          added.ageProperty().set("6-13岁");
          added.childrenProperty().set("4");
        });
    // times typed into the cell, then the edit ends as a click elsewhere ends it: the text is kept
    TableColumn<RecordGridViewModel.Row, String> times =
        (TableColumn<RecordGridViewModel.Row, String>) table.getColumns().get(5);
    robot.interact(() -> table.edit(8, times));
    TextField cell = robot.lookup("#recordsTable .text-field").queryAs(TextField.class);
    robot.interact(
        () -> {
          cell.setText("3");
          table.edit(-1, null);
        });
    assertThat(added.timesProperty().get()).isEqualTo("3");

    robot.interact(() -> robot.lookup("#saveRecordsButton").queryButton().fire());
    PaneTests.idle(executor);
    Label feedback = robot.lookup("#feedbackLabel").queryAs(Label.class);
    assertThat(feedback.getText()).isEqualTo("第 9 行：服务人次 3 少于服务儿童数 4：每名儿童至少服务一次。");
    assertThat(context.records().list(session, contract)).hasSize(saved);

    robot.interact(
        () -> {
          added.timesProperty().set("6");
          robot.lookup("#saveRecordsButton").queryButton().fire();
        });
    PaneTests.idle(executor);
    waitUntil(() -> !grid.dirtyProperty().get());
    assertThat(feedback.getText()).isEqualTo("已保存 " + period.code() + " 的 9 行服务记录。");
    waitUntil(
        () -> viewModel.balanceProperty().get().balance().total().times() == balanceBefore + 6);
    assertThat(robot.lookup("#scopeBox").query().isDisabled()).isFalse();
    assertThat(context.records().list(session, contract)).hasSize(saved + 1);
    robot.interact(
        () ->
            robot
                .lookup("#tabs")
                .queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel()
                .select(1));
    PaneTests.save(robot, stage, "records-grid-zh.png");

    // the first quarter's report is accepted: its records are shown, not edited
    robot.interact(
        () ->
            viewModel
                .periodProperty()
                .set(viewModel.periods().get(viewModel.periods().size() - 1)));
    PaneTests.idle(executor);
    waitUntil(() -> !grid.editableProperty().get() && !table.getItems().isEmpty());
    assertThat(robot.lookup("#addRowButton").queryButton().isDisabled()).isTrue();
    assertThat(robot.lookup("#gridStateLabel").queryAs(Label.class).getText()).contains("不能再修改");
  }
}
