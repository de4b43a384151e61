package org.careeval.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.careeval.domain.CareEvalException;
import org.careeval.service.Failures;

/**
 * What a screen's view model shares: running service calls in the background, a busy flag, and one
 * feedback message that is either a success or a problem.
 */
public final class ScreenTasks {

  private final UiExecutor executor;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<Message> feedback = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);

  public ScreenTasks(UiExecutor executor) {
    this.executor = executor;
  }

  /** Runs {@code work} in the background; a {@link CareEvalException} becomes the feedback. */
  public <T> void run(Callable<T> work, Consumer<T> then) {
    run(work, then, () -> {});
  }

  /**
   * As {@link #run(Callable, Consumer)}, then {@code always} on the UI thread whatever happened
   * (e.g. to wipe a typed password).
   */
  public <T> void run(Callable<T> work, Consumer<T> then, Runnable always) {
    busy.set(true);
    BackgroundTask.of(work)
        .onSuccess(then)
        .onError(CareEvalException.class, e -> fail(Message.of(Failures.logged(e))))
        .onError(
            RuntimeException.class,
            e -> fail(Message.of("error.unexpected", Failures.logged(e).toString())))
        .onFinally(
            () -> {
              busy.set(false);
              always.run();
            })
        .runOn(executor);
  }

  public void succeed(Message message) {
    feedback.set(message);
    failed.set(false);
  }

  public void fail(Message message) {
    feedback.set(message);
    failed.set(true);
  }

  public void clear() {
    feedback.set(null);
    failed.set(false);
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Message> feedbackProperty() {
    return feedback.getReadOnlyProperty();
  }

  /** True when the feedback reports a problem rather than a success. */
  public ReadOnlyBooleanProperty failedProperty() {
    return failed.getReadOnlyProperty();
  }
}
