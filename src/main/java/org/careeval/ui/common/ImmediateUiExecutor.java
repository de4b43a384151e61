package org.careeval.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Runs work and its completion on the calling thread, for view-model tests. */
public final class ImmediateUiExecutor implements UiExecutor {

  private final ReadOnlyBooleanWrapper idle = new ReadOnlyBooleanWrapper(false);

  @Override
  public void execute(Runnable work, Runnable onDone) {
    try {
      work.run();
    } finally {
      onDone.run();
    }
  }

  @Override
  public ReadOnlyBooleanProperty workingProperty() {
    return idle.getReadOnlyProperty(); // work is done before execute returns
  }

  @Override
  public void shutdown() {
    // nothing runs in the background
  }
}
