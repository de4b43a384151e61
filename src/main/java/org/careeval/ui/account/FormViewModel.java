package org.careeval.ui.account;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;
import org.careeval.ui.common.UiExecutor;

/** What the account forms share: submitting in the background with one problem message. */
abstract class FormViewModel {

  private final ScreenTasks tasks;

  FormViewModel(UiExecutor executor) {
    this.tasks = new ScreenTasks(executor);
  }

  /** Runs {@code work} in the background; {@code always} runs afterwards whatever happened. */
  <T> void submit(Callable<T> work, Consumer<T> onSuccess, Runnable always) {
    tasks.clear();
    tasks.run(work, onSuccess, always);
  }

  void reject(String key, Object... arguments) {
    tasks.fail(Message.of(key, arguments));
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return tasks.busyProperty();
  }

  /** The problem to show; the account forms report only problems, never successes. */
  public ReadOnlyObjectProperty<Message> problemProperty() {
    return tasks.feedbackProperty();
  }
}
