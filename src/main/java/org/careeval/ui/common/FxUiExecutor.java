package org.careeval.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;

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

  @Override
  public void execute(Runnable work, Runnable onDone) {
    worker.execute(
        () -> {
          try {
            work.run();
          } finally {
            Platform.runLater(onDone);
          }
        });
  }

  @Override
  public void shutdown() {
    worker.shutdown();
  }
}
