package org.careeval.cli;

import java.util.function.BiFunction;
import org.careeval.domain.system.DataDirectory;
import org.careeval.domain.user.Session;
import org.careeval.service.CareEvalServices;
import org.careeval.service.i18n.Messages;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that reads or changes data as a signed-in user ({@code --user NAME}): opens the data
 * directory (asking for the database password when it is encrypted), signs in, runs, closes.
 */
abstract class UserCommand {

  @Spec CommandSpec spec;
  @Mixin HelpOption help;
  @Mixin UserOption user;

  final CliEnvironment environment;
  final Messages messages;

  UserCommand(CliEnvironment environment, Messages messages) {
    this.environment = environment;
    this.messages = messages;
  }

  <T> T asUser(DataDirectory directory, BiFunction<CareEvalServices, Session, T> work) {
    try (CareEvalServices services = Passwords.open(environment, messages, directory)) {
      return work.apply(services, user.signIn(services, environment, messages));
    }
  }
}
