package org.careeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.Rating;
import org.careeval.service.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code careeval org list}: the organization register for scripts. */
@Command(name = "org")
final class OrgCommand extends CommandGroup {

  static final String DESCRIPTION_KEY = "cli.org.description";

  /**
   * TSV columns: id, name, code, code kind (USCC/LEGACY), check status (PASSED/PENDING/OVERRIDDEN),
   * category code, rating (5A…1A), rating expiry date, active.
   */
  @Command(name = "list")
  static final class ListOrganizations extends UserCommand implements Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.org.list.description";

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
  static final class ExportOrganizations extends UserCommand implements Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.org.export.description";

    @ParentCommand private OrgCommand org;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.file")
    private Path file;

    ExportOrganizations(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
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
}
