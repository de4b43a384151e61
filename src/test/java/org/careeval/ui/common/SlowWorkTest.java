package org.careeval.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Progress shows for background work that takes a while, and only for that. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SlowWorkTest {

  private final FxUiExecutor executor = new FxUiExecutor();

  @AfterEach
  void shutdown() {
    executor.shutdown();
  }

  @Test
  void progressShowsOnlyOnceWorkHasRunForAMomentAndEndsWithIt() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ReadOnlyBooleanProperty[] slow = new ReadOnlyBooleanProperty[1];
    WaitForAsyncUtils.asyncFx(
            () -> {
              slow[0] = SlowWork.of(executor.workingProperty());
              executor.execute(() -> await(release), () -> {});
            })
        .get();
    assertThat(executor.workingProperty().get()).isTrue();
    assertThat(slow[0].get()).isFalse(); // not for work that may end at once
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> slow[0].get());
    release.countDown();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !executor.workingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(slow[0].get()).isFalse();
  }

  @Test
  void quickWorkNeverShowsProgress() throws Exception {
    boolean[] everSlow = {false};
    WaitForAsyncUtils.asyncFx(
            () -> {
              SlowWork.of(executor.workingProperty())
                  .addListener((obs, was, now) -> everSlow[0] |= now);
              executor.execute(() -> {}, () -> {});
            })
        .get();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !executor.workingProperty().get());
    Thread.sleep((long) SlowWork.THRESHOLD.toMillis() * 2);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(everSlow[0]).isFalse();
  }

  @Test
  void workSentWhileTheWindowClosesIsDroppedQuietly() throws Exception {
    executor.shutdown();
    boolean[] ran = {false};
    WaitForAsyncUtils.asyncFx(() -> executor.execute(() -> ran[0] = true, () -> {})).get();
    assertThat(ran[0]).isFalse();
    assertThat(executor.workingProperty().get()).isFalse();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
