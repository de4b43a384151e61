package org.careeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.Rating;
import org.careeval.service.i18n.Messages;
import org.careeval.service.organization.ImportReport;
import org.careeval.service.organization.ImportReports;
import org.careeval.service.organization.RosterTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code careeval org list}: the organization register for scripts. */
@Command(name = "org")
final class OrgCommand extends CommandGroup implements DescribedCommand {

  static final String DESCRIPTION_KEY = "cli.org.description";

  @Override
  public String descriptionKey() {
    return DESCRIPTION_KEY;
  }

  /** Adds this group and its commands (see {@link CommandModule}). */
  static void addTo(CommandLine root, CliEnvironment environment, Messages messages) {
    CommandLine org = new CommandLine(new OrgCommand());
    org.addSubcommand(new OrgCommand.ListOrganizations(environment, messages));
    org.addSubcommand(new OrgCommand.ExportOrganizations(environment, messages));
    org.addSubcommand(new OrgCommand.ImportOrganizations(environment, messages));
    org.addSubcommand(new OrgCommand.Template(messages));
    root.addSubcommand(org);
  }

  /**
   * TSV columns: id, name, code, code kind (USCC/LEGACY), check status (PASSED/PENDING/OVERRIDDEN),
   * category code, rating (5A…1A), rating expiry date, active.
   */
  @Command(name = "list")
  static final class ListOrganizations extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.org.list.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private OrgCommand org;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "tsv",
        descriptionKey = "cli.option.format")
    private OutputFormat format;

    ListOrganizations(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() throws IOException {
      List<Organization> organizations =
          asUser(
              org.parent.dataDirectory(),
              (services, session) -> services.organizations().list(session, ""));
      PrintWriter out = spec.commandLine().getOut();
      if (format == OutputFormat.JSON) {
        printJson(organizations, out);
      } else {
        organizations.forEach(o -> Tsv.row(out, columns(o)));
      }
      out.flush();
      return Cli.EXIT_OK;
    }

    private static String[] columns(Organization o) {
      return new String[] {
        Long.toString(o.id()),
        o.name(),
        o.code().value(),
        o.code().kind().name(),
        o.code().status().name(),
        o.code().category().map(c -> c.code()).orElse(""),
        o.rating().map(r -> r.level().label()).orElse(""),
        o.rating().map(Rating::expiresOn).map(Object::toString).orElse(""),
        Boolean.toString(o.active())
      };
    }

    private static void printJson(List<Organization> organizations, PrintWriter out)
        throws IOException {
      Json.object(
          out,
          json -> {
            json.writeArrayFieldStart("organizations");
            for (Organization o : organizations) {
              String[] c = columns(o);
              json.writeStartObject();
              json.writeNumberField("id", o.id());
              json.writeStringField("name", c[1]);
              json.writeStringField("code", c[2]);
              json.writeStringField("codeKind", c[3]);
              json.writeStringField("checkStatus", c[4]);
              json.writeStringField("category", c[5]);
              json.writeStringField("rating", c[6]);
              json.writeStringField("ratingExpiresOn", c[7]);
              json.writeBooleanField("active", o.active());
              json.writeEndObject();
            }
            json.writeEndArray();
          });
    }
  }

  /** {@code careeval org export FILE.xlsx --user NAME}: the register as a workbook. */
  @Command(name = "export")
  static final class ExportOrganizations extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.org.export.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private OrgCommand org;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.file")
    private Path file;

    @Option(names = "--overwrite", descriptionKey = "cli.option.overwrite")
    private boolean overwrite;

    ExportOrganizations(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      ExportFiles.refuseExisting(file, overwrite);
      int written =
          asUser(
              org.parent.dataDirectory(),
              (services, session) ->
                  services.organizations().export(session, file.toAbsolutePath(), messages));
      PrintWriter out = spec.commandLine().getOut();
      out.println(messages.get("organization.export.done", written, file.toAbsolutePath()));
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  /**
   * {@code careeval org import FILE.xlsx --user NAME}: imports a register. Exit 0 with a summary
   * when imported; exit 1 with one tab-separated line per problem (sheet, row, column, reason) on
   * standard output and the summary on standard error when the file was refused.
   */
  @Command(name = "import")
  static final class ImportOrganizations extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.org.import.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private OrgCommand org;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.file")
    private Path file;

    ImportOrganizations(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      ImportReport report =
          asUser(
              org.parent.dataDirectory(),
              (services, session) ->
                  services.organizations().importRoster(session, file.toAbsolutePath()));
      PrintWriter out = spec.commandLine().getOut();
      if (report.accepted()) {
        LocalizedText summary = ImportReports.summary(report);
        out.println(messages.get(summary.key(), summary.arguments().toArray()));
        out.flush();
        return Cli.EXIT_OK;
      }
      ProblemLines.print(out, report.problems(), messages);
      PrintWriter err = spec.commandLine().getErr();
      err.println(messages.get("organization.import.rejected", report.problemCount()));
      err.flush();
      return Cli.EXIT_REJECTED;
    }
  }

  /** {@code careeval org template FILE.xlsx}: saves the import template; no database needed. */
  @Command(name = "template")
  static final class Template implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.org.template.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @Spec private CommandSpec spec;
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
      RosterTemplate.write(file.toAbsolutePath(), messages);
      PrintWriter out = spec.commandLine().getOut();
      out.println(messages.get("organization.template.done", file.toAbsolutePath()));
      out.flush();
      return Cli.EXIT_OK;
    }
  }
}
