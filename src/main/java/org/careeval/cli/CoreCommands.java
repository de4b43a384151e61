package org.careeval.cli;

import org.careeval.service.i18n.Messages;
import picocli.CommandLine;

/** The commands every installation has: info, init and the code checker. */
final class CoreCommands {

  private CoreCommands() {}

  static void addTo(CommandLine root, CliEnvironment environment, Messages messages) {
    root.addSubcommand(new InfoCommand(environment, messages));
    root.addSubcommand(new InitCommand(environment, messages));
    root.addSubcommand(new UsccCommand(messages));
  }
}
