package org.careeval.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.careeval.service.i18n.Messages;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A message that appears below the fold of a long form is scrolled into view. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ScrollingTest {

  private Label problem;
  private final ObjectProperty<Message> message = new SimpleObjectProperty<>();
  private ScrollPane scroll;

  @Start
  void start(Stage stage) {
    problem = new Label();
    Region tallForm = new Region();
    tallForm.setMinHeight(1000);
    scroll = new ScrollPane(new VBox(tallForm, problem));
    scroll.setFitToWidth(true);
    MessageLabels.bindHiddenWhenEmpty(problem, message, Messages.of(Messages.CHINESE));
    stage.setScene(new Scene(scroll, 400, 200));
    stage.show();
  }

  @Test
  void aNewMessageBelowTheFoldIsScrolledIntoView(FxRobot robot) {
    assertThat(scroll.getVvalue()).isZero();
    robot.interact(() -> message.set(Message.of("common.unsaved.title")));
    WaitForAsyncUtils.waitForFxEvents();
    Bounds shown = scroll.localToScene(scroll.getLayoutBounds());
    Bounds label = problem.localToScene(problem.getLayoutBounds());
    assertThat(scroll.getVvalue()).isPositive();
    assertThat(label.getMaxY()).isLessThanOrEqualTo(shown.getMaxY());
    assertThat(label.getMinY()).isGreaterThanOrEqualTo(shown.getMinY());
  }
}
