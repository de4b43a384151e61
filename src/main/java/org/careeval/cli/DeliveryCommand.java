package org.careeval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.delivery.Period;
import org.careeval.service.contract.DeliveryOverview;
import org.careeval.service.contract.DeliveryService;
import org.careeval.service.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code careeval delivery status|sheet|import}: where each contract's quarterly reports stand, the
 * report sheet of a period, and a filled sheet read back (issue 14).
 */
@Command(name = "delivery")
final class DeliveryCommand extends CommandGroup implements DescribedCommand {

  static final String DESCRIPTION_KEY = "cli.delivery.description";

  @Override
  public String descriptionKey() {
    return DESCRIPTION_KEY;
  }

  static void addTo(CommandLine root, CliEnvironment environment, Messages messages) {
    CommandLine delivery = new CommandLine(new DeliveryCommand());
    delivery.addSubcommand(new Status(environment, messages));
    delivery.addSubcommand(new Sheet(environment, messages));
    delivery.addSubcommand(new Import(environment, messages));
    root.addSubcommand(delivery);
  }

  /**
   * One line per signed contract × period that has ended or has a report: contract number,
   * organization, period (2026Q1), state (due|late|submitted|returned|accepted), days late.
   */
  @Command(name = "status")
  static final class Status extends UserCommand implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.delivery.status.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private DeliveryCommand delivery;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "tsv",
        descriptionKey = "cli.option.format")
    private OutputFormat format;

    @Option(names = "--officer", paramLabel = "NAME", descriptionKey = "cli.option.officer")
    private String officer;

    Status(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() throws java.io.IOException {
      DeliveryOverview.Overview overview =
          asUser(
              delivery.parent.dataDirectory(),
              (services, session) ->
                  services.deliveryOverview().of(session, Optional.ofNullable(officer)));
      PrintWriter out = spec.commandLine().getOut();
      if (format == OutputFormat.JSON) {
        Json.object(
            out,
            json -> {
              json.writeArrayFieldStart("periods");
              for (DeliveryOverview.Line l : overview.lines()) {
                json.writeStartObject();
                json.writeStringField("contractNumber", l.contractNumber());
                json.writeStringField("organization", l.organization());
                json.writeStringField("period", l.period().code());
                json.writeStringField("state", l.status().state().code());
                json.writeNumberField("daysLate", l.status().daysLate());
                json.writeEndObject();
              }
              json.writeEndArray();
            });
      } else {
        for (DeliveryOverview.Line l : overview.lines()) {
          Tsv.row(
              out,
              l.contractNumber(),
              l.organization(),
              l.period().code(),
              l.status().state().code(),
              Long.toString(l.status().daysLate()));
        }
      }
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  /** Writes the report sheet of one period for the organization to fill in. */
  @Command(name = "sheet")
  static final class Sheet extends UserCommand implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.delivery.sheet.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private DeliveryCommand delivery;

    @Option(
        names = "--contract",
        required = true,
        paramLabel = "ID",
        descriptionKey = "cli.parameter.contractId")
    private long contract;

    @Option(
        names = "--period",
        required = true,
        paramLabel = "2026Q1",
        descriptionKey = "cli.option.period")
    private String period;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.file")
    private Path file;

    @Option(names = "--overwrite", descriptionKey = "cli.option.overwrite")
    private boolean overwrite;

    Sheet(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      Period p =
          Period.parse(period)
              .orElseThrow(() -> new CareEvalException("error.reportSheet.period", period));
      ExportFiles.refuseExisting(file, overwrite);
      asUser(
          delivery.parent.dataDirectory(),
          (services, session) -> {
            services.delivery().writeSheet(session, contract, p, file.toAbsolutePath());
            return null;
          });
      PrintWriter out = spec.commandLine().getOut();
      out.println(messages.get("delivery.sheet.done", file.toAbsolutePath()));
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  /** Reads a filled report sheet: all or nothing; problems as sheet, row, column, reason. */
  @Command(name = "import")
  static final class Import extends UserCommand implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.delivery.import.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private DeliveryCommand delivery;

    @Option(
        names = "--contract",
        required = true,
        paramLabel = "ID",
        descriptionKey = "cli.parameter.contractId")
    private long contract;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.file")
    private Path file;

    Import(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      DeliveryService.ReportImport result =
          asUser(
              delivery.parent.dataDirectory(),
              (services, session) ->
                  services.delivery().importSheet(session, contract, file.toAbsolutePath()));
      return ProblemLines.outcome(
          spec.commandLine().getOut(),
          result.problems(),
          messages,
          () -> {
            var report = result.report().orElseThrow();
            return messages.get(
                "delivery.import.done",
                report.period().code(),
                Integer.toString(report.values().size()));
          });
    }
  }
}
