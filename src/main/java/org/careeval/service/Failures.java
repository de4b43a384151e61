package org.careeval.service;

import org.careeval.domain.CareEvalException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a failure once, where it becomes a message for the user — in the window or on the command
 * line (ADR 0016): an unexpected error with its stack trace at ERROR; a refusal the user can act on
 * only when it wraps a cause (a database or file error worth diagnosing), at WARN. Plain refusals
 * ("name missing") are not logged.
 */
public final class Failures {

  private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

  private Failures() {}

  public static <E extends Exception> E logged(E error) {
    if (error instanceof CareEvalException refusal) {
      if (refusal.getCause() != null) {
        LOG.warn("{}", refusal.messageKey(), refusal);
      }
    } else {
      LOG.error("Unexpected error", error);
    }
    return error;
  }
}
