package org.careeval.cli;

import org.careeval.domain.CareEvalException;
import org.careeval.service.i18n.Messages;

/** Where CLI commands get a password: {@code CAREEVAL_PASSWORD}, else a prompt or stdin. */
final class Passwords {

  static final String ENV_PASSWORD = "CAREEVAL_PASSWORD";

  private Passwords() {}

  static char[] obtain(CliEnvironment environment, Messages messages, String username) {
    return environment
        .environmentVariable(ENV_PASSWORD)
        .filter(p -> !p.isEmpty())
        .map(String::toCharArray)
        .or(() -> environment.readPassword(messages.get("cli.password.prompt", username)))
        .filter(p -> p.length > 0)
        .orElseThrow(() -> new CareEvalException("cli.error.noPassword"));
  }
}
