package org.careeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.careeval.domain.award.AwardOrder;
import org.careeval.domain.place.Place;
import org.careeval.domain.project.Project;
import org.careeval.domain.project.ServiceCategory;
import org.careeval.domain.rubric.RubricRules;
import org.careeval.domain.rubric.RubricVersion;
import org.careeval.domain.scoring.Bid;
import org.careeval.domain.scoring.FinalResult;
import org.careeval.domain.scoring.RankedBid;
import org.careeval.domain.scoring.Ranking;
import org.careeval.service.evaluation.EvaluationService;
import org.careeval.service.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code careeval project list|show} (issue 11): projects for scripts. Methods and statuses are
 * written as the county writes them (公开招标, 评审中) whatever the window's language, budgets with
 * exactly 2 decimals.
 */
@Command(name = "project")
final class ProjectCommand extends CommandGroup implements DescribedCommand {

  static final String DESCRIPTION_KEY = "cli.project.description";
  private static final Messages CHINESE = Messages.of(Messages.CHINESE);

  @Override
  public String descriptionKey() {
    return DESCRIPTION_KEY;
  }

  static void addTo(CommandLine root, CliEnvironment environment, Messages messages) {
    CommandLine project = new CommandLine(new ProjectCommand());
    project.addSubcommand(new ListProjects(environment, messages));
    project.addSubcommand(new ShowProject(environment, messages));
    project.addSubcommand(new RankProject(environment, messages));
    project.addSubcommand(new SummaryCommand(environment, messages));
    project.addSubcommand(new FinalizeCommand(environment, messages));
    project.addSubcommand(new VerifyCommand(environment, messages));
    project.addSubcommand(new AwardCommand(environment, messages));
    root.addSubcommand(project);
  }

  private static String method(Project p) {
    return p.method().label();
  }

  private static String status(Project p) {
    return CHINESE.get(p.status().labelKey());
  }

  private static String budget(Project p) {
    return p.budget().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
  }

