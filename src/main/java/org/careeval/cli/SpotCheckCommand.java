package org.careeval.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.careeval.domain.records.SpotCheck;
import org.careeval.service.i18n.Messages;
import org.careeval.service.records.SpotCheckService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code careeval spotcheck draw|verify}: a reproducible sample of a contract's service records (or
 * villages) drawn with a recorded seed, and the check that it still reproduces (issue 15).
 */
@Command(name = "spotcheck")
final class SpotCheckCommand extends CommandGroup implements DescribedCommand {

  static final String DESCRIPTION_KEY = "cli.spotcheck.description";

  @Override
  public String descriptionKey() {
    return DESCRIPTION_KEY;
  }

  static void addTo(CommandLine root, CliEnvironment environment, Messages messages) {
    CommandLine spot = new CommandLine(new SpotCheckCommand());
    spot.addSubcommand(new Draw(environment, messages));
    spot.addSubcommand(new Verify(environment, messages));
    root.addSubcommand(spot);
  }

  /**
   * Draws and records the sample; prints one line per item: seq, period, village (乡镇/村), service
   * type, group, age band, children, times (type, group and band empty for a village); the check's
   * id, population and seed go to stderr.
   */
  @Command(name = "draw")
  static final class Draw extends UserCommand implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.spotcheck.draw.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private SpotCheckCommand spot;

    @Option(
        names = "--contract",
        required = true,
        paramLabel = "ID",
        descriptionKey = "cli.parameter.contractId")
    private long contract;

    @Option(
        names = "--rate",
        paramLabel = "PERCENT",
        defaultValue = "30",
        descriptionKey = "cli.option.rate")
    private int rate;

    @Option(names = "--seed", required = true, paramLabel = "N", descriptionKey = "cli.option.seed")
    private long seed;

    @Option(names = "--villages", descriptionKey = "cli.option.villages")
    private boolean villages;

    Draw(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      SpotCheckService.Named drawn =
          asUser(
              spot.parent.dataDirectory(),
              (services, session) ->
                  services
                      .spotChecks()
                      .draw(
                          session,
                          contract,
                          villages ? SpotCheck.Kind.VILLAGES : SpotCheck.Kind.RECORDS,
                          rate,
                          seed));
      PrintWriter out = spec.commandLine().getOut();
      for (SpotCheck.Item i : drawn.check().items()) {
        Tsv.row(
            out,
            Integer.toString(i.seq()),
            i.period().code(),
            drawn.villages().getOrDefault(i.placeId(), ""),
            i.categoryId().map(drawn.types()::get).orElse(""),
            i.beneficiary().map(b -> b.chinese()).orElse(""),
            i.age().map(a -> a.chinese()).orElse(""),
            Integer.toString(i.children()),
            Integer.toString(i.times()));
      }
      out.flush();
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          messages.get(
              "spotcheck.drawn",
              Long.toString(drawn.check().id()),
              drawn.check().items().size(),
              drawn.check().population(),
              Long.toString(seed)));
      err.flush();
      return Cli.EXIT_OK;
    }
  }

  /** Draws again with the recorded seed: exit 0 when population and sample are the same, else 1. */
  @Command(name = "verify")
  static final class Verify extends UserCommand implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.spotcheck.verify.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private SpotCheckCommand spot;

    @Option(
        names = "--check",
        required = true,
        paramLabel = "ID",
        descriptionKey = "cli.option.check")
    private long check;

    Verify(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      SpotCheckService.Verification v =
          asUser(
              spot.parent.dataDirectory(),
              (services, session) -> services.spotChecks().verify(session, check));
      PrintWriter out = spec.commandLine().getOut();
      Tsv.row(out, "population", v.samePopulation() ? "same" : "changed");
      Tsv.row(out, "sample", v.sameSample() ? "same" : "changed");
      out.flush();
      return v.samePopulation() && v.sameSample() ? Cli.EXIT_OK : Cli.EXIT_REJECTED;
    }
  }
}
