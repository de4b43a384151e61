package org.careeval.app;

import static org.careeval.app.WindowTestSupport.click;
import static org.careeval.app.WindowTestSupport.replaceText;
import static org.careeval.app.WindowTestSupport.shows;
import static org.careeval.app.WindowTestSupport.text;
import static org.careeval.app.WindowTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.careeval.domain.system.DataDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A new data directory asks for the first administrator, then signs them in. */
@Tag("ui")
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class FirstStartWindowTest {

  @TempDir Path temp;
  private WindowTestSupport app;

  @Start
  void start(Stage stage) {
    app = new WindowTestSupport(stage, new DataDirectory(temp.resolve("data")));
  }

  @AfterEach
  void closeWindow() {
    app.close();
  }

  @Test
  void createsTheFirstAdministratorAndSignsIn(FxRobot robot) throws TimeoutException {
    waitUntil(() -> shows(robot, "#createButton"));
    replaceText(robot, "#usernameField", "admin");
    replaceText(robot, "#displayNameField", "王管理");
    replaceText(robot, "#passwordField", "short");
    replaceText(robot, "#confirmationField", "short");
    click(robot, "#createButton");
    waitUntil(() -> text(robot, "#problemLabel").equals("密码至少需要 8 个字符。"));
    replaceText(robot, "#passwordField", "long-enough-1");
    replaceText(robot, "#confirmationField", "long-enough-2");
    click(robot, "#createButton");
    waitUntil(() -> text(robot, "#problemLabel").equals("两次输入的新密码不一致。"));
    replaceText(robot, "#confirmationField", "long-enough-1");
    click(robot, "#createButton");
    waitUntil(() -> shows(robot, "#nav-users"));
    waitUntil(() -> text(robot, "#greetingLabel").equals("您好，王管理"));
  }
}
