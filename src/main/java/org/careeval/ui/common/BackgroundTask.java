package org.careeval.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service call from a view model, run through the {@link UiExecutor}. Handlers run on the UI
 * thread; errors go to the first handler whose type matches, and anything unhandled is logged once
 * here.
 *
 * <pre>
 * BackgroundTask.of(() -> service.info())
 *     .onSuccess(info::set)
 *     .onError(CareEvalException.class, this::showProblem)
 *     .onFinally(() -> busy.set(false))
 *     .runOn(executor);
 * </pre>
 */
public final class BackgroundTask<T> {

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

  private record ErrorHandler<E extends Throwable>(Class<E> type, Consumer<? super E> handler) {
    boolean handle(Throwable error) {
      if (!type.isInstance(error)) {
        return false;
      }
      handler.accept(type.cast(error));
      return true;
    }
  }

  private final Callable<T> work;
  private Consumer<? super T> onSuccess = result -> {};
  private final List<ErrorHandler<?>> errorHandlers = new ArrayList<>();
  private Runnable onFinally = () -> {};

  private BackgroundTask(Callable<T> work) {
    this.work = work;
  }

  public static <T> BackgroundTask<T> of(Callable<T> work) {
    return new BackgroundTask<>(work);
  }

  public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
    this.onSuccess = handler;
    return this;
  }

  public <E extends Throwable> BackgroundTask<T> onError(
      Class<E> type, Consumer<? super E> handler) {
    errorHandlers.add(new ErrorHandler<>(type, handler));
    return this;
  }

  public BackgroundTask<T> onFinally(Runnable handler) {
    this.onFinally = handler;
    return this;
  }

  public void runOn(UiExecutor executor) {
    Outcome<T> outcome = new Outcome<>();
    executor.execute(() -> outcome.compute(work), () -> deliver(outcome));
  }

  private void deliver(Outcome<T> outcome) {
    try {
      if (outcome.error == null) {
        onSuccess.accept(outcome.result);
      } else if (errorHandlers.stream().noneMatch(h -> h.handle(outcome.error))) {
        LOG.error("Background task failed", outcome.error);
      }
    } finally {
      onFinally.run();
    }
  }

  private static final class Outcome<T> {
    private T result;
    private Throwable error;

    void compute(Callable<T> work) {
      try {
        result = work.call();
      } catch (Exception | Error e) {
        error = e;
      }
    }
  }
}
