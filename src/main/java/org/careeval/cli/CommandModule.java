package org.careeval.cli;

import org.careeval.service.i18n.Messages;
import picocli.CommandLine;

/** Adds one capability's commands to the command line. */
@FunctionalInterface
interface CommandModule {
  void addTo(CommandLine root, CliEnvironment environment, Messages messages);
}
