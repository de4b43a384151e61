package org.careeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.records.Balance;
import org.careeval.service.i18n.Messages;
import org.careeval.service.records.ServiceRecordService;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code careeval records template|import} (a contract's service records through its template) and
 * {@code careeval balance} (who was reached with what, per contract, organization or county).
 */
@Command(name = "records")
final class RecordsCommand extends CommandGroup implements DescribedCommand {

  static final String DESCRIPTION_KEY = "cli.records.description";

  @Override
  public String descriptionKey() {
    return DESCRIPTION_KEY;
  }

  static void addTo(CommandLine root, CliEnvironment environment, Messages messages) {
    CommandLine records = new CommandLine(new RecordsCommand());
    records.addSubcommand(new Template(environment, messages));
    records.addSubcommand(new Import(environment, messages));
    records.addSubcommand(new Export(environment, messages));
    root.addSubcommand(records);
    root.addSubcommand(new BalanceCommand(environment, messages));
  }

  /** Writes the contract's template: its quarters, villages and the catalogue in drop-downs. */
  @Command(name = "template")
  static final class Template extends UserCommand implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.records.template.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private RecordsCommand records;

    @Option(
        names = "--contract",
        required = true,
        paramLabel = "ID",
        descriptionKey = "cli.parameter.contractId")
    private long contract;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.file")
    private Path file;

    @Option(names = "--overwrite", descriptionKey = "cli.option.overwrite")
    private boolean overwrite;

    Template(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      ExportFiles.refuseExisting(file, overwrite);
      asUser(
          records.parent.dataDirectory(),
          (services, session) -> {
            services.records().writeTemplate(session, contract, file.toAbsolutePath());
            return null;
          });
      PrintWriter out = spec.commandLine().getOut();
      out.println(messages.get("records.template.done", file.toAbsolutePath()));
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  /**
   * {@code careeval records export --period 2026Q3 FILE.xlsx --user NAME}: the county's records of
   * a quarter, one sheet streamed from the database; prints the file and the row count.
   */
  @Command(name = "export")
  static final class Export extends UserCommand implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.records.export.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private RecordsCommand records;

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

    Export(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      org.careeval.domain.delivery.Period p =
          org.careeval.domain.delivery.Period.parse(period)
              .orElseThrow(
                  () ->
                      new org.careeval.domain.CareEvalException(
                          "error.reportSheet.period", period));
      ExportFiles.refuseExisting(file, overwrite);
      long rows =
          asUser(
              records.parent.dataDirectory(),
              (services, session) ->
                  services.records().exportRecords(session, p, file.toAbsolutePath()));
      PrintWriter out = spec.commandLine().getOut();
      out.println(messages.get("records.rows.done", file.toAbsolutePath(), rows));
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  /** Reads a filled template: all or nothing; problems as sheet, row, column, reason, exit 1. */
  @Command(name = "import")
  static final class Import extends UserCommand implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.records.import.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private RecordsCommand records;

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
      ServiceRecordService.ImportResult result =
          asUser(
              records.parent.dataDirectory(),
              (services, session) ->
                  services.records().importRecords(session, contract, file.toAbsolutePath()));
      return ProblemLines.outcome(
          spec.commandLine().getOut(),
          result.problems(),
          messages,
          () -> messages.get("records.import.done", Integer.toString(result.rows())));
    }
  }

  /**
   * {@code careeval balance (--contract ID | --organization ID | --county) --period 2026Q1}: for
   * tsv, lines {@code dimension<TAB>key<TAB>children<TAB>times<TAB>share} for nature (material,
   * service), purpose (protective, caring, developmental), group, age and total, share in percent
   * of the times with two decimals; then {@code villages<TAB>covered<TAB>N}, {@code
   * villages<TAB>reached<TAB>N}, one {@code not-reached<TAB>乡镇/村} per covered village not reached
   * and, for the county, one {@code uncovered<TAB>乡镇/村} per village no contract covers.
   */
  @Command(name = "balance")
  static final class BalanceCommand extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.balance.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private CareEvalCommand parent;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Scope scope;

    static final class Scope {
      @Option(names = "--contract", paramLabel = "ID", descriptionKey = "cli.parameter.contractId")
      Long contract;

      @Option(
          names = "--organization",
          paramLabel = "ID",
          descriptionKey = "cli.option.organizationId")
      Long organization;

      @Option(names = "--county", descriptionKey = "cli.option.county")
      boolean county;
    }

    @Option(
        names = "--period",
        required = true,
        paramLabel = "2026Q1",
        descriptionKey = "cli.option.period")
    private String period;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "tsv",
        descriptionKey = "cli.option.format")
    private OutputFormat format;

    BalanceCommand(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() throws IOException {
      Period p =
          Period.parse(period)
              .orElseThrow(() -> new CareEvalException("error.reportSheet.period", period));
      ServiceRecordService.BalanceView view =
          asUser(
              parent.dataDirectory(),
              (services, session) ->
                  scope.contract != null
                      ? services.records().contractBalance(session, scope.contract, p)
                      : services
                          .records()
                          .countyBalance(session, Optional.ofNullable(scope.organization), p));
      PrintWriter out = spec.commandLine().getOut();
      if (format == OutputFormat.JSON) {
        json(out, p, view);
      } else {
        tsv(out, view);
      }
      out.flush();
      return Cli.EXIT_OK;
    }

    private static void tsv(PrintWriter out, ServiceRecordService.BalanceView view) {
      Balance b = view.balance();
      b.nature().forEach((k, c) -> count(out, "nature", k, c));
      b.purpose()
          .forEach((k, c) -> count(out, "purpose", k.name().toLowerCase(java.util.Locale.ROOT), c));
      b.groups().forEach((k, c) -> count(out, "group", k.code(), c));
      b.ages().forEach((k, c) -> count(out, "age", k.code(), c));
      count(out, "total", "all", b.total());
      Tsv.row(out, "villages", "covered", Integer.toString(b.covered().size()));
      Tsv.row(out, "villages", "reached", Integer.toString(b.reached().size()));
      b.notReached().forEach(id -> Tsv.row(out, "not-reached", view.villages().get(id)));
      view.uncovered().forEach(id -> Tsv.row(out, "uncovered", view.villages().get(id)));
    }

    private static void count(PrintWriter out, String dimension, String key, Balance.Count c) {
      Tsv.row(
          out,
          dimension,
          key,
          Long.toString(c.children()),
          Long.toString(c.times()),
          c.share().toPlainString());
    }

    private static void json(PrintWriter out, Period p, ServiceRecordService.BalanceView view)
        throws IOException {
      Balance b = view.balance();
      Json.object(
          out,
          json -> {
            json.writeStringField("period", p.code());
            counts(json, "nature", b.nature(), k -> k);
            counts(json, "purpose", b.purpose(), k -> k.name().toLowerCase(java.util.Locale.ROOT));
            counts(json, "groups", b.groups(), k -> k.code());
            counts(json, "ages", b.ages(), k -> k.code());
            json.writeFieldName("total");
            count(json, "all", b.total());
            json.writeObjectFieldStart("villages");
            json.writeNumberField("covered", b.covered().size());
            json.writeNumberField("reached", b.reached().size());
            json.writeArrayFieldStart("notReached");
            for (Long id : b.notReached()) {
              json.writeString(view.villages().get(id));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("uncovered");
            for (Long id : view.uncovered()) {
              json.writeString(view.villages().get(id));
            }
            json.writeEndArray();
            json.writeEndObject();
          });
    }

    private static <K> void counts(
        com.fasterxml.jackson.core.JsonGenerator json,
        String field,
        Map<K, Balance.Count> counts,
        java.util.function.Function<K, String> key)
        throws IOException {
      json.writeArrayFieldStart(field);
      for (Map.Entry<K, Balance.Count> e : counts.entrySet()) {
        count(json, key.apply(e.getKey()), e.getValue());
      }
      json.writeEndArray();
    }

    private static void count(
        com.fasterxml.jackson.core.JsonGenerator json, String key, Balance.Count c)
        throws IOException {
      json.writeStartObject();
      json.writeStringField("key", key);
      json.writeNumberField("children", c.children());
      json.writeNumberField("times", c.times());
      json.writeStringField("share", c.share().toPlainString());
      json.writeEndObject();
    }
  }
}
