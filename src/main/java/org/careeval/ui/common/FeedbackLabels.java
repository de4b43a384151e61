package org.careeval.ui.common;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import org.careeval.service.i18n.Messages;

/** Shows a screen's feedback: hidden when empty, green for success, red for a problem. */
public final class FeedbackLabels {

  private static final PseudoClass SUCCESS = PseudoClass.getPseudoClass("success");

  private FeedbackLabels() {}

  public static void bind(Label label, ScreenTasks tasks, Messages messages) {
    MessageLabels.bindHiddenWhenEmpty(label, tasks.feedbackProperty(), messages);
    tasks
        .failedProperty()
        .addListener((obs, old, bad) -> label.pseudoClassStateChanged(SUCCESS, !bad));
    label.pseudoClassStateChanged(SUCCESS, !tasks.failedProperty().get());
  }
}
