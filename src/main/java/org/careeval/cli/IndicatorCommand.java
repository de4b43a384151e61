package org.careeval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.careeval.service.contract.IndicatorTemplates;
import org.careeval.service.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code careeval indicator template|import}: the county's indicator template as a workbook — the
 * app's default (templates/indicator-template.xlsx, no database) and a supervisor's edited one read
 * back, all or nothing (issue 14).
 */
@Command(name = "indicator")
final class IndicatorCommand extends CommandGroup implements DescribedCommand {

  static final String DESCRIPTION_KEY = "cli.indicator.description";

  @Override
  public String descriptionKey() {
    return DESCRIPTION_KEY;
  }

  static void addTo(CommandLine root, CliEnvironment environment, Messages messages) {
    CommandLine indicator = new CommandLine(new IndicatorCommand());
    indicator.addSubcommand(new Template(messages));
    indicator.addSubcommand(new Import(environment, messages));
    root.addSubcommand(indicator);
  }

  /** The app's default template; no database needed. */
  @Command(name = "template")
  static final class Template implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.indicator.template.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @picocli.CommandLine.Spec private picocli.CommandLine.Model.CommandSpec spec;
    private final Messages messages;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.file")
    private Path file;

    @Option(names = "--overwrite", descriptionKey = "cli.option.overwrite")
    private boolean overwrite;

    Template(Messages messages) {
      this.messages = messages;
    }

    @Override
    public Integer call() {
      ExportFiles.refuseExisting(file, overwrite);
      IndicatorTemplates.write(IndicatorTemplates.defaults(), file.toAbsolutePath());
      PrintWriter out = spec.commandLine().getOut();
      out.println(messages.get("indicator.template.done", file.toAbsolutePath()));
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  /** Replaces the county's template (a supervisor's); problems as sheet, row, column, reason. */
  @Command(name = "import")
  static final class Import extends UserCommand implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.indicator.import.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private IndicatorCommand indicator;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.file")
    private Path file;

    Import(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      IndicatorTemplates.Read read =
          asUser(
              indicator.parent.dataDirectory(),
              (services, session) ->
                  services.delivery().importTemplate(session, file.toAbsolutePath()));
      return ProblemLines.outcome(
          spec.commandLine().getOut(),
          read.problems(),
          messages,
          () -> messages.get("indicator.import.done", Integer.toString(read.indicators().size())));
    }
  }
}
