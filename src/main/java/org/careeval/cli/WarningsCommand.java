package org.careeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.careeval.service.i18n.Messages;
import org.careeval.service.records.WarningService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code careeval warnings list|scan}: the county's warnings, and a scan that raises new ones. */
@Command(name = "warnings")
final class WarningsCommand extends CommandGroup implements DescribedCommand {

  static final String DESCRIPTION_KEY = "cli.warnings.description";

  @Override
  public String descriptionKey() {
    return DESCRIPTION_KEY;
  }

  static void addTo(CommandLine root, CliEnvironment environment, Messages messages) {
    CommandLine warnings = new CommandLine(new WarningsCommand());
    warnings.addSubcommand(new ListWarnings(environment, messages));
    warnings.addSubcommand(new Scan(environment, messages));
    root.addSubcommand(warnings);
  }

  /**
   * One line per warning not closed (all with {@code --all}), newest first: id, level
   * (red|orange|yellow|blue), rule, contract number, organization, raised on, age in days, state
   * (open|feedback|reviewed|closed), detail.
   */
  @Command(name = "list")
  static final class ListWarnings extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.warnings.list.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private WarningsCommand warnings;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "tsv",
        descriptionKey = "cli.option.format")
    private OutputFormat format;

    @Option(names = "--all", descriptionKey = "cli.option.allWarnings")
    private boolean all;

    ListWarnings(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() throws IOException {
      List<WarningService.Listed> listed =
          asUser(
              warnings.parent.dataDirectory(),
              (services, session) -> services.warnings().list(session, !all));
      PrintWriter out = spec.commandLine().getOut();
      if (format == OutputFormat.JSON) {
        Json.object(
            out,
            json -> {
              json.writeArrayFieldStart("warnings");
              for (WarningService.Listed l : listed) {
                json.writeStartObject();
                json.writeNumberField("id", l.warning().id());
                json.writeStringField("level", l.warning().level().code());
                json.writeStringField("rule", l.warning().rule().code());
                json.writeStringField("contractNumber", l.contractNumber());
                json.writeStringField("organization", l.organization());
                json.writeStringField("raisedOn", l.warning().raisedOn().toString());
                json.writeNumberField("ageDays", l.age());
                json.writeStringField("state", l.warning().state().code());
                json.writeStringField("detail", l.warning().detail());
                json.writeEndObject();
              }
              json.writeEndArray();
            });
      } else {
        for (WarningService.Listed l : listed) {
          Tsv.row(
              out,
              Long.toString(l.warning().id()),
              l.warning().level().code(),
              l.warning().rule().code(),
              l.contractNumber(),
              l.organization(),
              l.warning().raisedOn().toString(),
              Long.toString(l.age()),
              l.warning().state().code(),
              l.warning().detail());
        }
      }
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  /** Runs every rule; prints how many warnings were raised. */
  @Command(name = "scan")
  static final class Scan extends UserCommand implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.warnings.scan.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private WarningsCommand warnings;

    Scan(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      int raised =
          asUser(
              warnings.parent.dataDirectory(),
              (services, session) -> services.warnings().scan(session));
      PrintWriter out = spec.commandLine().getOut();
      out.println(messages.get("warnings.scanned", raised));
      out.flush();
      return Cli.EXIT_OK;
    }
  }
}
