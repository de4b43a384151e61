package org.careeval.domain;

import java.util.Arrays;

/**
 * A failure the user can act on. It carries a message key and arguments instead of text, so the
 * window and the CLI each render it in the user's language; the English key text is only the
 * fallback for logs.
 */
public class CareEvalException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient Object[] arguments;

  public CareEvalException(String messageKey, Object... arguments) {
    this(null, messageKey, arguments);
  }

  public CareEvalException(Throwable cause, String messageKey, Object... arguments) {
    super(messageKey + Arrays.toString(arguments), cause);
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
