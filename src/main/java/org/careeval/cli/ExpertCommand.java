package org.careeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.careeval.domain.expert.Expert;
import org.careeval.service.expert.ExpertService;
import org.careeval.service.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code careeval expert list|import|template}: the expert pool (issue 13). */
@Command(name = "expert")
final class ExpertCommand extends CommandGroup implements DescribedCommand {

  static final String DESCRIPTION_KEY = "cli.expert.description";

  @Override
  public String descriptionKey() {
    return DESCRIPTION_KEY;
  }

  static void addTo(CommandLine root, CliEnvironment environment, Messages messages) {
    CommandLine expert = new CommandLine(new ExpertCommand());
    expert.addSubcommand(new ListExperts(environment, messages));
    expert.addSubcommand(new ImportExperts(environment, messages));
    expert.addSubcommand(new ExpertTemplate(messages));
    root.addSubcommand(expert);
  }

  private record Listed(List<Expert> experts, LocalDate today) {}

  /**
   * TSV columns: id, name, specialty, title, region, employer, available (是/否), blacklisted today
   * (是/否), account (or empty).
   */
  @Command(name = "list")
  static final class ListExperts extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.expert.list.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private ExpertCommand expert;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "tsv",
        descriptionKey = "cli.option.format")
    private OutputFormat format;

    ListExperts(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() throws IOException {
      Listed listed =
          asUser(
              expert.parent.dataDirectory(),
              (services, session) ->
                  new Listed(services.experts().list(session), services.clock().today()));
      PrintWriter out = spec.commandLine().getOut();
      if (format == OutputFormat.JSON) {
        Json.object(
            out,
            json -> {
              json.writeArrayFieldStart("experts");
              for (Expert e : listed.experts()) {
                json.writeStartObject();
                json.writeNumberField("id", e.id());
                json.writeStringField("name", e.name());
                json.writeStringField("specialty", e.draft().specialty());
                json.writeStringField("title", e.draft().title());
                json.writeStringField("region", e.draft().region());
                json.writeStringField("employer", e.draft().employer());
                json.writeBooleanField("available", e.draft().available());
                json.writeBooleanField("blacklisted", e.blacklistedOn(listed.today()));
                json.writeStringField("account", e.draft().username().orElse(""));
                json.writeEndObject();
              }
              json.writeEndArray();
            });
      } else {
        for (Expert e : listed.experts()) {
          Tsv.row(
              out,
              Long.toString(e.id()),
              e.name(),
              e.draft().specialty(),
              e.draft().title(),
              e.draft().region(),
              e.draft().employer(),
              e.draft().available() ? "是" : "否",
              e.blacklistedOn(listed.today()) ? "是" : "否",
              e.draft().username().orElse(""));
        }
      }
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  /** All or nothing; problems as {@code sheet<TAB>row<TAB>column<TAB>reason}, exit 1. */
  @Command(name = "import")
  static final class ImportExperts extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.expert.import.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private ExpertCommand expert;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.file")
    private Path file;

    ImportExperts(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      ExpertService.ImportResult result =
          asUser(
              expert.parent.dataDirectory(),
              (services, session) ->
                  services.experts().importWorkbook(session, file.toAbsolutePath()));
      PrintWriter out = spec.commandLine().getOut();
      if (!result.accepted()) {
        ProblemLines.print(out, result.problems(), messages);
        return Cli.EXIT_REJECTED;
      }
      out.println(
          messages.get(
              "expert.import.done",
              Integer.toString(result.experts()),
              Integer.toString(result.ties())));
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  /** The experts workbook template; no database needed. */
  @Command(name = "template")
  static final class ExpertTemplate implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.expert.template.description";

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

    ExpertTemplate(Messages messages) {
      this.messages = messages;
    }

    @Override
    public Integer call() {
      ExportFiles.refuseExisting(file, overwrite);
      ExpertService.writeTemplate(file.toAbsolutePath());
      PrintWriter out = spec.commandLine().getOut();
      out.println(messages.get("expert.template.done", file.toAbsolutePath()));
      out.flush();
      return Cli.EXIT_OK;
    }
  }
}
