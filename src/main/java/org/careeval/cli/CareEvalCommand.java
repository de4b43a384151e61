package org.careeval.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.system.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code careeval}: without a command, opens the window. */
@Command(name = "careeval")
final class CareEvalCommand implements Callable<Integer> {

  static final String DESCRIPTION_KEY = "cli.careeval.description";

  @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
  private String dataDir;

  @Option(
      names = {"-V", "--version"},
      versionHelp = true,
      descriptionKey = "cli.option.version")
  private boolean version;

  @Mixin private HelpOption help;

  private final CliEnvironment environment;

  CareEvalCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  DataDirectory dataDirectory() {
    return DataDirectory.resolve(Optional.ofNullable(dataDir));
  }

  @Override
  public Integer call() {
    try {
      environment.startWindow(dataDirectory());
    } catch (RuntimeException e) {
      // no display or no GTK 3 on Linux: say what to install; the CLI itself still works
      throw new CareEvalException(e, "error.window.unavailable", e.getMessage());
    }
    return Cli.EXIT_OK;
  }
}
