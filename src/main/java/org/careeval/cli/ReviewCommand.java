package org.careeval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.careeval.service.evaluation.EvaluationService;
import org.careeval.service.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code careeval review import}: whole evaluations from the evaluation workbook (issue 12). */
@Command(name = "review")
final class ReviewCommand extends CommandGroup implements DescribedCommand {

  static final String DESCRIPTION_KEY = "cli.review.description";

  @Override
  public String descriptionKey() {
    return DESCRIPTION_KEY;
  }

  static void addTo(CommandLine root, CliEnvironment environment, Messages messages) {
    CommandLine review = new CommandLine(new ReviewCommand());
    review.addSubcommand(new ImportReview(environment, messages));
    review.addSubcommand(new ExportReview(environment, messages));
    review.addSubcommand(new ReviewTemplate(messages));
    root.addSubcommand(review);
  }

  /**
   * {@code careeval review import FILE.xlsx --user NAME}: creates the project (评审中, rubric locked)
   * with its bids, reviews, panel and scores, all or nothing. Success: the new project's id alone
   * on standard output, exit 0. Refused: one line per problem, {@code
   * sheet<TAB>row<TAB>column<TAB>reason}, exit 1.
   */
  @Command(name = "import")
  static final class ImportReview extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.review.import.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private ReviewCommand review;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.file")
    private Path file;

    ImportReview(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      EvaluationService.ImportResult result =
          asUser(
              review.parent.dataDirectory(),
              (services, session) ->
                  services.evaluations().importWorkbook(session, file.toAbsolutePath()));
      PrintWriter out = spec.commandLine().getOut();
      if (!result.accepted()) {
        ProblemLines.print(out, result.problems(), messages);
        return Cli.EXIT_REJECTED;
      }
      out.println(result.projectId().orElseThrow());
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  /** {@code careeval review export --project ID FILE.xlsx --user NAME}: the same format back. */
  @Command(name = "export")
  static final class ExportReview extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.review.export.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private ReviewCommand review;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.file")
    private Path file;

    @picocli.CommandLine.Option(
        names = "--project",
        required = true,
        paramLabel = "ID",
        descriptionKey = "cli.parameter.projectId")
    private long project;

    @picocli.CommandLine.Option(names = "--overwrite", descriptionKey = "cli.option.overwrite")
    private boolean overwrite;

    ExportReview(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      ExportFiles.refuseExisting(file, overwrite);
      asUser(
          review.parent.dataDirectory(),
          (services, session) -> {
            services.evaluations().exportWorkbook(session, project, file.toAbsolutePath());
            return null;
          });
      PrintWriter out = spec.commandLine().getOut();
      out.println(messages.get("evaluation.export.done", file.toAbsolutePath()));
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  /**
   * {@code careeval review template [--method 竞争性磋商] FILE.xlsx}: an empty evaluation workbook on a
   * shipped rubric template, for panels that work on Excel; no database needed.
   */
  @Command(name = "template")
  static final class ReviewTemplate implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.review.template.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @picocli.CommandLine.Spec private picocli.CommandLine.Model.CommandSpec spec;
    private final Messages messages;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.file")
    private Path file;

    @picocli.CommandLine.Option(names = "--method", descriptionKey = "cli.option.method")
    private String method = org.careeval.domain.procurement.ProcurementMethod.OPEN_TENDER.label();

    @picocli.CommandLine.Option(names = "--overwrite", descriptionKey = "cli.option.overwrite")
    private boolean overwrite;

    ReviewTemplate(Messages messages) {
      this.messages = messages;
    }

    @Override
    public Integer call() {
      org.careeval.service.rubric.RubricTemplates template =
          RubricCommand.Template.templateFor(method);
      ExportFiles.refuseExisting(file, overwrite);
      org.careeval.service.evaluation.EvaluationWorkbook.writeTemplate(
          template.rubric(), file.toAbsolutePath());
      PrintWriter out = spec.commandLine().getOut();
      out.println(messages.get("evaluation.template.done", file.toAbsolutePath()));
      out.flush();
      return Cli.EXIT_OK;
    }
  }
}
