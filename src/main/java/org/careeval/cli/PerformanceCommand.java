package org.careeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.performance.Evaluation;
import org.careeval.domain.performance.Flag;
import org.careeval.domain.performance.GradeBands;
import org.careeval.domain.performance.IndicatorScoring;
import org.careeval.service.i18n.Messages;
import org.careeval.service.imports.ImportProblem;
import org.careeval.service.performance.IndicatorSheet;
import org.careeval.service.performance.PerformanceService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code careeval performance score|list|show}: periodic performance evaluations (issue 16). */
@Command(name = "performance")
final class PerformanceCommand extends CommandGroup implements DescribedCommand {

  static final String DESCRIPTION_KEY = "cli.performance.description";

  @Override
  public String descriptionKey() {
    return DESCRIPTION_KEY;
  }

  static void addTo(CommandLine root, CliEnvironment environment, Messages messages) {
    CommandLine performance = new CommandLine(new PerformanceCommand());
    performance.addSubcommand(new Score(messages));
    performance.addSubcommand(new ListEvaluations(environment, messages));
    performance.addSubcommand(new Show(environment, messages));
    root.addSubcommand(performance);
  }

  /**
   * {@code careeval performance score FILE.xlsx [--format tsv|json]} — no database, no sign-in —
   * scores a filled 绩效指标 sheet: for tsv one line per indicator ({@code 三级指标<TAB>score<TAB>flags}),
   * then {@code 合计<TAB>total} and {@code 等级<TAB>grade}; for json {@code {"indicators": [{"name",
   * "score", "flags"}], "total", "grade"}}. Scores have two decimals; the grade uses the standard
   * bands (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差), as the sheet names no county. A sheet with an invalid row
   * prints its problems ({@code sheet<TAB>row<TAB>column<TAB>reason}) and exits 1.
   */
  @Command(name = "score")
  static final class Score implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.performance.score.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @Spec private CommandSpec spec;
    private final Messages messages;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.file")
    private Path file;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "tsv",
        descriptionKey = "cli.option.format")
    private OutputFormat format;

    Score(Messages messages) {
      this.messages = messages;
    }

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      IndicatorSheet.Scored scored;
      try {
        scored = IndicatorSheet.score(file.toAbsolutePath());
      } catch (CareEvalException e) {
        LocalizedText reason = new LocalizedText(e.messageKey(), e.arguments());
        ProblemLines.print(out, List.of(new ImportProblem("", 0, "", reason)), messages);
        return Cli.EXIT_REJECTED;
      }
      if (!scored.accepted()) {
        ProblemLines.print(out, scored.problems(), messages);
        return Cli.EXIT_REJECTED;
      }
      IndicatorScoring.Result result = scored.result();
      String grade = GradeBands.standard().grade(result.total());
      if (format == OutputFormat.JSON) {
        Json.object(
            out,
            json -> {
              json.writeArrayFieldStart("indicators");
              for (IndicatorScoring.Scored s : result.lines()) {
                json.writeStartObject();
                json.writeStringField("name", s.line().level3());
                json.writeStringField("score", s.score().toPlainString());
                json.writeArrayFieldStart("flags");
                for (Flag f : s.flags()) {
                  json.writeString(f.code());
                }
                json.writeEndArray();
                json.writeEndObject();
              }
              json.writeEndArray();
              json.writeStringField("total", result.total().toPlainString());
              json.writeStringField("grade", grade);
            });
      } else {
        for (IndicatorScoring.Scored s : result.lines()) {
          Tsv.row(
              out,
              s.line().level3(),
              s.score().toPlainString(),
              s.flags().stream().map(Flag::code).collect(Collectors.joining(",")));
        }
        Tsv.row(out, "合计", result.total().toPlainString());
        Tsv.row(out, "等级", grade);
      }
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  /**
   * {@code careeval performance list [--format tsv|json] --user NAME}: one line per evaluation
   * started, due order — id, contract number, organization, kind, stage, due, evaluator, state
   * (started|scored|signed), total and grade (empty until scored).
   */
  @Command(name = "list")
  static final class ListEvaluations extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.performance.list.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @CommandLine.ParentCommand private PerformanceCommand performance;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "tsv",
        descriptionKey = "cli.option.format")
    private OutputFormat format;

    ListEvaluations(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() throws IOException {
      List<PerformanceService.Listed> listed =
          asUser(
              performance.parent.dataDirectory(),
              (services, session) -> services.performance().list(session));
      PrintWriter out = spec.commandLine().getOut();
      if (format == OutputFormat.JSON) {
        Json.object(
            out,
            json -> {
              json.writeArrayFieldStart("evaluations");
              for (PerformanceService.Listed l : listed) {
                Evaluation e = l.evaluation();
                json.writeStartObject();
                json.writeNumberField("id", e.id());
                json.writeStringField("contractNumber", l.contractNumber());
                json.writeStringField("organization", l.organization());
                json.writeStringField("kind", e.kind().chinese());
                json.writeStringField("stage", e.stage());
                json.writeStringField("dueOn", e.dueOn().toString());
                json.writeStringField("evaluator", e.evaluator().chinese());
                json.writeStringField("state", state(e));
                json.writeStringField("total", e.total().map(BigDecimal::toPlainString).orElse(""));
                json.writeStringField("grade", e.grade().orElse(""));
                json.writeEndObject();
              }
              json.writeEndArray();
            });
      } else {
        for (PerformanceService.Listed l : listed) {
          Evaluation e = l.evaluation();
          Tsv.row(
              out,
              Long.toString(e.id()),
              l.contractNumber(),
              l.organization(),
              e.kind().chinese(),
              e.stage(),
              e.dueOn().toString(),
              e.evaluator().chinese(),
              state(e),
              e.total().map(BigDecimal::toPlainString).orElse(""),
              e.grade().orElse(""));
        }
      }
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  /**
   * {@code careeval performance show ID [--format tsv|json] --user NAME}: the evaluation's head
   * (one {@code field<TAB>value} line each: contract, kind, stage, evaluator, team, state, total,
   * grade, result SHA-256), then one line per indicator — 三级指标, type, weight, target, actual, band,
   * score, flags.
   */
  @Command(name = "show")
  static final class Show extends UserCommand implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.performance.show.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @CommandLine.ParentCommand private PerformanceCommand performance;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "cli.parameter.evaluationId")
    private long id;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "tsv",
        descriptionKey = "cli.option.format")
    private OutputFormat format;

    Show(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() throws IOException {
      PerformanceService.Detail d =
          asUser(
              performance.parent.dataDirectory(),
              (services, session) -> services.performance().detail(session, id));
      Evaluation e = d.evaluation();
      PrintWriter out = spec.commandLine().getOut();
      String[][] head = {
        {"contract", d.contract().number()},
        {"organization", d.contract().organization()},
        {"kind", e.kind().chinese()},
        {"stage", e.stage()},
        {"evaluator", e.evaluator().chinese()},
        {"evaluatorName", e.evaluatorName()},
        {"team", e.team()},
        {"state", state(e)},
        {"total", e.total().map(BigDecimal::toPlainString).orElse("")},
        {"grade", e.grade().orElse("")},
        {"resultSha256", e.resultSha256().orElse("")}
      };
      if (format == OutputFormat.JSON) {
        Json.object(
            out,
            json -> {
              json.writeNumberField("id", e.id());
              for (String[] field : head) {
                json.writeStringField(field[0], field[1]);
              }
              json.writeArrayFieldStart("indicators");
              for (IndicatorScoring.Scored s : d.lines()) {
                json.writeStartObject();
                String[] cells = cells(s);
                json.writeStringField("name", cells[0]);
                json.writeStringField("kind", cells[1]);
                json.writeStringField("weight", cells[2]);
                json.writeStringField("target", cells[3]);
                json.writeStringField("actual", cells[4]);
                json.writeStringField("band", cells[5]);
                json.writeStringField("score", cells[6]);
                json.writeArrayFieldStart("flags");
                for (Flag f : s.flags()) {
                  json.writeString(f.code());
                }
                json.writeEndArray();
                json.writeEndObject();
              }
              json.writeEndArray();
            });
      } else {
        for (String[] field : head) {
          Tsv.row(out, field);
        }
        for (IndicatorScoring.Scored s : d.lines()) {
          Tsv.row(out, cells(s));
        }
      }
      out.flush();
      return Cli.EXIT_OK;
    }

    private static String[] cells(IndicatorScoring.Scored s) {
      var l = s.line();
      return new String[] {
        l.level3(),
        l.kind().chinese(),
        l.weight().toPlainString(),
        l.target().map(BigDecimal::toPlainString).orElse(""),
        l.actual().map(BigDecimal::toPlainString).orElse(""),
        l.band().map(org.careeval.domain.delivery.QualitativeBand::chinese).orElse(""),
        s.score().toPlainString(),
        s.flags().stream().map(Flag::code).collect(Collectors.joining(","))
      };
    }
  }

  static String state(Evaluation e) {
    return e.state().name().toLowerCase(java.util.Locale.ROOT);
  }
}
