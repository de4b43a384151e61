package org.careeval.ui.common;

import java.util.Arrays;
import java.util.List;
import org.careeval.domain.CareEvalException;
import org.careeval.service.i18n.Messages;

/**
 * Text a view model wants shown, as a key with arguments. The view renders it in the current
 * language, so switching the language relabels it too.
 */
public record Message(String key, List<Object> arguments) {

  public Message {
    // a null argument (e.g. an exception without message) renders as empty text
    arguments = arguments.stream().map(a -> a == null ? (Object) "" : a).toList();
  }

  public static Message of(String key, Object... arguments) {
    return new Message(key, Arrays.asList(arguments));
  }

  public static Message of(CareEvalException e) {
    return new Message(e.messageKey(), Arrays.asList(e.arguments()));
  }

  public String render(Messages messages) {
    return messages.get(key, arguments.toArray());
  }
}
