package org.careeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.careeval.domain.expert.PanelDraw;
import org.careeval.service.evaluation.DrawService;
import org.careeval.service.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code careeval panel draw}: the panel drawn at random from the expert pool (issue 13). */
@Command(name = "panel")
final class PanelCommand extends CommandGroup implements DescribedCommand {

  static final String DESCRIPTION_KEY = "cli.panel.description";

  @Override
  public String descriptionKey() {
    return DESCRIPTION_KEY;
  }

  static void addTo(CommandLine root, CliEnvironment environment, Messages messages) {
    CommandLine panel = new CommandLine(new PanelCommand());
    panel.addSubcommand(new Draw(environment, messages));
    root.addSubcommand(panel);
  }

  /**
   * {@code careeval panel draw --project ID --seed N --user NAME}: tsv lines {@code 成员|候补|排除},
   * order (or {@code -}), expert id, name, specialty, then the employer, or the reason left out;
   * json {@code {"draw": id, "seed": N, "members": [...], "alternates": [...], "excluded": [...]}}.
   */
  @Command(name = "draw")
  static final class Draw extends UserCommand implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.panel.draw.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private PanelCommand panel;

    @Option(
        names = "--project",
        required = true,
        paramLabel = "ID",
        descriptionKey = "cli.parameter.projectId")
    private long project;

    @Option(names = "--seed", required = true, paramLabel = "N", descriptionKey = "cli.option.seed")
    private long seed;

    @Option(
        names = "--specialty",
        paramLabel = "SPECIALTY=COUNT",
        descriptionKey = "cli.option.specialty")
    private List<String> specialties = new ArrayList<>();

    @Option(
        names = "--alternates",
        paramLabel = "N",
        defaultValue = "2",
        descriptionKey = "cli.option.alternates")
    private int alternates;

    @Option(names = "--region", paramLabel = "REGION", descriptionKey = "cli.option.region")
    private String region;

    @Option(names = "--witness", paramLabel = "NAME", descriptionKey = "cli.option.witness")
    private List<String> witnesses = new ArrayList<>();

    @Option(names = "--buyer", paramLabel = "NAME", descriptionKey = "cli.option.buyer")
    private String buyer;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.option.date")
    private LocalDate date;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "tsv",
        descriptionKey = "cli.option.format")
    private OutputFormat format;

    @Option(names = "--record", paramLabel = "FILE.xlsx", descriptionKey = "cli.option.drawRecord")
    private java.nio.file.Path recordFile;

    @Option(names = "--overwrite", descriptionKey = "cli.option.overwrite")
    private boolean overwrite;

    Draw(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() throws IOException {
      List<PanelDraw.Condition> conditions = new ArrayList<>();
      for (String text : specialties) {
        conditions.add(PanelDraw.Condition.parse(text));
      }
      if (recordFile != null) {
        ExportFiles.refuseExisting(recordFile, overwrite);
      }
      DrawService.DrawRecord record =
          asUser(
              panel.parent.dataDirectory(),
              (services, session) -> {
                DrawService.DrawRequest request =
                    new DrawService.DrawRequest(
                        conditions,
                        Optional.ofNullable(region),
                        alternates,
                        seed,
                        witnesses,
                        date == null ? services.clock().today() : date,
                        Optional.ofNullable(buyer));
                DrawService.DrawRecord drawn = services.draws().draw(session, project, request);
                if (recordFile != null) {
                  services
                      .draws()
                      .writeRecord(session, project, request, drawn, recordFile.toAbsolutePath());
                }
                return drawn;
              });
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      record
          .outcome()
          .shortOf()
          .forEach(
              c ->
                  err.println(
                      messages.get("draw.shortOf", c.specialty(), Integer.toString(c.count()))));
      err.flush();
      if (format == OutputFormat.JSON) {
        json(record, out);
      } else {
        tsv(record, out);
      }
      out.flush();
      return Cli.EXIT_OK;
    }

    private void tsv(DrawService.DrawRecord record, PrintWriter out) {
      for (PanelDraw.Drawn d : record.outcome().members()) {
        drawn(out, "成员", d);
      }
      for (PanelDraw.Drawn d : record.outcome().alternates()) {
        drawn(out, "候补", d);
      }
      Messages chinese = Messages.of(Messages.CHINESE);
      for (DrawService.Excluded x : record.excluded()) {
        Tsv.row(
            out,
            "排除",
            "-",
            Long.toString(x.expert().id()),
            x.expert().name(),
            x.expert().draft().specialty(),
            chinese.get(x.reason().key(), x.reason().arguments().toArray()));
      }
    }

    private static void drawn(PrintWriter out, String role, PanelDraw.Drawn d) {
      Tsv.row(
          out,
          role,
          Integer.toString(d.order()),
          Long.toString(d.expert().id()),
          d.expert().name(),
          d.expert().draft().specialty(),
          d.expert().draft().employer());
    }

    private static void json(DrawService.DrawRecord record, PrintWriter out) throws IOException {
      Messages chinese = Messages.of(Messages.CHINESE);
      Json.object(
          out,
          json -> {
            json.writeNumberField("draw", record.id());
            json.writeNumberField("seed", record.seed());
            for (String field : List.of("members", "alternates")) {
              json.writeArrayFieldStart(field);
              for (PanelDraw.Drawn d :
                  field.equals("members")
                      ? record.outcome().members()
                      : record.outcome().alternates()) {
                json.writeStartObject();
                json.writeNumberField("order", d.order());
                json.writeNumberField("expert", d.expert().id());
                json.writeStringField("name", d.expert().name());
                json.writeStringField("specialty", d.expert().draft().specialty());
                json.writeEndObject();
              }
              json.writeEndArray();
            }
            json.writeArrayFieldStart("excluded");
            for (DrawService.Excluded x : record.excluded()) {
              json.writeStartObject();
              json.writeNumberField("expert", x.expert().id());
              json.writeStringField("name", x.expert().name());
              json.writeStringField(
                  "reason", chinese.get(x.reason().key(), x.reason().arguments().toArray()));
              json.writeEndObject();
            }
            json.writeEndArray();
          });
    }
  }
}
