package org.careeval.ui.common;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Duration;

/**
 * Becomes true once work has been running for a moment, and false as soon as it ends: progress
 * shows for work an officer would otherwise wait on without a sign, and never flickers for the many
 * calls that finish at once.
 */
public final class SlowWork {

  /** Work shorter than this feels immediate; longer needs a sign that something happens. */
  public static final Duration THRESHOLD = Duration.millis(300);

  private SlowWork() {}

  public static ReadOnlyBooleanProperty of(ObservableBooleanValue working) {
    ReadOnlyBooleanWrapper slow = new ReadOnlyBooleanWrapper(false);
    PauseTransition delay = new PauseTransition(THRESHOLD);
    delay.setOnFinished(e -> slow.set(working.get()));
    working.addListener(
        (obs, was, now) -> {
          if (now) {
            delay.playFromStart();
          } else {
            delay.stop();
            slow.set(false);
          }
        });
    return slow.getReadOnlyProperty();
  }
}
