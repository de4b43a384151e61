package org.careeval.ui.common;

/** Runs work and its completion on the calling thread, for view-model tests. */
public final class ImmediateUiExecutor implements UiExecutor {

  @Override
  public void execute(Runnable work, Runnable onDone) {
    try {
      work.run();
    } finally {
      onDone.run();
    }
  }

  @Override
  public void shutdown() {
    // nothing runs in the background
  }
}
