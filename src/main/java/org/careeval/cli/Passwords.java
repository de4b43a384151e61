package org.careeval.cli;

import java.util.Optional;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.system.DataDirectory;
import org.careeval.service.CareEvalServices;
import org.careeval.service.i18n.Messages;

/** Where CLI commands get a password: {@code CAREEVAL_PASSWORD}, else a prompt or stdin. */
final class Passwords {

  static final String ENV_PASSWORD = "CAREEVAL_PASSWORD";
  static final String ENV_DATABASE_PASSWORD = "CAREEVAL_DB_PASSWORD";

  private Passwords() {}

  /** A user's sign-in password. */
  static char[] obtain(CliEnvironment environment, Messages messages, String username) {
    return read(environment, ENV_PASSWORD, messages.get("cli.password.prompt", username))
        .orElseThrow(() -> new CareEvalException("cli.error.noPassword"));
  }

  /** The database file password: {@code CAREEVAL_DB_PASSWORD}, else a prompt or stdin. */
  static char[] obtainDatabasePassword(CliEnvironment environment, Messages messages) {
    return read(environment, ENV_DATABASE_PASSWORD, messages.get("cli.dbPassword.prompt"))
        .orElseThrow(() -> new CareEvalException("cli.error.noDbPassword"));
  }

  private static Optional<char[]> read(CliEnvironment environment, String variable, String prompt) {
    return environment
        .environmentVariable(variable)
        .filter(p -> !p.isEmpty())
        .map(String::toCharArray)
        .or(() -> environment.readPassword(prompt))
        .filter(p -> p.length > 0);
  }

  /** Opens the data directory, asking for the file password when the database is encrypted. */
  static CareEvalServices open(
      CliEnvironment environment, Messages messages, DataDirectory directory) {
    Optional<char[]> filePassword =
        environment.isEncrypted(directory)
            ? Optional.of(obtainDatabasePassword(environment, messages))
            : Optional.empty();
    return environment.open(directory, filePassword);
  }
}
