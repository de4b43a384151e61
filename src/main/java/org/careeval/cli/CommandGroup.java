package org.careeval.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code audit}, {@code setting}, {@code org}): called
 * without one it is a usage error (exit 2) that names what is available.
 */
abstract class CommandGroup implements Runnable {

  @ParentCommand CareEvalCommand parent;
  @Spec CommandSpec spec;
  @Mixin HelpOption help;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        spec.qualifiedName() + " " + String.join("|", spec.subcommands().keySet()));
  }
}
