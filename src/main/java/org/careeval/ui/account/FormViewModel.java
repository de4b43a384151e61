package org.careeval.ui.account;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.careeval.domain.CareEvalException;
import org.careeval.ui.common.BackgroundTask;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.UiExecutor;

/**
 * What every small form shares: a busy flag, one problem message, and submitting in the background.
 */
abstract class FormViewModel {

  private final UiExecutor executor;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<Message> problem = new ReadOnlyObjectWrapper<>();

  FormViewModel(UiExecutor executor) {
    this.executor = executor;
  }

  /** Runs {@code work} in the background; a {@link CareEvalException} becomes the problem. */
  <T> void submit(Callable<T> work, Consumer<T> onSuccess, Runnable onFinally) {
    busy.set(true);
    problem.set(null);
    BackgroundTask.of(work)
        .onSuccess(onSuccess)
        .onError(CareEvalException.class, e -> problem.set(Message.of(e)))
        .onError(
            RuntimeException.class, e -> problem.set(Message.of("error.unexpected", e.toString())))
        .onFinally(
            () -> {
              busy.set(false);
              onFinally.run();
            })
        .runOn(executor);
  }

  void reject(String key, Object... arguments) {
    problem.set(Message.of(key, arguments));
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Message> problemProperty() {
    return problem.getReadOnlyProperty();
  }
}
