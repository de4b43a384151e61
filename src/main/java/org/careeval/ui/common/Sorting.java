package org.careeval.ui.common;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.TableColumn;

/**
 * Chinese names sorted the way people look them up: by pinyin (安康 before 北京 before 上海), not by code
 * point. Whatever the window's language, because the names are Chinese.
 */
public final class Sorting {

  private Sorting() {}

  /** Compares names by pinyin; Latin letters come first, ignoring case. */
  public static Comparator<String> names() {
    Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
    return collator::compare;
  }

  /** A copy of {@code items} in pinyin order of the name each carries. */
  public static <T> List<T> byName(List<T> items, Function<T, String> name) {
    return items.stream().sorted(Comparator.comparing(name, names())).toList();
  }

  /** Makes a table column of names sort by pinyin when its header is clicked. */
  public static <S> void byPinyin(TableColumn<S, String> column) {
    column.setComparator(names());
  }
}
