package org.careeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.audit.AuditChain;
import org.careeval.service.audit.AuditService.VerificationReport;
import org.careeval.service.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code careeval audit verify --user NAME}: checks the audit trail's hash chain. */
@Command(name = "audit")
final class AuditCommand extends CommandGroup implements DescribedCommand {

  static final String DESCRIPTION_KEY = "cli.audit.description";

  @Override
  public String descriptionKey() {
    return DESCRIPTION_KEY;
  }

  /** Adds this group and its commands (see {@link CommandModule}). */
  static void addTo(CommandLine root, CliEnvironment environment, Messages messages) {
    CommandLine audit = new CommandLine(new AuditCommand());
    audit.addSubcommand(new AuditCommand.Verify(environment, messages));
    root.addSubcommand(audit);
  }

  /**
   * Exit 0 when intact, 1 when broken. TSV: {@code intact<TAB>checked<TAB>head} or {@code
   * broken<TAB>eventId<TAB>reason}.
   */
  @Command(name = "verify")
  static final class Verify extends UserCommand implements DescribedCommand, Callable<Integer> {

    static final String DESCRIPTION_KEY = "cli.audit.verify.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private AuditCommand audit;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "text",
        descriptionKey = "cli.option.format")
    private OutputFormat format;

    Verify(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() throws IOException {
      VerificationReport report =
          asUser(
              audit.parent.dataDirectory(),
              (services, session) -> services.audit().verify(session));
      PrintWriter out = spec.commandLine().getOut();
      AuditChain.Verification result = report.verification();
      switch (format) {
        case TSV -> printTsv(report, out);
        case JSON -> printJson(report, out);
        case TEXT ->
            out.println(
                result.intact()
                    ? messages.get("audit.verify.intact", result.checked(), report.head())
                    : messages.get(
                        "audit.verify.broken",
                        result.brokenEventId().orElseThrow(),
                        new LocalizedText(result.reason().orElseThrow().labelKey())));
      }
      out.flush();
      return result.intact() ? Cli.EXIT_OK : Cli.EXIT_REJECTED;
    }

    private static void printTsv(VerificationReport report, PrintWriter out) {
      AuditChain.Verification result = report.verification();
      if (result.intact()) {
        Tsv.row(out, "intact", Integer.toString(result.checked()), report.head());
      } else {
        Tsv.row(
            out,
            "broken",
            Long.toString(result.brokenEventId().orElseThrow()),
            result.reason().orElseThrow().name());
      }
    }

    private static void printJson(VerificationReport report, PrintWriter out) throws IOException {
      AuditChain.Verification result = report.verification();
      Json.object(
          out,
          json -> {
            json.writeBooleanField("intact", result.intact());
            json.writeNumberField("checked", result.checked());
            json.writeStringField("head", report.head());
            if (!result.intact()) {
              json.writeNumberField("brokenEventId", result.brokenEventId().orElseThrow());
              json.writeStringField("reason", result.reason().orElseThrow().name());
            }
          });
    }
  }
}
