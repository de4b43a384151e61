package org.careeval.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice is shown in a combo box or list: display only, never parsed back. */
public final class Shown {

  private Shown() {}

  public static <T> StringConverter<T> as(Function<T, String> show) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return show.apply(value);
      }

      @Override
      public T fromString(String text) {
        throw new UnsupportedOperationException("choices are picked, not typed");
      }
    };
  }
}
