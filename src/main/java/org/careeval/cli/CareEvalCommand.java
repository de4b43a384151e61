package org.careeval.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.careeval.domain.system.DataDirectory;
import org.careeval.service.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code careeval}: without a command, opens the window. */
@Command(name = "careeval")
final class CareEvalCommand implements DescribedCommand, Callable<Integer> {

  static final String DESCRIPTION_KEY = "cli.careeval.description";

  @Override
  public String descriptionKey() {
    return DESCRIPTION_KEY;
  }

  @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
  private String dataDir;

  @Option(
      names = {"-V", "--version"},
      versionHelp = true,
      descriptionKey = "cli.option.version")
  private boolean version;

  @Mixin private HelpOption help;

  @Spec private CommandSpec spec;

  private final CliEnvironment environment;
  private final Messages messages;

  CareEvalCommand(CliEnvironment environment, Messages messages) {
    this.environment = environment;
    this.messages = messages;
  }

  DataDirectory dataDirectory() {
    return DataDirectory.resolve(Optional.ofNullable(dataDir));
  }

  @Override
  public Integer call() {
    return Cli.openWindow(environment, dataDirectory(), messages, spec.commandLine().getErr());
  }
}
