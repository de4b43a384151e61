package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.WindowTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.careeval.domain.contract.InstallmentState;
import org.careeval.domain.user.Session;
import org.careeval.service.contract.ContractService;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Fonts;
import org.careeval.ui.common.FxUiExecutor;
import org.careeval.ui.common.RecordingDialogService;
import org.careeval.ui.common.Theme;
import org.careeval.ui.common.ViewLoader;
import org.careeval.ui.contract.ContractsView;
import org.careeval.ui.contract.ContractsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 合同 at 1366×768 on the demo county: the officer signs the award's draft from the form (a bad
 * installment line refused as typed), then the supervisor pays the releasable installment.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ContractsPaneTest {

  @TempDir Path temp;
  private AppContext context;
  private Stage stage;
  private final FxUiExecutor executor = new FxUiExecutor();
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private ContractsViewModel viewModel;

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

  private void open(FxRobot robot, String user) throws TimeoutException {
    Messages messages = Messages.of(Locale.SIMPLIFIED_CHINESE);
    if (context == null) {
      context = TestContexts.open(temp.resolve("data"), java.time.Clock.systemUTC());
      context.demo().load(messages);
    }
    Session session =
        context.authentication().signIn(user, DemoCountyService.PASSWORD.toCharArray()).session();
    viewModel = new ContractsViewModel(context, session, executor, dialogs, messages);
    robot.interact(
        () -> {
          Parent view = new ViewLoader(messages).load(new ContractsView(viewModel, messages));
          Scene scene = new Scene(view, RegisterPaneTest.PANE_WIDTH, RegisterPaneTest.PANE_HEIGHT);
          Theme.apply(scene);
          stage.setScene(scene);
          stage.show();
          viewModel.load();
        });
    idle();
  }

  private String feedback(FxRobot robot) {
    return robot.lookup("#feedbackLabel").queryAs(Label.class).getText();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theOfficerSignsTheDraftAndTheSupervisorPaysWhatIsDue(FxRobot robot) throws Exception {
    open(robot, "officer");
    TableView<ContractService.Detail> contracts =
        robot.lookup("#contractsTable").queryAs(TableView.class);
    assertThat(contracts.getItems()).hasSize(2);
    TextArea lines = robot.lookup("#installmentsArea").queryAs(TextArea.class);
    waitUntil(() -> !lines.getText().isEmpty());
    save(robot, "contracts-draft-zh.png");
    robot.clickOn("#numberField").write("QS-2027-001");
    robot.interact(() -> lines.setText("100000｜下个月"));
    robot.interact(() -> robot.lookup("#signButton").queryButton().fire());
    idle();
    assertThat(feedback(robot)).contains("看不懂");
    assertThat(feedback(robot)).doesNotContain("已签订");
    // the demo evaluation came from a workbook without a term: the officer types it
    java.time.LocalDate today = context.clock().today();
    robot.interact(
        () -> {
          robot
              .lookup("#termStartPicker")
              .queryAs(javafx.scene.control.DatePicker.class)
              .setValue(today);
          robot
              .lookup("#termEndPicker")
              .queryAs(javafx.scene.control.DatePicker.class)
              .setValue(today.plusMonths(12).minusDays(1));
        });
    String amount = contracts.getItems().get(0).contract().amount().toPlainString();
    robot.interact(() -> lines.setText(amount + "｜" + context.clock().today()));
    robot.interact(
        () ->
            robot
                .lookup("#placesField")
                .queryAs(javafx.scene.control.TextField.class)
                .setText("城关镇、不存在村"));
    robot.interact(() -> robot.lookup("#signButton").queryButton().fire());
    idle();
    assertThat(feedback(robot)).contains("不存在村");
    robot.interact(
        () ->
            robot
                .lookup("#placesField")
                .queryAs(javafx.scene.control.TextField.class)
                .setText("城关镇、城关镇/城东社区"));
    robot.interact(() -> robot.lookup("#signButton").queryButton().fire());
    idle();
    assertThat(feedback(robot)).contains("已签订");
    TableView<ContractService.Row> installments =
        robot.lookup("#installmentsTable").queryAs(TableView.class);
    waitUntil(() -> installments.getItems().size() == 1);
    assertThat(installments.getItems().get(0).state().kind())
        .isEqualTo(InstallmentState.Kind.RELEASABLE);
    Path scan = temp.resolve("合同扫描件.pdf");
    Files.writeString(scan, "%PDF-1.4");
    dialogs.openFileAnswer = java.util.Optional.of(scan);
    robot.interact(() -> robot.lookup("#attachScanButton").queryButton().fire());
    idle();
    assertThat(feedback(robot)).contains("已附合同扫描件");
    waitUntil(() -> !robot.lookup("#saveScanButton").queryButton().isDisabled());

    open(robot, "supervisor");
    TableView<ContractService.Row> toPay =
        robot.lookup("#installmentsTable").queryAs(TableView.class);
    waitUntil(() -> toPay.getItems().size() == 1);
    robot.interact(() -> toPay.getSelectionModel().select(0));
    robot.clickOn("#releaseButton");
    idle();
    assertThat(feedback(robot)).contains("已支付");
    waitUntil(() -> toPay.getItems().get(0).state().kind() == InstallmentState.Kind.PAID);
    save(robot, "contracts-paid-zh.png");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aContractIsEnteredDirectlyForAProjectAwardedOnPaper(FxRobot robot) throws Exception {
    open(robot, "officer");
    TableView<ContractService.Detail> contracts =
        robot.lookup("#contractsTable").queryAs(TableView.class);
    waitUntil(() -> contracts.getItems().size() == 2);
    var projects = robot.lookup("#directProjectBox").queryAs(javafx.scene.control.ComboBox.class);
    waitUntil(() -> !projects.getItems().isEmpty());
    robot.interact(
        () -> {
          projects.getSelectionModel().select(0);
          robot
              .lookup("#directAmountField")
              .queryAs(javafx.scene.control.TextField.class)
              .setText("999999999");
        });
    robot.interact(() -> robot.lookup("#directButton").queryButton().fire());
    idle();
    assertThat(feedback(robot)).contains("超出项目预算");
    robot.interact(
        () ->
            robot
                .lookup("#directAmountField")
                .queryAs(javafx.scene.control.TextField.class)
                .setText("10000"));
    robot.interact(() -> robot.lookup("#directButton").queryButton().fire());
    idle();
    assertThat(feedback(robot)).contains("已为");
    waitUntil(() -> contracts.getItems().size() == 3);
    assertThat(contracts.getItems().get(0).contract().status())
        .isEqualTo(org.careeval.domain.contract.Contract.Status.DRAFT);
  }

  private void save(FxRobot robot, String name) throws Exception {
    PaneTests.save(robot, stage, name);
  }
}
