package org.careeval.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A message key with its arguments used as an argument of another message (for example the name of
 * a permission inside a "not permitted" error); it is rendered in the same language as the outer
 * message.
 */
public record LocalizedText(String key, List<Object> arguments) {

  public LocalizedText {
    arguments = List.copyOf(arguments);
  }

  public LocalizedText(String key, Object... arguments) {
    this(key, Arrays.asList(arguments));
  }
}
