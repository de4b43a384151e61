package org.careeval.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice is shown in a combo box, list or table cell that is picked from, never typed in. */
public final class Shown {

  private Shown() {}

  public static <T> StringConverter<T> as(Function<T, String> show) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return show.apply(value);
      }

      /** Nothing to read back: the controls using it are not editable, a choice is picked. */
      @Override
      public T fromString(String text) {
        return null;
      }
    };
  }
}
