package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.WindowTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.careeval.domain.organization.OrganizationDraft;
import org.careeval.domain.organization.RegisterEntry;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.DateFields;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.Fonts;
import org.careeval.ui.common.FxUiExecutor;
import org.careeval.ui.common.RecordingDialogService;
import org.careeval.ui.common.Theme;
import org.careeval.ui.common.ViewLoader;
import org.careeval.ui.organization.OrganizationRegistryView;
import org.careeval.ui.organization.OrganizationRegistryViewModel;
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
 * The register screen alone, at the size it gets in a 1366×768 window, on a real database and
 * driven like an officer would: dates typed in every accepted form, unreadable dates held back, an
 * unsaved edit never lost by clicking another row.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RegisterPaneTest {

  /** The content area of a 1366×768 window, beside the navigation and above the status bar. */
  static final double PANE_WIDTH = 1366 - 180;

  static final double PANE_HEIGHT = 768 - 100;

  private static final char[] PASSWORD = "pass-word-1".toCharArray();
  private static final String FIRST = "XX县阳光社会工作服务中心";
  private static final String SECOND = "YY慈善基金会";

  @TempDir Path temp;
  private AppContext context;
  private final FxUiExecutor executor = new FxUiExecutor();
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private OrganizationRegistryViewModel viewModel;

  @Start
  void start(Stage stage) {
    Fonts.load();
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.users().createFirstAdmin("admin", "", PASSWORD);
    Session admin = context.authentication().signIn("admin", PASSWORD).session();
    TestContexts.towns(context, admin, "城关镇", "石桥镇");
    TestContexts.member(context, admin, "officer", "", Set.of(Role.OFFICER), PASSWORD);
    Session officer = context.authentication().signIn("officer", PASSWORD).session();
    register(officer, FIRST, "52411525MJ1234AB4L");
    register(officer, SECOND, "53100000500021676K");
    Messages messages = Messages.of(Messages.CHINESE);
    viewModel =
        new OrganizationRegistryViewModel(
            context.organizations(),
            context.organizationDetails(),
            officer,
            executor,
            dialogs,
            messages,
            context.clock());
    Parent view = new ViewLoader(messages).load(new OrganizationRegistryView(viewModel, messages));
    Scene scene = new Scene(view, PANE_WIDTH, PANE_HEIGHT);
    Theme.apply(scene);
    stage.setScene(scene);
    stage.show();
    viewModel.load();
  }

  private void register(Session officer, String name, String code) {
    context
        .organizations()
        .register(officer, new OrganizationDraft(name, code, "", "", "", Optional.empty()));
  }

  @AfterEach
  void tearDown() throws TimeoutException {
    // a save reloads the register after the step a test waited for: let that finish first
    WaitForAsyncUtils.waitForFxEvents();
    waitUntil(() -> !executor.workingProperty().get());
    executor.shutdown();
    context.close();
  }

  @SuppressWarnings("unchecked")
  private TableView<RegisterEntry> table(FxRobot robot) {
    return robot.lookup("#organizationsTable").queryAs(TableView.class);
  }

  /** Clicks the row showing the given organization, like an officer would. */
  private void chooseRow(FxRobot robot, String name) throws TimeoutException {
    waitUntil(() -> table(robot).getItems().size() == 2);
    Node row =
        robot
            .from(table(robot))
            .lookup(".table-row-cell")
            .match(
                (TableRow<RegisterEntry> cell) ->
                    cell.getItem() != null && cell.getItem().organization().name().equals(name))
            .query();
    robot.clickOn(row);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private DatePicker grantDatePicker(FxRobot robot) {
    TabPane tabs = robot.lookup("#detailTabs").queryAs(TabPane.class);
    robot.interact(() -> tabs.getSelectionModel().select(1));
    return robot.lookup("#ratingGrantedPicker").queryAs(DatePicker.class);
  }

  private void typeDate(FxRobot robot, DatePicker picker, String text) {
    robot.interact(() -> picker.getEditor().clear());
    robot.clickOn(picker.getEditor()).write(text).push(KeyCode.TAB);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void aDateIsReadInEveryFormOfficersTypeItWhateverTheSystemLocale(FxRobot robot)
      throws TimeoutException {
    chooseRow(robot, FIRST);
    DatePicker picker = grantDatePicker(robot);
    for (String typed : new String[] {"2025-01-01", "2025/1/1", "20250101", "2025年1月1日"}) {
      robot.interact(() -> viewModel.ratingGrantedOnProperty().set(null));
      typeDate(robot, picker, typed);
      assertThat(viewModel.ratingGrantedOnProperty().get()).as(typed).isEqualTo("2025-01-01");
      assertThat(picker.getEditor().getText()).as(typed).isEqualTo("2025-01-01");
      assertThat(picker.getPseudoClassStates()).doesNotContain(DateFields.UNREADABLE);
    }
  }

  @Test
  void textThatIsNoDateStaysMarkedAndHoldsBackSave(FxRobot robot) throws TimeoutException {
    chooseRow(robot, FIRST);
    DatePicker picker = grantDatePicker(robot);
    typeDate(robot, picker, "2024-06-15");
    typeDate(robot, picker, "1/1/2025");
    assertThat(picker.getEditor().getText()).isEqualTo("1/1/2025");
    assertThat(picker.getPseudoClassStates()).contains(DateFields.UNREADABLE);
    assertThat(picker.getTooltip().getText()).contains("“1/1/2025”不是日期");
    assertThat(viewModel.ratingGrantedOnProperty().get()).isEqualTo(LocalDate.of(2024, 6, 15));
    assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isTrue();
  }

  @Test
  void anUnsavedEditIsNotLostByClickingAnotherRow(FxRobot robot) throws TimeoutException {
    chooseRow(robot, FIRST);
    robot.clickOn("#phoneField").write("0571-12345678");
    dialogs.unsavedAnswer = DialogService.UnsavedChoice.STAY;
    chooseRow(robot, SECOND);
    assertThat(dialogs.shown).anySatisfy(shown -> assertThat(shown).contains("有未保存的修改"));
    assertThat(viewModel.selectedProperty().get().name()).isEqualTo(FIRST);
    assertThat(table(robot).getSelectionModel().getSelectedItem().organization().name())
        .isEqualTo(FIRST);
    assertThat(viewModel.phoneProperty().get()).isEqualTo("0571-12345678");
  }

  @Test
  void anEntryTypedInADetailTabIsNeitherLostNorLeftBehindOnceAdded(FxRobot robot)
      throws TimeoutException {
    chooseRow(robot, FIRST);
    TabPane tabs = robot.lookup("#detailTabs").queryAs(TabPane.class);
    robot.interact(() -> tabs.getSelectionModel().select(7)); // 联系人
    TextField name = robot.lookup("#contactNameField").queryAs(TextField.class);
    robot.clickOn(name).write("李秀英");
    dialogs.unsavedAnswer = DialogService.UnsavedChoice.STAY;
    chooseRow(robot, SECOND);
    assertThat(viewModel.selectedProperty().get().name()).isEqualTo(FIRST);
    assertThat(name.getText()).isEqualTo("李秀英");

    robot.clickOn("#contactAddButton");
    waitUntil(() -> name.getText().isEmpty());
    assertThat(viewModel.details().profileProperty().get().contacts())
        .extracting(c -> c.name())
        .containsExactly("李秀英");
    assertThat(viewModel.dirtyProperty().get()).isFalse();
  }

  @Test
  void aRefusedFieldSaysWhyRightBelowIt(FxRobot robot) throws TimeoutException {
    chooseRow(robot, FIRST);
    robot.interact(() -> viewModel.nameProperty().set(""));
    robot.clickOn("#saveButton");
    Label problem = robot.lookup("#nameFieldProblem").queryAs(Label.class);
    waitUntil(problem::isVisible);
    assertThat(problem.getText()).isNotBlank();
    robot.clickOn("#nameField").write("XX县阳光社会工作服务中心");
    assertThat(problem.isVisible()).isFalse();
  }

  @Test
  void saveWaitsWhileTheCodeAsTypedCanNeverBeSaved(FxRobot robot) throws TimeoutException {
    chooseRow(robot, FIRST);
    Button save = robot.lookup("#saveButton").queryAs(Button.class);
    robot.interact(() -> viewModel.codeProperty().set("53100000500021676K")); // the other's code
    assertThat(save.isDisabled()).isTrue();
    assertThat(robot.lookup("#codeHint").queryAs(Label.class).getText()).contains(SECOND);
    robot.interact(() -> viewModel.codeProperty().set("5241152"));
    assertThat(save.isDisabled()).isTrue();
    robot.interact(() -> viewModel.codeProperty().set("52411525MJ1234AB4L"));
    assertThat(save.isDisabled()).isFalse();
  }

  @Test
  void aTownServedIsChosenByClickFromThePlacesTable(FxRobot robot) throws Exception {
    chooseRow(robot, FIRST);
    TabPane tabs = robot.lookup("#detailTabs").queryAs(TabPane.class);
    robot.interact(() -> tabs.getSelectionModel().select(6)); // 服务乡镇
    waitUntil(() -> robot.lookup("#townChoices .check-box").queryAll().size() == 2);
    robot.clickOn(
        robot
            .lookup("#townChoices .check-box")
            .match((javafx.scene.control.CheckBox box) -> box.getText().equals("石桥镇"))
            .queryAs(javafx.scene.control.CheckBox.class));
    assertThat(viewModel.details().townsTextProperty().get()).isEqualTo("石桥镇");
    robot.clickOn("#townsSaveButton");
    waitUntil(() -> viewModel.details().profileProperty().get().towns().contains("石桥镇"));
    java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));
    MainWindowSmokeTest.savePng(
        robot.capture(robot.lookup("#detailTabs").queryAs(TabPane.class)).getImage(),
        Path.of("target", "screenshots", "register-towns-zh.png"));
  }
}
