package org.careeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.performance.Flag;
import org.careeval.domain.performance.GradeBands;
import org.careeval.domain.performance.IndicatorScoring;
import org.careeval.service.i18n.Messages;
import org.careeval.service.imports.ImportProblem;
import org.careeval.service.performance.IndicatorSheet;
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
}
