package org.careeval.cli;

import java.util.Arrays;
import org.careeval.domain.user.Session;
import org.careeval.service.CareEvalServices;
import org.careeval.service.i18n.Messages;
import picocli.CommandLine.Option;

/**
 * {@code --user NAME} for commands that read or change data. The user signs in like in the window
 * (same lockout, same audit events) and gets the same permissions.
 */
final class UserOption {

  @Option(
      names = "--user",
      paramLabel = "NAME",
      required = true,
      descriptionKey = "cli.option.user")
  String username;

  Session signIn(CareEvalServices services, CliEnvironment environment, Messages messages) {
    char[] password = Passwords.obtain(environment, messages, username);
    try {
      return services.authentication().signIn(username, password).session();
    } finally {
      Arrays.fill(password, '\0');
    }
  }
}
