package org.careeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.careeval.domain.delivery.Period;
import org.careeval.service.i18n.Messages;
import org.careeval.service.performance.QuarterlyReports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code careeval report quarterly|template}: the workbooks supervisors are asked for (issue 16).
 */
@Command(name = "report")
final class ReportCommand extends CommandGroup implements DescribedCommand {

  static final String DESCRIPTION_KEY = "cli.report.description";

  @Override
  public String descriptionKey() {
    return DESCRIPTION_KEY;
  }

  static void addTo(CommandLine root, CliEnvironment environment, Messages messages) {
    CommandLine report = new CommandLine(new ReportCommand());
    report.addSubcommand(new Quarterly(environment, messages));
    report.addSubcommand(new Template(messages));
    report.addSubcommand(new Dossier(environment, messages));
    root.addSubcommand(report);
  }

  /**
   * {@code careeval report quarterly --year Y --quarter Q FILE.xlsx --user NAME}: the quarterly
   * evaluation workbook; prints the file and how many contracts it holds. A quarter outside 1–4 is
   * a usage error (exit 2).
   */
  @Command(name = "quarterly")
  static final class Quarterly extends UserCommand implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.report.quarterly.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private ReportCommand report;

    @Option(names = "--year", required = true, paramLabel = "Y", descriptionKey = "cli.option.year")
    private int year;

    @Option(
        names = "--quarter",
        required = true,
        paramLabel = "Q",
        descriptionKey = "cli.option.quarter")
    private int quarter;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.file")
    private Path file;

    @Option(names = "--overwrite", descriptionKey = "cli.option.overwrite")
    private boolean overwrite;

    Quarterly(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      if (quarter < 1 || quarter > 4 || year < 2000 || year > 2100) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), messages.get("error.report.quarter", year, quarter));
      }
      Period period = Period.parse(year + "Q" + quarter).orElseThrow();
      ExportFiles.refuseExisting(file, overwrite);
      int contracts =
          asUser(
              report.parent.dataDirectory(),
              (services, session) ->
                  services.quarterlyReports().write(session, period, file.toAbsolutePath()));
      PrintWriter out = spec.commandLine().getOut();
      out.println(messages.get("report.quarterly.done", file.toAbsolutePath(), contracts));
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  /**
   * {@code careeval report dossier --organization ID FILE.xlsx --user NAME}: an organization's
   * audit dossier — registration, bids and scores, contracts, delivery, evaluations, rectification.
   */
  @Command(name = "dossier")
  static final class Dossier extends UserCommand implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.report.dossier.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private ReportCommand report;

    @Option(
        names = "--organization",
        required = true,
        paramLabel = "ID",
        descriptionKey = "cli.option.organizationId")
    private long organization;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.file")
    private Path file;

    @Option(names = "--overwrite", descriptionKey = "cli.option.overwrite")
    private boolean overwrite;

    Dossier(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      ExportFiles.refuseExisting(file, overwrite);
      asUser(
          report.parent.dataDirectory(),
          (services, session) -> {
            services.dossiers().write(session, organization, file.toAbsolutePath());
            return null;
          });
      PrintWriter out = spec.commandLine().getOut();
      out.println(messages.get("report.dossier.done", file.toAbsolutePath()));
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  /**
   * {@code careeval report template FILE.xlsx}: the quarterly workbook's default template, to
   * restyle and keep as {@code templates/quarterly-report-template.xlsx} in the data directory; no
   * database needed.
   */
  @Command(name = "template")
  static final class Template implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.report.template.description";

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
    public Integer call() throws IOException {
      ExportFiles.refuseExisting(file, overwrite);
      QuarterlyReports.writeDefaultTemplate(file);
      PrintWriter out = spec.commandLine().getOut();
      out.println(messages.get("report.template.done", file.toAbsolutePath()));
      out.flush();
      return Cli.EXIT_OK;
    }
  }
}
