package org.careeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.Rating;
import org.careeval.domain.user.Session;
import org.careeval.service.CareEvalServices;
import org.careeval.service.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code careeval org list}: the organization register for scripts. */
@Command(name = "org")
final class OrgCommand extends CommandGroup {

  static final String DESCRIPTION_KEY = "cli.org.description";

  /**
   * TSV columns: id, name, code, code kind (USCC/LEGACY), check status (PASSED/PENDING/OVERRIDDEN),
   * category code, rating (5A…1A), rating expiry date, active.
   */
  @Command(name = "list")
  static final class ListOrganizations implements Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.org.list.description";

    @ParentCommand private OrgCommand org;
    @Spec private CommandSpec spec;
    @Mixin private HelpOption help;
    @Mixin private UserOption user;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "tsv",
        descriptionKey = "cli.option.format")
    private OutputFormat format;

    private final CliEnvironment environment;
    private final Messages messages;

    ListOrganizations(CliEnvironment environment, Messages messages) {
      this.environment = environment;
      this.messages = messages;
    }

    @Override
    public Integer call() throws IOException {
      List<Organization> organizations;
      try (CareEvalServices services =
          Passwords.open(environment, messages, org.parent.dataDirectory())) {
        Session session = user.signIn(services, environment, messages);
        organizations = services.organizations().list(session, "");
      }
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
  static final class ExportOrganizations implements Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.org.export.description";

    @ParentCommand private OrgCommand org;
    @Spec private CommandSpec spec;
    @Mixin private HelpOption help;
    @Mixin private UserOption user;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.file")
    private Path file;

    private final CliEnvironment environment;
    private final Messages messages;

    ExportOrganizations(CliEnvironment environment, Messages messages) {
      this.environment = environment;
      this.messages = messages;
    }

    @Override
    public Integer call() {
      int written;
      try (CareEvalServices services =
          Passwords.open(environment, messages, org.parent.dataDirectory())) {
        Session session = user.signIn(services, environment, messages);
        written = services.organizations().export(session, file.toAbsolutePath(), messages);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(messages.get("organization.export.done", written, file.toAbsolutePath()));
      out.flush();
      return Cli.EXIT_OK;
    }
  }
}
