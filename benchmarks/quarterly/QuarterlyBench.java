import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careeval.app.AppContext;
import org.careeval.domain.contract.ContractSigning;
import org.careeval.domain.contract.Installment;
import org.careeval.domain.delivery.ContractIndicator;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.procurement.ProcurementMethod;
import org.careeval.domain.project.Project;
import org.careeval.domain.project.ProjectDraft;
import org.careeval.domain.project.ProjectStatus;
import org.careeval.domain.project.TargetGroup;
import org.careeval.domain.system.DataDirectory;
import org.careeval.domain.user.Session;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;

/**
 * Step 11's speed goal (issue 16): the quarterly evaluation workbook of a county with 500 signed
 * contracts running in the quarter, each with the county's 18 indicators planned — cover, summary
 * row, indicator sheet per contract, balance with charts — written by
 * {@code QuarterlyReports.write}; goal ≤ 3 s. Prints: name ms (median of warm repetitions) and the
 * cold first run.
 */
public final class QuarterlyBench {

  static final int CONTRACTS = 500;
  static final int REPEAT = 5;

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    int contracts = args.length > 1 ? Integer.parseInt(args[1]) : CONTRACTS;
    DataDirectory directory = new DataDirectory(work.resolve("data"));
    try (AppContext context = AppContext.open(directory, Optional.empty())) {
      context.demo().load(Messages.of(Messages.CHINESE));
      Session officer =
          context.authentication().signIn("officer", DemoCountyService.PASSWORD.toCharArray()).session();
      Period quarter = Period.of(context.clock().today()).previous();
      populate(context, officer, quarter, contracts);
      List<Long> times = new ArrayList<>();
      int written = 0;
      for (int i = 0; i < REPEAT; i++) {
        Path file = work.resolve("q" + i + ".xlsx");
        long t0 = System.nanoTime();
        written = context.quarterlyReports().write(officer, quarter, file);
        times.add((System.nanoTime() - t0) / 1_000_000);
        System.err.printf("run %d: %d ms, %d contracts, %d KB%n", i, times.get(i), written, Files.size(file) / 1024);
      }
      List<Long> warm = new ArrayList<>(times.subList(1, times.size()));
      warm.sort(null);
      System.out.printf("quarterly_ms %d%n", warm.get(warm.size() / 2));
      System.out.printf("quarterly_cold_ms %d%n", times.get(0));
    }
  }

  static void populate(AppContext context, Session officer, Period quarter, int count) throws Exception {
    LocalDate start = quarter.start();
    LocalDate end = start.plusMonths(12).minusDays(1);
    List<Period> periods = Period.covering(start, end);
    long organization = context.organizations().list(officer, "").get(0).id();
    Set<Long> places = Set.of(context.places().list(officer).get(0).id());
    Set<Long> categories = Set.of(context.projects().categories(officer).get(0).id());
    List<ContractIndicator> plan = new ArrayList<>();
    for (var i : org.careeval.service.contract.IndicatorTemplates.defaults()) {
      java.util.Map<Period, BigDecimal> targets = new java.util.HashMap<>();
      if (i.kind().quantitative()) {
        periods.forEach(p -> targets.put(p, BigDecimal.TEN));
      }
      plan.add(new ContractIndicator(i, i.kind().quantitative() ? Optional.of(BigDecimal.ZERO) : Optional.empty(), targets));
    }
    for (int n = 1; n <= count; n++) {
      Project p =
          context.projects().create(
              officer,
              new ProjectDraft(
                  start.getYear(), "季度基准项目" + n, new BigDecimal("100000"), ProcurementMethod.OPEN_TENDER,
                  Optional.of(start), Optional.of(end), officer.username(), categories, places,
                  EnumSet.of(TargetGroup.BOTH_PARENTS_AWAY)));
      context.rubrics().applyTemplate(officer, p.id(), org.careeval.service.rubric.RubricTemplates.OPEN_TENDER);
      p = context.projects().get(officer, p.id());
      while (p.status() != ProjectStatus.AWARDED) {
        p = context.projects().changeStatus(officer, p.id(), p.version(), p.status().next().orElseThrow(), "", Optional.of(organization));
      }
      long id = context.contracts().enter(officer, p.id(), organization, new BigDecimal("100000")).contract().id();
      int version = context.contracts().get(officer, id).contract().version();
      context.contracts().sign(officer, id, version, new ContractSigning(
          "JD-" + n, start.minusDays(1), start, end, "", "基准", places,
          List.of(Installment.onDate(1, new BigDecimal("100000"), start))));
      context.delivery().savePlan(officer, id, plan, Optional.empty());
    }
  }
}
