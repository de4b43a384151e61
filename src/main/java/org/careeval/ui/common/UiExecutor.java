package org.careeval.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Where view models send work that may block (every service call). Production runs it on one
 * background thread and delivers results on the JavaFX thread; tests run it immediately.
 */
public interface UiExecutor {

  /** Runs {@code work} off the UI thread, then {@code onDone} on the UI thread. */
  void execute(Runnable work, Runnable onDone);

  /** True while work sent here is waiting or running (changes on the UI thread). */
  ReadOnlyBooleanProperty workingProperty();

  /** Stops accepting work; called when the application exits. */
  void shutdown();
}
