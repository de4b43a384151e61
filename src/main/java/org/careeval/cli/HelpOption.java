package org.careeval.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} for every command, described from our own message bundle. */
final class HelpOption {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      descriptionKey = "cli.option.help")
  boolean help;
}