  /** TSV columns: id, fiscal year, name, method, status, budget (2 decimals). */
  @Command(name = "list")
  static final class ListProjects extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.project.list.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private ProjectCommand project;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "tsv",
        descriptionKey = "cli.option.format")
    private OutputFormat format;

    ListProjects(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() throws IOException {
      List<Project> projects =
          asUser(
              project.parent.dataDirectory(),
              (services, session) -> services.projects().list(session));
      PrintWriter out = spec.commandLine().getOut();
      if (format == OutputFormat.JSON) {
        Json.object(
            out,
            json -> {
              json.writeArrayFieldStart("projects");
              for (Project p : projects) {
                json.writeStartObject();
                json.writeNumberField("id", p.id());
                json.writeNumberField("year", p.fiscalYear());
                json.writeStringField("name", p.name());
                json.writeStringField("method", method(p));
                json.writeStringField("status", status(p));
                json.writeStringField("budget", budget(p));
                json.writeEndObject();
              }
              json.writeEndArray();
            });
      } else {
        for (Project p : projects) {
          Tsv.row(
              out,
              Long.toString(p.id()),
              Integer.toString(p.fiscalYear()),
              p.name(),
              method(p),
              status(p),
              budget(p));
        }
      }
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  /**
   * One project as field/value pairs (TSV: one pair a line; JSON: one object): its fields, names of
   * its categories and places, and its current rubric's version, lock and problem count.
   */
  @Command(name = "show")
  static final class ShowProject extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.project.show.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private ProjectCommand project;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "cli.parameter.projectId")
    private long id;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "tsv",
        descriptionKey = "cli.option.format")
    private OutputFormat format;

    ShowProject(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() throws IOException {
      Map<String, String> fields =
          asUser(
              project.parent.dataDirectory(),
              (services, session) -> {
                Project p = services.projects().get(session, id);
                Map<Long, String> categories =
                    services.projects().categories(session).stream()
                        .collect(Collectors.toMap(ServiceCategory::id, ServiceCategory::name));
                Map<Long, String> places =
                    services.places().list(session).stream()
                        .collect(Collectors.toMap(Place::id, Place::name));
                return fields(p, categories, places, services.rubrics().current(session, id));
              });
      PrintWriter out = spec.commandLine().getOut();
      if (format == OutputFormat.JSON) {
        Json.object(
            out,
            json -> {
              for (Map.Entry<String, String> field : fields.entrySet()) {
                json.writeStringField(field.getKey(), field.getValue());
              }
            });
      } else {
        fields.forEach((name, value) -> Tsv.row(out, name, value));
      }
      out.flush();
      return Cli.EXIT_OK;
    }

    private static Map<String, String> fields(
        Project p,
        Map<Long, String> categories,
        Map<Long, String> places,
        Optional<RubricVersion> rubric) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("id", Long.toString(p.id()));
      fields.put("year", Integer.toString(p.fiscalYear()));
      fields.put("name", p.name());
      fields.put("method", method(p));
      fields.put("status", status(p));
      fields.put("statusReason", p.statusReason());
      fields.put("budget", budget(p));
      fields.put("termStart", p.termStart().map(Object::toString).orElse(""));
      fields.put("termEnd", p.termEnd().map(Object::toString).orElse(""));
      fields.put("officer", p.officer());
      fields.put("categories", names(p.categoryIds(), categories));
      fields.put("places", names(p.placeIds(), places));
      fields.put(
          "targetGroups",
          p.targetGroups().stream()
              .sorted()
              .map(g -> CHINESE.get(g.labelKey()))
              .collect(Collectors.joining("、")));
      fields.put("rubricVersion", rubric.map(r -> Integer.toString(r.version())).orElse(""));
      fields.put("rubricLocked", rubric.map(r -> Boolean.toString(r.locked())).orElse(""));
      fields.put(
          "rubricProblems",
          rubric
              .map(r -> Integer.toString(RubricRules.check(r.rubric()).problems().size()))
              .orElse(""));
      return fields;
    }

    private static String names(java.util.Set<Long> ids, Map<Long, String> names) {
      return ids.stream().map(names::get).sorted().collect(Collectors.joining("、"));
    }
  }

  /**
   * {@code careeval project rank --project ID --user NAME [--format tsv|json]} (issue 12, exact):
   * tsv — one line per ranked bid in rank order: rank, name, USCC, evaluated price, price score,
   * non-price score, total (2 decimals each), 并列 or empty, flags comma-separated; then one line per
   * excluded bid: -, name, USCC, quoted price, reason. No header line.
   */
  @Command(name = "rank")
  static final class RankProject extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.project.rank.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private ProjectCommand project;

    @Option(
        names = "--project",
        required = true,
        paramLabel = "ID",
        descriptionKey = "cli.parameter.projectId")
    private long id;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "tsv",
        descriptionKey = "cli.option.format")
    private OutputFormat format;

    RankProject(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() throws IOException {
      Ranking.Result result =
          asUser(
              project.parent.dataDirectory(),
              (services, session) -> services.evaluations().rank(session, id));
      PrintWriter out = spec.commandLine().getOut();
      if (result.tooFewBids()) {
        // the contract's stdout stays as it is; the stop is said where people read
        PrintWriter err = spec.commandLine().getErr();
        err.println(messages.get("ranking.tooFewBidsCli", result.ranked().size()));
        err.flush();
      }
      if (format == OutputFormat.JSON) {
        printJson(result, out);
      } else {
        for (RankedBid r : result.ranked()) {
          Tsv.row(
              out,
              Integer.toString(r.rank()),
              r.bid().organization(),
              r.bid().uscc(),
              two(r.evaluatedPrice()),
              two(r.priceScore()),
              two(r.nonPriceScore()),
              two(r.total()),
              r.tie() ? "并列" : "",
              flags(r));
        }
        for (Bid b : result.excluded()) {
          Tsv.row(out, "-", b.organization(), b.uscc(), two(b.quotedPrice()), b.failReason());
        }
      }
      out.flush();
      return Cli.EXIT_OK;
    }

    private static void printJson(Ranking.Result result, PrintWriter out) throws IOException {
      Json.object(
          out,
          json -> {
            json.writeStringField(
                "basePrice", result.basePrice().map(ProjectCommand::two).orElse(""));
            json.writeArrayFieldStart("ranked");
            for (RankedBid r : result.ranked()) {
              json.writeStartObject();
              json.writeNumberField("rank", r.rank());
              json.writeStringField("organization", r.bid().organization());
              json.writeStringField("uscc", r.bid().uscc());
              json.writeStringField("evaluatedPrice", two(r.evaluatedPrice()));
              json.writeStringField("priceScore", two(r.priceScore()));
              json.writeStringField("nonPriceScore", two(r.nonPriceScore()));
              json.writeStringField("total", two(r.total()));
              json.writeBooleanField("tie", r.tie());
              json.writeArrayFieldStart("flags");
              for (RankedBid.Flag f : r.flags()) {
                json.writeString(f.code());
              }
              json.writeEndArray();
              json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("excluded");
            for (Bid b : result.excluded()) {
              json.writeStartObject();
              json.writeStringField("organization", b.organization());
              json.writeStringField("uscc", b.uscc());
              json.writeStringField("reason", b.failReason());
              json.writeEndObject();
            }
            json.writeEndArray();
          });
    }

    private static String flags(RankedBid r) {
      return r.flags().stream().map(RankedBid.Flag::code).collect(Collectors.joining(","));
    }
  }

  /** An amount or score as the ranking contract prints it: exactly 2 decimals, half up. */
  static String two(java.math.BigDecimal value) {
    return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * {@code careeval project summary --project ID FILE.xlsx --user NAME}: the scoring summary
   * workbook (评分汇总表, 评审汇总表, each member's sheet), print-ready.
   */
  @Command(name = "summary")
  static final class SummaryCommand extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.project.summary.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private ProjectCommand project;

    @Option(
        names = "--project",
        required = true,
        paramLabel = "ID",
        descriptionKey = "cli.parameter.projectId")
    private long id;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.parameter.file")
    private java.nio.file.Path file;

    @Option(names = "--overwrite", descriptionKey = "cli.option.overwrite")
    private boolean overwrite;

    SummaryCommand(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      ExportFiles.refuseExisting(file, overwrite);
      asUser(
          project.parent.dataDirectory(),
          (services, session) -> {
            services.evaluations().exportSummary(session, id, file.toAbsolutePath());
            return null;
          });
      PrintWriter out = spec.commandLine().getOut();
      out.println(messages.get("evaluation.summary.done", file.toAbsolutePath()));
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  /**
   * {@code careeval project finalize --project ID --user NAME}: the supervisor locks the signed
   * result; prints its SHA-256.
   */
  @Command(name = "finalize")
  static final class FinalizeCommand extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.project.finalize.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private ProjectCommand project;

    @Option(
        names = "--project",
        required = true,
        paramLabel = "ID",
        descriptionKey = "cli.parameter.projectId")
    private long id;

    FinalizeCommand(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      FinalResult result =
          asUser(
              project.parent.dataDirectory(),
              (services, session) -> services.evaluations().finalizeResult(session, id));
      PrintWriter out = spec.commandLine().getOut();
      out.println(result.sha256());
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  /**
   * {@code careeval project verify --project ID --user NAME}: recomputes the finalized result table
   * from what is stored; exit 0 and the hash when it matches, exit 1 and the lines that differ
   * ({@code -} as finalized, {@code +} as stored now) when it does not.
   */
  @Command(name = "verify")
  static final class VerifyCommand extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.project.verify.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private ProjectCommand project;

    @Option(
        names = "--project",
        required = true,
        paramLabel = "ID",
        descriptionKey = "cli.parameter.projectId")
    private long id;

    VerifyCommand(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      EvaluationService.Verification verification =
          asUser(
              project.parent.dataDirectory(),
              (services, session) -> services.evaluations().verify(session, id));
      PrintWriter out = spec.commandLine().getOut();
      if (verification.matches()) {
        out.println(messages.get("cli.project.verify.match", verification.recomputed()));
        out.flush();
        return Cli.EXIT_OK;
      }
      out.println(
          messages.get(
              "cli.project.verify.mismatch",
              verification.stored().sha256(),
              verification.recomputed()));
      verification.differences().forEach(out::println);
      out.flush();
      return Cli.EXIT_REJECTED;
    }
  }

  /**
   * {@code careeval project award --project ID [--buyer NAME] [--bid BID] --user NAME}: offers the
   * contract to the next candidate in the recommended order and prints the award notice; {@code
   * --refused REASON} instead records that the organization offered refused to sign and prints the
   * next candidate (or that none is left and the project is to be procured again).
   */
  @Command(name = "award")
  static final class AwardCommand extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.project.award.description";
    static final String DEFAULT_BUYER = "县民政局";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private ProjectCommand project;

    @Option(
        names = "--project",
        required = true,
        paramLabel = "ID",
        descriptionKey = "cli.parameter.projectId")
    private long id;

    @Option(
        names = "--buyer",
        paramLabel = "NAME",
        defaultValue = DEFAULT_BUYER,
        descriptionKey = "cli.option.award.buyer")
    private String buyer;

    @Option(names = "--bid", paramLabel = "BID", descriptionKey = "cli.option.award.bid")
    private Long bid;

    @Option(names = "--refused", paramLabel = "REASON", descriptionKey = "cli.option.award.refused")
    private String refused;

    AwardCommand(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (refused != null) {
        Optional<AwardOrder.Candidate> next =
            asUser(
                project.parent.dataDirectory(),
                (services, session) -> services.awards().refuse(session, id, refused));
        out.println(
            next.map(
                    c ->
                        messages.get(
                            "cli.project.award.next", c.organization(), Integer.toString(c.rank())))
                .orElse(messages.get("cli.project.award.noneLeft")));
      } else {
        String notice =
            asUser(
                project.parent.dataDirectory(),
                (services, session) -> {
                  services.awards().award(session, id, buyer, Optional.ofNullable(bid));
                  return services.awards().notice(session, id);
                });
        out.println(notice);
      }
      out.flush();
      return Cli.EXIT_OK;
    }
  }
}
