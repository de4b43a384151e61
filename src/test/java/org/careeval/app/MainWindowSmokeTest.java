package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.WindowTestSupport.click;
import static org.careeval.app.WindowTestSupport.replaceText;
import static org.careeval.app.WindowTestSupport.shows;
import static org.careeval.app.WindowTestSupport.signIn;
import static org.careeval.app.WindowTestSupport.text;
import static org.careeval.app.WindowTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.careeval.domain.organization.RegisterEntry;
import org.careeval.domain.system.DataDirectory;
import org.careeval.domain.system.TableRowCount;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.UserAccount;
import org.careeval.service.UserPreferences;
import org.careeval.service.audit.AuditReading;
import org.careeval.service.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The real main window on a real database, driven headless: sign in, navigate as each role,
 * administer users, verify the audit trail, lock, switch user, relabel.
 */
@Tag("ui")
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class MainWindowSmokeTest {

  private static final String ADMIN_PASSWORD = "admin-pass-1";
  private static final String OFFICER_PASSWORD = "officer-pass-1";

  @TempDir Path temp;
  private WindowTestSupport app;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    DataDirectory directory = new DataDirectory(temp.resolve("data"));
    try (AppContext setup = TestContexts.open(directory.root(), Clock.systemUTC())) {
      setup.users().createFirstAdmin("admin", "王管理", ADMIN_PASSWORD.toCharArray());
      var admin = setup.authentication().signIn("admin", ADMIN_PASSWORD.toCharArray()).session();
      UserAccount officer =
          setup
              .users()
              .create(admin, "officer", "李经办", Set.of(Role.OFFICER), "temporary-1".toCharArray());
      var officerSession =
          setup.authentication().signIn("officer", "temporary-1".toCharArray()).session();
      setup
          .users()
          .changeOwnPassword(
              officerSession, "temporary-1".toCharArray(), OFFICER_PASSWORD.toCharArray());
      assertThat(officer.id()).isPositive();
    }
    app = new WindowTestSupport(stage, directory);
  }

  @AfterEach
  void closeWindow() {
    app.close();
  }

  private ToggleButton nav(FxRobot robot, String id) {
    return robot.lookup("#nav-" + id).queryAs(ToggleButton.class);
  }

  @Test
  void startsInChineseWithTheSignInFormAndNoNavigation(FxRobot robot) throws TimeoutException {
    assertThat(stage.getTitle()).isEqualTo("社会组织服务购买评估系统");
    waitUntil(() -> shows(robot, "#usernameField"));
    assertThat(text(robot, "#titleLabel")).isEqualTo("登录");
    assertThat(robot.lookup("#nav-overview").tryQuery()).isEmpty();
  }

  @Test
  void wrongPasswordIsExplainedAndNothingOpens(FxRobot robot) throws TimeoutException {
    signIn(robot, "admin", "wrong-password");
    waitUntil(() -> text(robot, "#problemLabel").equals("用户名或密码不正确。"));
    assertThat(robot.lookup("#nav-overview").tryQuery()).isEmpty();
  }

  @Test
  void adminSignsInAndNavigatesEveryArea(FxRobot robot) throws TimeoutException {
    signIn(robot, "admin", ADMIN_PASSWORD);
    waitUntil(() -> shows(robot, "#nav-overview"));
    waitUntil(() -> text(robot, "#greetingLabel").equals("您好，王管理"));
    waitUntil(() -> text(robot, "#userLabel").equals("王管理（系统管理员）"));
    robot.clickOn("#nav-administration");
    waitUntil(() -> robot.lookup("#tablesTable").tryQuery().isPresent());
    waitUntil(() -> text(robot, "#dataDirectoryValue").equals(app.directory.root().toString()));
    @SuppressWarnings("unchecked")
    TableView<TableRowCount> tables = robot.lookup("#tablesTable").queryAs(TableView.class);
    waitUntil(() -> tables.getItems().stream().anyMatch(t -> t.table().equals("user_account")));
    assertThat(tables.getItems()).contains(new TableRowCount("user_account", 2));
    assertThat(nav(robot, "administration").isSelected()).isTrue();
    assertThat(nav(robot, "overview").isSelected()).isFalse();
  }

  @Test
  void adminSetsTheCountyTimeZoneInSettings(FxRobot robot) throws Exception {
    signIn(robot, "admin", ADMIN_PASSWORD);
    waitUntil(() -> shows(robot, "#nav-settings"));
    robot.clickOn("#nav-settings");
    waitUntil(() -> shows(robot, "#setting-county_time_zone"));
    waitUntil(
        () ->
            !robot
                .lookup("#setting-county_time_zone")
                .queryAs(javafx.scene.control.TextField.class)
                .getText()
                .isEmpty());
    replaceText(robot, "#setting-county_time_zone", "Asia/Urumqi");
    click(robot, "#saveButton");
    waitUntil(() -> text(robot, "#feedbackLabel").equals("设置已保存。"));
    assertThat(app.viewModel.servicesProperty().get().clock().zone())
        .isEqualTo(java.time.ZoneId.of("Asia/Urumqi"));
    java.nio.file.Path shots = java.nio.file.Path.of("target", "screenshots");
    java.nio.file.Files.createDirectories(shots);
    // for a person to look at
    savePng(robot.capture(stage.getScene().getRoot()).getImage(), shots.resolve("settings.png"));
  }

  @Test
  void adminCreatesAUserWhoMustChangeThePassword(FxRobot robot) throws TimeoutException {
    signIn(robot, "admin", ADMIN_PASSWORD);
    waitUntil(() -> shows(robot, "#nav-users"));
    robot.clickOn("#nav-users");
    waitUntil(() -> shows(robot, "#newButton"));
    click(robot, "#newButton");
    replaceText(robot, "#usernameField", "expert01");
    replaceText(robot, "#displayNameField", "张专家");
    robot.clickOn("#role-expert");
    replaceText(robot, "#passwordField", "first-pass-1");
    click(robot, "#saveButton");
    waitUntil(() -> text(robot, "#feedbackLabel").equals("已创建用户 expert01。"));
    @SuppressWarnings("unchecked")
    TableView<UserAccount> users = robot.lookup("#usersTable").queryAs(TableView.class);
    waitUntil(() -> users.getItems().size() == 3);
    assertThat(users.getItems())
        .filteredOn(u -> u.username().equals("expert01"))
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.roles()).containsExactly(Role.EXPERT);
              assertThat(u.mustChangePassword()).isTrue();
            });
  }

  @Test
  void auditTrailShowsSignInsAndVerifiesIntact(FxRobot robot) throws TimeoutException {
    signIn(robot, "admin", ADMIN_PASSWORD);
    waitUntil(() -> shows(robot, "#nav-audit"));
    robot.clickOn("#nav-audit");
    @SuppressWarnings("unchecked")
    TableView<AuditReading.Readable> events = robot.lookup("#eventsTable").queryAs(TableView.class);
    waitUntil(() -> !events.getItems().isEmpty());
    assertThat(events.getItems()).extracting(r -> r.event().actor()).contains("admin", "officer");
    // the officer's account as a person reads it, not "用户 2"
    assertThat(events.getItems()).extracting(r -> r.subject()).contains("李经办（officer）");
    click(robot, "#verifyButton");
    waitUntil(() -> text(robot, "#statusLabel").startsWith("操作日志完整"));
  }

  @Test
  void officerSeesNoAdministrationOfUsersOrAudit(FxRobot robot) throws TimeoutException {
    signIn(robot, "officer", OFFICER_PASSWORD);
    waitUntil(() -> shows(robot, "#nav-overview"));
    assertThat(robot.lookup("#nav-users").tryQuery()).isEmpty();
    assertThat(robot.lookup("#nav-audit").tryQuery()).isEmpty();
    assertThat(robot.lookup("#nav-administration").tryQuery()).isPresent();
  }

  @Test
  void officerRegistersAnOrganizationAndSeesItsCategoryAsTyped(FxRobot robot)
      throws TimeoutException {
    signIn(robot, "officer", OFFICER_PASSWORD);
    waitUntil(() -> shows(robot, "#nav-registry"));
    robot.clickOn("#nav-registry");
    waitUntil(() -> shows(robot, "#newButton"));
    click(robot, "#newButton");
    replaceText(robot, "#nameField", "XX县阳光社会工作服务中心");
    replaceText(robot, "#codeField", "5311000050002167K");
    waitUntil(() -> text(robot, "#codeHint").equals("长度应为 18 位，实际 17 位"));
    replaceText(robot, "#codeField", "52411525mj1234ab4l");
    waitUntil(() -> text(robot, "#codeHint").equals("类别：民办非企业单位（社会服务机构）"));
    click(robot, "#saveButton");
    waitUntil(() -> text(robot, "#feedbackLabel").equals("已登记“XX县阳光社会工作服务中心”。"));
    @SuppressWarnings("unchecked")
    TableView<RegisterEntry> table = robot.lookup("#organizationsTable").queryAs(TableView.class);
    waitUntil(() -> table.getItems().size() == 1);
    assertThat(table.getItems().get(0).organization().code().value())
        .isEqualTo("52411525MJ1234AB4L");
  }

  @Test
  void shortcutsWorkAndUnsavedChangesAreNeverLostByNavigating(FxRobot robot)
      throws TimeoutException {
    signIn(robot, "officer", OFFICER_PASSWORD);
    waitUntil(() -> shows(robot, "#nav-registry"));
    robot.clickOn("#nav-registry");
    waitUntil(() -> shows(robot, "#newButton"));
    robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
    waitUntil(() -> robot.lookup("#nameField").query().isFocused());
    robot.write("XX县阳光社会工作服务中心");
    replaceText(robot, "#codeField", "52411525MJ1234AB4L");
    robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
    waitUntil(() -> text(robot, "#feedbackLabel").equals("已登记“XX县阳光社会工作服务中心”。"));

    replaceText(robot, "#phoneField", "0571-1234");
    robot.clickOn("#nav-overview");
    waitUntil(() -> robot.lookup(".app-dialog").tryQuery().isPresent());
    // the dialog speaks the app's language whatever the system locale is
    assertThat(robot.lookup(".app-dialog .button").queryAllAs(Button.class))
        .extracting(Button::getText)
        .containsExactlyInAnyOrder("保存", "不保存", "继续编辑");
    robot.clickOn("继续编辑");
    assertThat(nav(robot, "registry").isSelected()).isTrue();
    assertThat(robot.lookup("#phoneField").queryAs(TextField.class).getText())
        .isEqualTo("0571-1234");

    robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
    waitUntil(() -> robot.lookup("#searchField").query().isFocused());
  }

  @Test
  void switchingUserLeavesNothingOfThePreviousUser(FxRobot robot) throws TimeoutException {
    signIn(robot, "admin", ADMIN_PASSWORD);
    waitUntil(() -> shows(robot, "#nav-users"));
    robot.clickOn("#nav-users");
    waitUntil(() -> shows(robot, "#usersTable"));
    robot.clickOn("账户(_U)").clickOn("切换用户");
    waitUntil(() -> shows(robot, "#signInButton"));
    assertThat(robot.lookup("#usersTable").tryQuery()).isEmpty();
    signIn(robot, "officer", OFFICER_PASSWORD);
    waitUntil(() -> shows(robot, "#nav-overview"));
    waitUntil(() -> text(robot, "#greetingLabel").equals("您好，李经办"));
    assertThat(robot.lookup("#usersTable").tryQuery()).isEmpty();
    assertThat(robot.lookup("#nav-users").tryQuery()).isEmpty();
  }

  @Test
  void lockedWindowNeedsTheSameUsersPasswordAndKeepsTheirScreen(FxRobot robot)
      throws TimeoutException {
    signIn(robot, "admin", ADMIN_PASSWORD);
    waitUntil(() -> shows(robot, "#nav-administration"));
    robot.clickOn("#nav-administration");
    robot.clickOn("账户(_U)").clickOn("锁定窗口(_L)");
    waitUntil(() -> text(robot, "#titleLabel").equals("窗口已锁定"));
    assertThat(robot.lookup("#tablesTable").tryQuery()).isEmpty();
    assertThat(robot.lookup("#usernameField").query().isDisabled()).isTrue();
    replaceText(robot, "#passwordField", ADMIN_PASSWORD);
    robot.clickOn("#signInButton");
    waitUntil(() -> shows(robot, "#tablesTable"));
    assertThat(nav(robot, "administration").isSelected()).isTrue();
  }

  @Test
  void languageSwitchRelabelsTheWholeWindowAndIsRemembered(FxRobot robot) throws TimeoutException {
    signIn(robot, "admin", ADMIN_PASSWORD);
    waitUntil(() -> shows(robot, "#nav-administration"));
    robot.clickOn("#nav-administration");
    robot.clickOn("语言(_G)").clickOn("English");
    waitUntil(() -> "Administration".equals(nav(robot, "administration").getText()));
    assertThat(stage.getTitle()).startsWith("CareEval");
    assertThat(nav(robot, "overview").getText()).isEqualTo("Overview");
    assertThat(nav(robot, "administration").isSelected()).isTrue();
    assertThat(robot.lookup("System information").tryQuery()).isPresent();
    assertThat(UserPreferences.load(app.directory.preferencesFile()).language())
        .isEqualTo(Messages.ENGLISH);
  }

  /** Writes a JavaFX image as PNG without javafx-swing (tests only; AWT is headless here). */
  static void savePng(javafx.scene.image.Image image, java.nio.file.Path file)
      throws java.io.IOException {
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    java.awt.image.BufferedImage out =
        new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
      }
    }
    javax.imageio.ImageIO.write(out, "png", file.toFile());
  }
}
