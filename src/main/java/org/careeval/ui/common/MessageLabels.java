package org.careeval.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import org.careeval.service.i18n.Messages;

/** Shows a view model's {@link Message} in a label, in the current language. */
public final class MessageLabels {

  private MessageLabels() {}

  public static StringBinding text(ObservableValue<Message> message, Messages messages) {
    return Bindings.createStringBinding(
        () -> message.getValue() == null ? "" : message.getValue().render(messages), message);
  }

  /**
   * Binds the text, and hides the label (taking no space) while there is no message; a new message
   * is scrolled into view, so a problem below the fold of a long form is never missed.
   */
  public static void bindHiddenWhenEmpty(
      Label label, ObservableValue<Message> message, Messages messages) {
    label.textProperty().bind(text(message, messages));
    label
        .visibleProperty()
        .bind(Bindings.createBooleanBinding(() -> message.getValue() != null, message));
    label.managedProperty().bind(label.visibleProperty());
    message.addListener(
        (obs, old, now) -> {
          if (now != null) {
            Scrolling.reveal(label);
          }
        });
  }
}
