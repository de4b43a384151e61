package org.careeval.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The one background thread for all service calls from the window. One thread keeps database work
 * in submission order, which is what an officer expects when clicking quickly.
 */
public final class FxUiExecutor implements UiExecutor {

  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "careeval-bg-1");
            thread.setDaemon(true);
            return thread;
          });

  /** Work sent and not yet delivered; touched on the UI thread only. */
  private int pending;

  private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);

  @Override
  public void execute(Runnable work, Runnable onDone) {
    if (worker.isShutdown()) {
      return; // the window is closing: nothing new starts (a reload a last save asked for)
    }
    onUiThread(() -> working.set(++pending > 0));
    try {
      submit(work, onDone);
    } catch (RejectedExecutionException e) {
      onUiThread(() -> working.set(--pending > 0)); // shut down meanwhile, as above
    }
  }

  private void submit(Runnable work, Runnable onDone) {
    worker.execute(
        () -> {
          try {
            work.run();
          } finally {
            Platform.runLater(
                () -> {
                  working.set(--pending > 0);
                  onDone.run();
                });
          }
        });
  }

  private static void onUiThread(Runnable action) {
    if (Platform.isFxApplicationThread()) {
      action.run();
    } else {
      Platform.runLater(action);
    }
  }

  @Override
  public ReadOnlyBooleanProperty workingProperty() {
    return working.getReadOnlyProperty();
  }

  @Override
  public void shutdown() {
    worker.shutdown();
  }
}
