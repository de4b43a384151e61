package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.WindowTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.careeval.domain.project.Project;
import org.careeval.domain.project.ProjectStatus;
import org.careeval.domain.rubric.RubricVersion;
import org.careeval.domain.user.Session;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import org.careeval.service.rubric.RubricTemplates;
import org.careeval.service.rubric.RubricWorkbook;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.Fonts;
import org.careeval.ui.common.FxUiExecutor;
import org.careeval.ui.common.RecordingDialogService;
import org.careeval.ui.common.Theme;
import org.careeval.ui.common.ViewLoader;
import org.careeval.ui.project.ProjectsView;
import org.careeval.ui.project.ProjectsViewModel;
import org.careeval.ui.project.RankingView;
import org.careeval.ui.project.RankingViewModel;
import org.careeval.ui.project.RubricView;
import org.careeval.ui.project.RubricViewModel;
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
 * The projects screen alone at its 1366×768 size, on the demo county, driven like an officer: a new
 * project from the form, refusals beside the field, status steps that say what is missing, the
 * rubric from a template and a refused workbook listed, nothing unsaved lost.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ProjectsPaneTest {

  private static final String DRAFT = "白沙镇留守儿童心理健康服务项目";
  private static final String PUBLISHED = "柳河乡、东岭乡困境儿童与留守儿童关爱服务项目";

  @TempDir Path temp;
  private AppContext context;
  private Stage stage;
  private final FxUiExecutor executor = new FxUiExecutor();
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private ProjectsViewModel viewModel;
  private RubricViewModel rubric;
  private RankingViewModel ranking;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Fonts.load();
  }

  private void open(FxRobot robot, Locale locale) throws TimeoutException {
    Messages messages = Messages.of(locale);
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.demo().load(messages);
    Session officer =
        context
            .authentication()
            .signIn("officer", DemoCountyService.PASSWORD.toCharArray())
            .session();
    viewModel =
        new ProjectsViewModel(
            context.projects(),
            context.places(),
            context.organizations(),
            officer,
            executor,
            dialogs,
            messages,
            context.clock().today());
    rubric = new RubricViewModel(context.rubrics(), officer, executor, dialogs, messages);
    robot.interact(
        () -> {
          ViewLoader loader = new ViewLoader(messages);
          Parent rubricPane = loader.load(new RubricView(rubric, viewModel, messages));
          ranking = new RankingViewModel(context.evaluations(), officer, executor);
          Parent rankingPane = loader.load(new RankingView(ranking, viewModel, messages));
          Parent view = loader.load(new ProjectsView(viewModel, rubricPane, rankingPane, messages));
          Scene scene = new Scene(view, RegisterPaneTest.PANE_WIDTH, RegisterPaneTest.PANE_HEIGHT);
          Theme.apply(scene);
          stage.setScene(scene);
          stage.show();
          viewModel.load();
        });
    waitUntil(() -> table(robot).getItems().size() == 8);
  }

  @AfterEach
  void tearDown() throws TimeoutException {
    WaitForAsyncUtils.waitForFxEvents();
    waitUntil(() -> !executor.workingProperty().get());
    executor.shutdown();
    if (context != null) {
      context.close();
    }
  }

  @SuppressWarnings("unchecked")
  private TableView<Project> table(FxRobot robot) {
    return robot.lookup("#projectsTable").queryAs(TableView.class);
  }

  private void chooseRow(FxRobot robot, String name) {
    Node row =
        robot
            .from(table(robot))
            .lookup(".table-row-cell")
            .match(
                (TableRow<Project> cell) ->
                    cell.getItem() != null && cell.getItem().name().equals(name))
            .query();
    robot.clickOn(row);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void idle() throws TimeoutException {
    WaitForAsyncUtils.waitForFxEvents();
    waitUntil(() -> !executor.workingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void aNewProjectIsSavedFromTheFormAndSaysWhatPublishingLacks(FxRobot robot) throws Exception {
    open(robot, Messages.CHINESE);
    robot.clickOn("#newButton");
    robot.clickOn("#nameField").write("北岗乡留守儿童安全教育项目");
    robot.clickOn("#budgetField").write("120,000");
    robot.clickOn(robot.lookup("#category-" + categoryId("安全教育")).queryAs(CheckBox.class));
    robot.clickOn("#saveButton");
    idle();
    Project saved = viewModel.selectedProperty().get();
    assertThat(saved.name()).isEqualTo("北岗乡留守儿童安全教育项目");
    assertThat(saved.budget()).isEqualByComparingTo("120000");
    assertThat(saved.status()).isEqualTo(ProjectStatus.DRAFT);
    assertThat(table(robot).getItems()).hasSize(9);
    waitUntil(() -> robot.lookup("#status-PUBLISHED").tryQuery().isPresent());
    Button publish = robot.lookup("#status-PUBLISHED").queryAs(Button.class);
    assertThat(publish.isDisabled()).isTrue();
    assertThat(labels(robot))
        .anySatisfy(text -> assertThat(text).contains("还没有选择服务的乡镇或村", "还没有填写计划服务期"));
  }

  private long categoryId(String name) {
    return viewModel.categories().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private List<String> labels(FxRobot robot) {
    return robot.lookup(".label").queryAllAs(Label.class).stream()
        .map(Label::getText)
        .filter(t -> t != null)
        .toList();
  }

  @Test
  void aBudgetThatIsNoAmountIsRefusedBelowTheField(FxRobot robot) throws Exception {
    open(robot, Messages.CHINESE);
    chooseRow(robot, DRAFT);
    robot.interact(() -> viewModel.budgetProperty().set("十五万"));
    robot.clickOn("#saveButton");
    Label problem = robot.lookup("#budgetFieldProblem").queryAs(Label.class);
    waitUntil(problem::isVisible);
    assertThat(problem.getText()).contains("须大于 0");
    assertThat(
            context
                .projects()
                .list(
                    context
                        .authentication()
                        .signIn("officer", DemoCountyService.PASSWORD.toCharArray())
                        .session()))
        .filteredOn(p -> p.name().equals(DRAFT))
        .singleElement()
        .satisfies(p -> assertThat(p.budget()).isEqualByComparingTo("150000"));
  }

  @Test
  void anUnsavedEditIsNotLostByClickingAnotherRow(FxRobot robot) throws Exception {
    open(robot, Messages.CHINESE);
    chooseRow(robot, DRAFT);
    robot.clickOn("#nameField").write("（修订）");
    dialogs.unsavedAnswer = DialogService.UnsavedChoice.STAY;
    chooseRow(robot, PUBLISHED);
    assertThat(dialogs.shown).anySatisfy(shown -> assertThat(shown).contains("有未保存的修改"));
    assertThat(viewModel.selectedProperty().get().name()).isEqualTo(DRAFT);
    assertThat(viewModel.nameProperty().get()).endsWith("（修订）");
  }

  @Test
  void theRubricTabSetsATemplateAndListsARefusedWorkbook(FxRobot robot) throws Exception {
    open(robot, Messages.CHINESE);
    chooseRow(robot, DRAFT);
    TabPane tabs = robot.lookup("#detailTabs").queryAs(TabPane.class);
    robot.interact(() -> tabs.getSelectionModel().select(1));
    idle();
    assertThat(robot.lookup("#rubricSummary").queryAs(Label.class).getText()).contains("还没有评审细则");
    robot.interact(() -> rubric.applyTemplate(RubricTemplates.CONSULTATION));
    idle();
    assertThat(robot.lookup("#criteriaTable").queryAs(TableView.class).getItems()).hasSize(10);
    assertThat(robot.lookup("#rubricSummary").queryAs(Label.class).getText())
        .contains("第 1 版", "竞争性磋商", "价格 10 分");
    assertThat(
            robot.lookup("#findingsList").queryAs(javafx.scene.control.ListView.class).getItems())
        .isEmpty();

    Path bad = temp.resolve("bad.xlsx");
    RubricWorkbook.write(RubricTemplates.OPEN_TENDER.rubric(), bad); // a tender rubric for 磋商
    dialogs.openFileAnswer = Optional.of(bad);
    robot.interact(() -> rubric.importWorkbook());
    idle();
    assertThat(robot.lookup("#rubricFeedback").queryAs(Label.class).getText()).isNotBlank();
    RubricVersion kept = rubric.shownProperty().get();
    assertThat(kept.rubric().settings().pricePoints()).isEqualByComparingTo("10");
    save(robot, "projects-rubric-zh.png");
  }

  @Test
  void aProjectWithEverythingIsPublishedFromItsStep(FxRobot robot) throws Exception {
    open(robot, Messages.ENGLISH);
    chooseRow(robot, PUBLISHED);
    idle();
    waitUntil(() -> robot.lookup("#status-UNDER_REVIEW").tryQuery().isPresent());
    Button review = robot.lookup("#status-UNDER_REVIEW").queryAs(Button.class);
    assertThat(review.isDisabled()).isFalse();
    robot.clickOn(review);
    idle();
    assertThat(viewModel.selectedProperty().get().status()).isEqualTo(ProjectStatus.UNDER_REVIEW);
    save(robot, "projects-status-en.png");
    assertThat(CutText.labelsIn(stage.getScene().getRoot())).isEmpty();
  }

  private void save(FxRobot robot, String name) throws Exception {
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    MainWindowSmokeTest.savePng(
        robot.capture(stage.getScene().getRoot()).getImage(), shots.resolve(name));
  }

  @Test
  void evaluationSettingsAreSavedOrRefusedByTheSameRules(FxRobot robot) throws Exception {
    open(robot, Messages.CHINESE);
    chooseRow(robot, PUBLISHED);
    TabPane tabs = robot.lookup("#detailTabs").queryAs(TabPane.class);
    robot.interact(() -> tabs.getSelectionModel().select(1));
    idle();
    robot.interact(
        () ->
            robot
                .lookup("#settingsPane")
                .queryAs(javafx.scene.control.TitledPane.class)
                .setExpanded(true));
    assertThat(rubric.pricePointsProperty().get()).isEqualTo("10");
    assertThat(robot.lookup("#tieBreakLabel").queryAs(Label.class).getText()).contains("最后报价");
    robot.interact(() -> rubric.pricePointsProperty().set("35"));
    robot.interact(() -> rubric.saveSettings());
    idle();
    assertThat(robot.lookup("#rubricFeedback").queryAs(Label.class).getText())
        .contains("10 至 30 分");
    robot.interact(() -> rubric.lowPriceAlertProperty().set("75"));
    robot.interact(() -> rubric.pricePointsProperty().set("10"));
    robot.interact(() -> rubric.saveSettings());
    idle();
    assertThat(rubric.shownProperty().get().rubric().settings().lowPriceAlertPercent())
        .isEqualByComparingTo("75");
    assertThat(rubric.shownProperty().get().rubric().criteria()).hasSize(10);
    save(robot, "projects-settings-zh.png");
    assertThat(CutText.labelsIn(stage.getScene().getRoot())).isEmpty();
  }

  @Test
  void aCriterionIsEditedInPlaceAndTheRulesAnswerAtOnce(FxRobot robot) throws Exception {
    open(robot, Messages.CHINESE);
    chooseRow(robot, PUBLISHED);
    TabPane tabs = robot.lookup("#detailTabs").queryAs(TabPane.class);
    robot.interact(() -> tabs.getSelectionModel().select(1));
    idle();
    Node points =
        robot
            .from(robot.lookup("#criteriaTable").queryAs(TableView.class))
            .lookup(".table-cell")
            .match((javafx.scene.control.TableCell<?, ?> cell) -> "15".equals(cell.getText()))
            .query();
    robot.doubleClickOn(points);
    robot
        .push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A)
        .write("14")
        .push(javafx.scene.input.KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(rubric.editedProperty().get()).isTrue();
    assertThat(robot.lookup("#saveRubricButton").queryAs(Button.class).isVisible()).isTrue();
    assertThat(rubric.findings()).isNotEmpty();
    assertThat(rubric.findings())
        .anySatisfy(f -> assertThat(f.render(Messages.of(Messages.CHINESE))).contains("应为 100 分"));
    save(robot, "projects-rubric-edit-zh.png");
  }

  @Test
  void theRankingTabShowsTheDemoEvaluationRanked(FxRobot robot) throws Exception {
    open(robot, Messages.CHINESE);
    chooseRow(robot, "城关镇农村留守儿童安全守护服务项目（示范评审）");
    TabPane tabs = robot.lookup("#detailTabs").queryAs(TabPane.class);
    robot.interact(() -> tabs.getSelectionModel().select(2));
    idle();
    assertThat(ranking.ranked()).extracting(r -> r.rank()).containsExactly(1, 2, 3);
    assertThat(ranking.excluded()).hasSize(1);
    assertThat(robot.lookup("#rankingSummary").queryAs(Label.class).getText())
        .contains("386,000.00");
    save(robot, "projects-ranking-zh.png");
    assertThat(CutText.labelsIn(stage.getScene().getRoot())).isEmpty();
    chooseRow(robot, DRAFT);
    idle();
    assertThat(robot.lookup("#rankingSummary").queryAs(Label.class).getText()).contains("评审开始后");
  }

  @Test
  void tooFewQualifiedBidsOfferTheFailedEndingInOneStep(FxRobot robot) throws Exception {
    open(robot, Messages.CHINESE);
    java.util.Map<String, List<List<Object>>> sheets = EvaluationCliTest.example62();
    List<List<Object>> bids = new java.util.ArrayList<>(sheets.get("投标人"));
    String first = (String) bids.get(1).get(1);
    bids.set(1, List.of("甲", first, 480000, "", "", "不通过", "通过", "无有效登记证书"));
    sheets.put("投标人", bids);
    List<List<Object>> scores = new java.util.ArrayList<>(sheets.get("评分"));
    scores.removeIf(row -> first.equals(row.get(1)));
    sheets.put("评分", scores);
    Session officer =
        context
            .authentication()
            .signIn("officer", DemoCountyService.PASSWORD.toCharArray())
            .session();
    assertThat(
            context
                .evaluations()
                .importWorkbook(officer, org.careeval.TestWorkbooks.write(temp, sheets))
                .accepted())
        .isTrue();
    robot.interact(viewModel::load);
    idle();
    chooseRow(robot, "示例 6.2 四家投标");
    TabPane tabs = robot.lookup("#detailTabs").queryAs(TabPane.class);
    robot.interact(() -> tabs.getSelectionModel().select(2));
    idle();
    assertThat(robot.lookup("#rankingStop").queryAs(Label.class).getText()).contains("只有 2 家");
    dialogs.textAnswer = Optional.of("通过资格审查和符合性审查的只有 2 家");
    robot.clickOn("#failButton");
    idle();
    assertThat(viewModel.selectedProperty().get().status()).isEqualTo(ProjectStatus.FAILED);
    assertThat(viewModel.selectedProperty().get().statusReason()).contains("只有 2 家");
  }
}
