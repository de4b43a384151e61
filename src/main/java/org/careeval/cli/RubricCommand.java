package org.careeval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.procurement.ProcurementMethod;
import org.careeval.domain.rubric.RubricVersion;
import org.careeval.service.i18n.Messages;
import org.careeval.service.imports.ImportProblem;
import org.careeval.service.project.RubricService;
import org.careeval.service.rubric.RubricTemplates;
import org.careeval.service.rubric.RubricWorkbook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code careeval rubric check|import|export}: rubric workbooks (issue 11, an exact contract). */
@Command(name = "rubric")
final class RubricCommand extends CommandGroup implements DescribedCommand {

  static final String DESCRIPTION_KEY = "cli.rubric.description";

  @Override
  public String descriptionKey() {
    return DESCRIPTION_KEY;
  }

  static void addTo(CommandLine root, CliEnvironment environment, Messages messages) {
    CommandLine rubric = new CommandLine(new RubricCommand());
    rubric.addSubcommand(new Check(messages));
    rubric.addSubcommand(new Template(messages));
    rubric.addSubcommand(new ImportRubric(environment, messages));
    rubric.addSubcommand(new ExportRubric(environment, messages));
    root.addSubcommand(rubric);
  }

  /**
   * {@code careeval rubric check FILE.xlsx}: no database, no sign-in. One line per problem on
   * standard output ({@code sheet<TAB>row<TAB>column<TAB>reason}) and exit 1; nothing on standard
   * output and exit 0 for a valid rubric. Warnings go to standard error in the same form and do not
   * change the exit code. A file that cannot be read at all is one problem at row 0.
   */
  @Command(name = "check")
  static final class Check implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.rubric.check.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @Spec private CommandSpec spec;
    private final Messages messages;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.rubricFile")
    private Path file;

    Check(Messages messages) {
      this.messages = messages;
    }

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      RubricWorkbook.Read read;
      try {
        read = RubricWorkbook.read(file.toAbsolutePath(), Optional.empty());
      } catch (CareEvalException e) {
        LocalizedText reason = new LocalizedText(e.messageKey(), e.arguments());
        ProblemLines.print(out, List.of(new ImportProblem("", 0, "", reason)), messages);
        return Cli.EXIT_REJECTED;
      }
      ProblemLines.print(spec.commandLine().getErr(), read.warnings(), messages);
      ProblemLines.print(out, read.problems(), messages);
      return read.valid() ? Cli.EXIT_OK : Cli.EXIT_REJECTED;
    }
  }

  /**
   * {@code careeval rubric template [--method 竞争性磋商] FILE.xlsx}: saves a shipped rubric template
   * (the open-tender one unless the method says otherwise); no database needed.
   */
  @Command(name = "template")
  static final class Template implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.rubric.template.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @Spec private CommandSpec spec;
    private final Messages messages;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.file")
    private Path file;

    @Option(names = "--method", descriptionKey = "cli.option.method")
    private String method = ProcurementMethod.OPEN_TENDER.label();

    @Option(names = "--overwrite", descriptionKey = "cli.option.overwrite")
    private boolean overwrite;

    Template(Messages messages) {
      this.messages = messages;
    }

    /** The shipped template for a method named as in the workbook (公开招标, 竞争性磋商 …). */
    static RubricTemplates templateFor(String method) {
      ProcurementMethod chosen =
          ProcurementMethod.ofLabel(method)
              .orElseThrow(() -> new CareEvalException("error.rubric.method", method));
      return RubricTemplates.forMethod(chosen)
          .orElseThrow(() -> new CareEvalException("error.rubric.notScoredMethod", method));
    }

    @Override
    public Integer call() {
      RubricTemplates template = templateFor(method);
      ExportFiles.refuseExisting(file, overwrite);
      RubricWorkbook.write(template.rubric(), file.toAbsolutePath());
      PrintWriter out = spec.commandLine().getOut();
      out.println(messages.get("rubric.template.done", file.toAbsolutePath()));
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  /**
   * {@code careeval rubric import FILE.xlsx --project ID --user NAME [--reason TEXT]}: sets the
   * project's rubric from the workbook, all or nothing. Problems as {@code
   * sheet<TAB>row<TAB>column<TAB>reason} on standard output, exit 1; warnings on standard error. A
   * locked rubric changes only for a supervisor giving {@code --reason}.
   */
  @Command(name = "import")
  static final class ImportRubric extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.rubric.import.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @picocli.CommandLine.ParentCommand private RubricCommand rubric;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.rubricFile")
    private Path file;

    @Option(
        names = "--project",
        required = true,
        paramLabel = "ID",
        descriptionKey = "cli.parameter.projectId")
    private long project;

    @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "cli.option.rubricReason")
    private String reason = "";

    ImportRubric(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      RubricService.ImportResult result =
          asUser(
              rubric.parent.dataDirectory(),
              (services, session) ->
                  services
                      .rubrics()
                      .importWorkbook(session, project, file.toAbsolutePath(), reason));
      PrintWriter out = spec.commandLine().getOut();
      ProblemLines.print(spec.commandLine().getErr(), result.warnings(), messages);
      if (!result.accepted()) {
        ProblemLines.print(out, result.problems(), messages);
        return Cli.EXIT_REJECTED;
      }
      RubricVersion stored = result.stored().orElseThrow();
      out.println(messages.get("rubric.import.done", Long.toString(project), stored.version()));
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  /** {@code careeval rubric export --project ID FILE.xlsx --user NAME}: the current rubric. */
  @Command(name = "export")
  static final class ExportRubric extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.rubric.export.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @picocli.CommandLine.ParentCommand private RubricCommand rubric;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.file")
    private Path file;

    @Option(
        names = "--project",
        required = true,
        paramLabel = "ID",
        descriptionKey = "cli.parameter.projectId")
    private long project;

    @Option(names = "--overwrite", descriptionKey = "cli.option.overwrite")
    private boolean overwrite;

    ExportRubric(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      ExportFiles.refuseExisting(file, overwrite);
      asUser(
          rubric.parent.dataDirectory(),
          (services, session) -> {
            services.rubrics().exportWorkbook(session, project, file.toAbsolutePath());
            return null;
          });
      PrintWriter out = spec.commandLine().getOut();
      out.println(messages.get("rubric.export.done", file.toAbsolutePath()));
      out.flush();
      return Cli.EXIT_OK;
    }
  }
}
