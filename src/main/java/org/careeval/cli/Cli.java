package org.careeval.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.system.DataDirectory;
import org.careeval.service.Failures;
import org.careeval.service.UserPreferences;
import org.careeval.service.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Builds and runs the command line. Exit codes: 0 success, 1 input rejected (or the data could not
 * be opened), 2 usage error. Errors go to stderr in the language chosen in the window.
 */
public final class Cli {

  public static final int EXIT_OK = 0;
  public static final int EXIT_REJECTED = 1;
  public static final int EXIT_USAGE = 2;

  private static final String DATA_DIR = "--data-dir";

  /**
   * Each capability's commands, added by the capability itself: a new one is its command class and
   * one line here (docs/howto/add-a-screen.md, "CLI").
   */
  private static final List<CommandModule> MODULES =
      List.of(
          CoreCommands::addTo,
          AuditCommand::addTo,
          SettingCommand::addTo,
          OrgCommand::addTo,
          RubricCommand::addTo,
          ProjectCommand::addTo,
          ReviewCommand::addTo,
          ExpertCommand::addTo,
          PanelCommand::addTo,
          ContractCommand::addTo,
          DeliveryCommand::addTo,
          IndicatorCommand::addTo,
          RecordsCommand::addTo,
          SpotCheckCommand::addTo,
          WarningsCommand::addTo,
          PerformanceCommand::addTo,
          ReportCommand::addTo,
          DemoCommand::addTo);

  private Cli() {}

  /** Runs with UTF-8 stdout/stderr, the encoding county scripts read. */
  public static int run(String[] args, CliEnvironment environment) {
    return run(
        args,
        environment,
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
  }

  public static int run(
      String[] args, CliEnvironment environment, PrintWriter out, PrintWriter err) {
    Optional<String> dataDir = dataDirOption(args);
    Messages messages = messagesFor(dataDir);
    if (args.length == (dataDir.isEmpty() ? 0 : args[0].startsWith(DATA_DIR + "=") ? 1 : 2)) {
      // only the window was asked for: skip building the command model (start-up time)
      return openWindow(environment, DataDirectory.resolve(dataDir), messages, err);
    }
    CommandLine commandLine = new CommandLine(new CareEvalCommand(environment, messages));
    MODULES.forEach(module -> module.addTo(commandLine, environment, messages));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setResourceBundle(messages.bundle());
    // computed only for --version: reading library versions loads jOOQ and Flyway
    commandLine
        .getCommandSpec()
        .versionProvider(
            () ->
                environment.versions().stream()
                    .map(v -> v.component() + " " + v.version())
                    .toArray(String[]::new));
    localizeUsage(commandLine, messages);
    commandLine.setParameterExceptionHandler((e, arguments) -> usageError(e, messages));
    commandLine.setExecutionExceptionHandler(
        (e, failed, parseResult) -> executionError(e, failed, messages));
    int exitCode = commandLine.execute(args);
    out.flush();
    err.flush();
    return exitCode;
  }

  /** The value of {@code --data-dir DIR} or {@code --data-dir=DIR}, wherever it stands. */
  private static Optional<String> dataDirOption(String[] args) {
    Optional<String> dataDir = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(DATA_DIR) && i + 1 < args.length) {
        dataDir = Optional.of(args[i + 1]);
      } else if (args[i].startsWith(DATA_DIR + "=")) {
        dataDir = Optional.of(args[i].substring(DATA_DIR.length() + 1));
      }
    }
    return dataDir;
  }

  /** The language saved in the data directory's preferences; Chinese when there are none. */
  private static Messages messagesFor(Optional<String> dataDir) {
    DataDirectory directory = DataDirectory.resolve(dataDir);
    return Messages.of(UserPreferences.load(directory.preferencesFile()).language());
  }

  static int openWindow(
      CliEnvironment environment, DataDirectory directory, Messages messages, PrintWriter err) {
    try {
      environment.startWindow(directory);
      return EXIT_OK;
    } catch (RuntimeException e) {
      // no display or no GTK 3 on Linux: say what to install; the CLI itself still works
      err.println(messages.get("error.window.unavailable", e.getMessage()));
      err.flush();
      return EXIT_REJECTED;
    }
  }

  private static void localizeUsage(CommandLine commandLine, Messages messages) {
    CommandSpec spec = commandLine.getCommandSpec();
    UsageMessageSpec usage = spec.usageMessage();
    usage.synopsisHeading(messages.get("cli.usage.synopsis") + " ");
    usage.optionListHeading("%n" + messages.get("cli.usage.options") + "%n");
    usage.commandListHeading("%n" + messages.get("cli.usage.commands") + "%n");
    usage.parameterListHeading("%n" + messages.get("cli.usage.parameters") + "%n");
    usage.description(messages.get(descriptionKey(spec.userObject())));
    commandLine.getSubcommands().values().forEach(sub -> localizeUsage(sub, messages));
  }

  private static String descriptionKey(Object command) {
    return command instanceof DescribedCommand described
        ? described.descriptionKey()
        : CareEvalCommand.DESCRIPTION_KEY;
  }

  private static int usageError(ParameterException e, Messages messages) {
    CommandLine failed = e.getCommandLine();
    PrintWriter err = failed.getErr();
    if (e instanceof UnmatchedArgumentException unmatched) {
      err.println(
          messages.get("cli.error.unknownArgument", String.join(" ", unmatched.getUnmatched())));
    } else {
      err.println(messages.get("cli.error.usage", e.getMessage()));
    }
    err.println(messages.get("cli.error.helpHint", failed.getCommandSpec().qualifiedName()));
    return EXIT_USAGE;
  }

  private static int executionError(Exception e, CommandLine failed, Messages messages) {
    PrintWriter err = failed.getErr();
    Failures.logged(e);
    err.println(
        e instanceof CareEvalException problem
            ? messages.describe(problem)
            : messages.get("error.unexpected", e.toString()));
    return EXIT_REJECTED;
  }
}
