package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.WindowTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.careeval.domain.project.Project;
import org.careeval.domain.scoring.PanelMember;
import org.careeval.domain.user.Session;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Fonts;
import org.careeval.ui.common.FxUiExecutor;
import org.careeval.ui.common.RecordingDialogService;
import org.careeval.ui.common.Theme;
import org.careeval.ui.common.ViewLoader;
import org.careeval.ui.evaluation.AwardViewModel;
import org.careeval.ui.evaluation.EvaluationView;
import org.careeval.ui.evaluation.EvaluationViewModel;
import org.careeval.ui.evaluation.ReReviewViewModel;
import org.careeval.ui.evaluation.SeatingViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 评审 screen at 1366×768 on the demo county: the demo expert scores in their own grid (a score
 * out of range is marked as typed, a blank grid cannot be submitted), the officer sees the bids
 * with their reviews and the panel's progress.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EvaluationPaneTest {

  private static final String UNDER_REVIEW = "城关镇、石桥镇农村留守儿童关爱服务项目";

  @TempDir Path temp;
  private AppContext context;
  private Stage stage;
  private final FxUiExecutor executor = new FxUiExecutor();
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private EvaluationViewModel viewModel;
  private AwardViewModel award;
  private SeatingViewModel seating;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Fonts.load();
  }

  private void open(FxRobot robot, String user) throws TimeoutException {
    Messages messages = Messages.of(Locale.SIMPLIFIED_CHINESE);
    if (context == null) {
      context = TestContexts.open(temp.resolve("data"), new MutableClock());
      context.demo().load(messages);
    }
    Session session =
        context.authentication().signIn(user, DemoCountyService.PASSWORD.toCharArray()).session();
    viewModel = new EvaluationViewModel(context, session, executor, dialogs, messages);
    award =
        new AwardViewModel(
            context,
            session,
            viewModel.tasks(),
            dialogs,
            messages,
            viewModel.projectProperty(),
            viewModel::load);
    seating =
        new SeatingViewModel(
            context,
            session,
            viewModel.tasks(),
            dialogs,
            messages,
            viewModel.projectProperty(),
            viewModel.selectedMemberProperty(),
            viewModel::refresh);
    robot.interact(
        () -> {
          Parent view =
              new ViewLoader(messages)
                  .load(
                      new EvaluationView(
                          viewModel,
                          award,
                          seating,
                          new ReReviewViewModel(
                              context,
                              session,
                              viewModel.tasks(),
                              dialogs,
                              messages,
                              viewModel.projectProperty(),
                              viewModel::refresh),
                          messages));
          Scene scene = new Scene(view, RegisterPaneTest.PANE_WIDTH, RegisterPaneTest.PANE_HEIGHT);
          Theme.apply(scene);
          stage.setScene(scene);
          stage.show();
          viewModel.load();
        });
    idle();
    waitUntil(() -> viewModel.viewProperty().get() != null);
    idle();
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

  private String feedback(FxRobot robot) {
    return robot.lookup("#feedbackLabel").queryAs(Label.class).getText();
  }

  @Test
  @SuppressWarnings("unchecked")
  void anExpertScoresInTheirOwnGridCheckedAsTyped(FxRobot robot) throws Exception {
    open(robot, "expert");
    ComboBox<Project> projects = robot.lookup("#projectBox").queryAs(ComboBox.class);
    assertThat(projects.getItems()).extracting(Project::name).containsExactly(UNDER_REVIEW);
    TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
    assertThat(tabs.getTabs()).extracting(t -> t.getId()).containsExactly("gridTab", "checkTab");
    assertThat(robot.lookup("#draftButton").queryAs(Button.class).isDisabled()).isTrue();
    save(robot, "evaluation-declaration-zh.png");
    robot.clickOn("#declareButton");
    idle();
    assertThat(feedback(robot)).contains("已签署");
    assertThat(robot.lookup("#declarationBox").query().isVisible()).isFalse();
    TableView<EvaluationViewModel.GridRow> grid =
        robot.lookup("#gridTable").queryAs(TableView.class);
    assertThat(grid.getItems()).hasSize(3);
    assertThat(grid.getColumns()).hasSize(11);

    TextField first =
        robot.from(grid).lookup(".text-field").queryAllAs(TextField.class).iterator().next();
    robot.clickOn(first).write("99");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(first.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("invalid"));
    assertThat(robot.lookup("#cellLabel").queryAs(Label.class).getText()).contains("不在 0 到");
    assertThat(robot.lookup("#bandsText").queryAs(Label.class).getText()).isNotBlank();
    save(robot, "evaluation-grid-zh.png");
    robot.doubleClickOn(first).write("8");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(first.getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("invalid"));
    robot.clickOn("#noteField").write("方案对留守儿童需求分析充分");
    robot.clickOn("#draftButton");
    idle();
    assertThat(feedback(robot)).contains("已保存");
    assertThat(grid.getItems().get(0).points().values().iterator().next().get()).isEqualTo("8");

    robot.clickOn("#submitButton");
    idle();
    assertThat(dialogs.shown).anyMatch(shown -> shown.startsWith("提交评分 | "));
    assertThat(feedback(robot)).contains("项未打分");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theOfficerSeesBidsReviewsAndThePanelsProgress(FxRobot robot) throws Exception {
    open(robot, "officer");
    choose(robot, p -> p.name().equals(UNDER_REVIEW));
    TableView<?> bids = robot.lookup("#bidsTable").queryAs(TableView.class);
    assertThat(bids.getItems()).hasSize(4);
    robot.interact(() -> bids.getSelectionModel().select(2));
    idle();
    assertThat(viewModel.reviewLines()).isNotEmpty();
    assertThat(viewModel.reviewLines())
        .anyMatch(l -> !l.passed().get() && !l.reason().get().isEmpty());
    save(robot, "evaluation-bids-zh.png");
    TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
    robot.interact(() -> tabs.getSelectionModel().select(1));
    idle();
    TableView<?> panel = robot.lookup("#panelTable").queryAs(TableView.class);
    assertThat(panel.getItems()).hasSize(5);
    assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).contains("3/5");
    save(robot, "evaluation-panel-zh.png");
    robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().size() - 1));
    idle();
    save(robot, "evaluation-check-zh.png");
    choose(robot, p -> p.name().endsWith("（示范评审）"));
    assertThat(viewModel.ranked()).hasSize(3);
    assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).contains("已全部签字");
    save(robot, "evaluation-signed-zh.png");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theSupervisorRecordsARefusalAndAwardsTheNextCandidate(FxRobot robot) throws Exception {
    open(robot, "supervisor");
    choose(robot, p -> p.name().endsWith("（示范评审）"));
    TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
    robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().size() - 1));
    idle();
    TableView<AwardViewModel.Row> table = robot.lookup("#awardTable").queryAs(TableView.class);
    assertThat(table.getItems()).hasSize(3);
    assertThat(table.getItems().get(0).offer()).isPresent();
    assertThat(robot.lookup("#awardNoticeArea").queryAs(TextArea.class).getText())
        .contains("中标（成交）结果公告", "采购人：示范县民政局");
    assertThat(robot.lookup("#awardButton").queryAs(Button.class).isDisabled()).isTrue();
    save(robot, "evaluation-award-zh.png");

    dialogs.textAnswer = Optional.of("理事会未通过，书面放弃");
    robot.clickOn("#refuseButton");
    idle();
    assertThat(feedback(robot)).contains("下一名候选人");
    waitUntil(() -> !robot.lookup("#awardButton").queryAs(Button.class).isDisabled());
    String second = table.getItems().get(1).candidate().organization();
    robot.clickOn("#awardButton");
    idle();
    assertThat(feedback(robot)).contains("已定标：" + second);
    waitUntil(() -> table.getItems().get(1).offer().isPresent());
    assertThat(robot.lookup("#awardNoticeArea").queryAs(TextArea.class).getText())
        .contains("供应商名称：" + second);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theOfficerRecordsADeclineAndTheNextExpertTakesTheSeat(FxRobot robot) throws Exception {
    open(robot, "officer");
    choose(robot, p -> p.name().equals("石桥镇留守儿童课后关爱服务项目"));
    TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
    robot.interact(() -> tabs.getSelectionModel().select(1));
    idle();
    TableView<PanelMember> panel = robot.lookup("#panelTable").queryAs(TableView.class);
    assertThat(panel.getItems()).hasSize(5);
    robot.interact(() -> robot.lookup("#drawPane").queryAs(TitledPane.class).setExpanded(true));
    idle();
    save(robot, "evaluation-seating-zh.png");
    robot.clickOn("#drawButton");
    idle();
    assertThat(feedback(robot)).contains("不需要再抽取");
    robot.interact(() -> robot.lookup("#drawPane").queryAs(TitledPane.class).setExpanded(false));
    idle();

    String leaving = panel.getItems().get(1).name();
    robot.interact(() -> panel.getSelectionModel().select(1));
    idle();
    dialogs.textAnswer = Optional.of("家中有事");
    robot.interact(() -> robot.lookup("#declineButton").queryButton().fire());
    idle();
    assertThat(feedback(robot)).startsWith(leaving + " 已退出评审委员会，由 ");
    waitUntil(() -> panel.getItems().stream().noneMatch(m -> m.name().equals(leaving)));
    assertThat(panel.getItems()).hasSize(5);
    robot.clickOn("#drawsButton");
    idle();
    assertThat(dialogs.shown).anyMatch(t -> t.contains("的抽取记录") && t.contains("不能参加：家中有事"));
  }

  @SuppressWarnings("unchecked")
  private void choose(FxRobot robot, java.util.function.Predicate<Project> which)
      throws TimeoutException {
    ComboBox<Project> projects = robot.lookup("#projectBox").queryAs(ComboBox.class);
    robot.interact(
        () ->
            projects.setValue(
                projects.getItems().stream().filter(which).findFirst().orElseThrow()));
    idle();
  }

  private void save(FxRobot robot, String name) throws Exception {
    PaneTests.save(robot, stage, name);
  }
}
