package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.WindowTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
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
 * The register with the demo county, at the size it gets in a 1366×768 window, in Chinese and in
 * English: no label, button, tab, header or filter is cut, and neither is any name or code — with
 * the detail pane open. Saves what it rendered to target/screenshots for a person to look at.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RegisterScreenshotTest {

  @TempDir Path temp;
  private Stage stage;
  private AppContext context;
  private final FxUiExecutor executor = new FxUiExecutor();

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Fonts.load();
  }

  @AfterEach
  void tearDown() {
    executor.shutdown();
    if (context != null) {
      context.close();
    }
  }

  @Test
  void chinese(FxRobot robot) throws Exception {
    rendersUncut(robot, Messages.CHINESE, "register-zh.png");
  }

  @Test
  void english(FxRobot robot) throws Exception {
    rendersUncut(robot, Messages.ENGLISH, "register-en.png");
  }

  private void rendersUncut(FxRobot robot, Locale locale, String shot) throws Exception {
    Messages messages = Messages.of(locale);
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.demo().load(messages);
    Session officer =
        context
            .authentication()
            .signIn("officer", DemoCountyService.PASSWORD.toCharArray())
            .session();
    OrganizationRegistryViewModel viewModel =
        new OrganizationRegistryViewModel(
            context.organizations(),
            context.organizationDetails(),
            officer,
            executor,
            new RecordingDialogService(),
            messages,
            context.clock());
    robot.interact(
        () -> {
          Parent view =
              new ViewLoader(messages).load(new OrganizationRegistryView(viewModel, messages));
          Scene scene = new Scene(view, RegisterPaneTest.PANE_WIDTH, RegisterPaneTest.PANE_HEIGHT);
          Theme.apply(scene);
          stage.setScene(scene);
          stage.show();
          viewModel.load();
        });
    TableView<?> table = robot.lookup("#organizationsTable").queryAs(TableView.class);
    waitUntil(() -> table.getItems().size() == 30);
    robot.interact(() -> table.getSelectionModel().select(0));
    WaitForAsyncUtils.waitForFxEvents();
    Parent root = stage.getScene().getRoot();
    save(robot, root, shot);
    assertThat(CutText.labelsIn(root)).isEmpty();
    assertThat(CutText.cellsIn(root, "nameColumn")).isEmpty();
    assertThat(CutText.cellsIn(root, "codeColumn")).isEmpty();
    assertThat(CutText.cellsIn(root, "ratingColumn")).isEmpty();
    assertThat(CutText.cellsIn(root, "alertsColumn")).isEmpty();
    // a value a narrow column may cut can still be read in full
    assertThat(robot.lookup(".table-row-cell .table-cell").queryAll())
        .filteredOn(cell -> !((TableCell<?, ?>) cell).isEmpty())
        .filteredOn(cell -> ((TableCell<?, ?>) cell).getText() != null)
        .filteredOn(cell -> !((TableCell<?, ?>) cell).getText().isEmpty())
        .isNotEmpty()
        .allSatisfy(
            cell ->
                assertThat(((TableCell<?, ?>) cell).getTooltip().getText())
                    .isEqualTo(((TableCell<?, ?>) cell).getText()));
  }

  private static void save(FxRobot robot, Parent root, String name) throws Exception {
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    MainWindowSmokeTest.savePng(robot.capture(root).getImage(), shots.resolve(name));
  }
}
