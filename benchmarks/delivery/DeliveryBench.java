import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careeval.app.AppContext;
import org.careeval.domain.contract.ContractSigning;
import org.careeval.domain.contract.Installment;
import org.careeval.domain.delivery.ContractIndicator;
import org.careeval.domain.delivery.Indicator;
import org.careeval.domain.delivery.IndicatorKind;
import org.careeval.domain.delivery.Measure;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.delivery.ReportValue;
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
 * Step 9's speed goals (issue 14) on 40 contracts × 4 quarters × 30 indicators, each report with
 * two evidence files, every one submitted and accepted:
 *   overview_ms  — the county's missing-items view (DeliveryOverview, every contract × quarter)
 *                  vs one plain JDBC join over the same rows; goal ≤ 100 ms
 *   contracts_ms — the 合同 screen's list (contracts, installments, paid, stages passed)
 *                  vs plain JDBC over contract and installment; goal ≤ 300 ms
 *   report_ms    — opening one contract on the 履约 screen (its plan with targets and its four
 *                  reports with values and evidence) vs plain JDBC over the same rows; goal ≤ 300 ms
 * Prints: name ours baseline (ms with one decimal, medians of ten warm repetitions). The baselines run after the app
 * closed, on the same H2 file.
 */
public final class DeliveryBench {

  static final int CONTRACTS = 40;
  static final int INDICATORS = 30;
  static final int REPEAT = 11;

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    DataDirectory directory = new DataDirectory(work.resolve("data"));
    long someContract;
    List<Long> overview = new ArrayList<>();
    List<Long> contracts = new ArrayList<>();
    List<Long> report = new ArrayList<>();
    try (AppContext context = AppContext.open(directory, Optional.empty())) {
      context.demo().load(Messages.of(Messages.CHINESE));
      Session officer =
          context.authentication().signIn("officer", DemoCountyService.PASSWORD.toCharArray()).session();
      someContract = populate(context, officer, work);
      System.err.printf(
          "%d contract-quarters, %d values in the last contract%n",
          context.deliveryOverview().of(officer, Optional.empty()).lines().size(),
          context.delivery().reports(officer, someContract).stream().mapToInt(r -> r.values().size()).sum());
      for (int i = 0; i < REPEAT; i++) {
        overview.add(time(() -> context.deliveryOverview().of(officer, Optional.empty())));
        contracts.add(time(() -> context.contracts().list(officer)));
        long id = someContract;
        report.add(
            time(
                () -> {
                  context.delivery().plan(officer, id);
                  context.delivery().reports(officer, id);
                }));
      }
    }
    List<Long> overviewBase = new ArrayList<>();
    List<Long> contractsBase = new ArrayList<>();
    List<Long> reportBase = new ArrayList<>();
    try (Connection c =
        DriverManager.getConnection("jdbc:h2:file:" + directory.databaseBase(), "sa", "")) {
      for (int i = 0; i < REPEAT; i++) {
        overviewBase.add(time(() -> rows(c, OVERVIEW)));
        contractsBase.add(time(() -> rows(c, CONTRACTS_SQL)));
        long id = someContract;
        reportBase.add(time(() -> reportRows(c, id)));
      }
    }
    System.err.printf("cold: overview %d, contracts %d, report %d µs%n", overview.get(0), contracts.get(0), report.get(0));
    System.out.printf("overview_ms %.1f %.1f%n", median(overview) / 1000.0, median(overviewBase) / 1000.0);
    System.out.printf("contracts_ms %.1f %.1f%n", median(contracts) / 1000.0, median(contractsBase) / 1000.0);
    System.out.printf("report_ms %.1f %.1f%n", median(report) / 1000.0, median(reportBase) / 1000.0);
  }

  static final String OVERVIEW =
      "SELECT c.id, c.contract_number, o.name, p.officer, c.term_start, c.term_end, r.period, r.state,"
          + " r.submitted_on, r.updated_at FROM contract c JOIN organization o ON o.id = c.organization_id"
          + " JOIN project p ON p.id = c.project_id LEFT JOIN period_report r ON r.contract_id = c.id";
  static final String CONTRACTS_SQL =
      "SELECT c.*, i.* FROM contract c JOIN project p ON p.id = c.project_id"
          + " JOIN organization o ON o.id = c.organization_id LEFT JOIN installment i ON i.contract_id = c.id";

  static void reportRows(Connection c, long id) {
    rows(c, "SELECT * FROM contract_indicator WHERE contract_id = " + id);
    rows(c, "SELECT * FROM indicator_target WHERE contract_id = " + id);
    rows(c, "SELECT * FROM period_report WHERE contract_id = " + id);
    rows(c, "SELECT v.* FROM report_value v JOIN period_report r ON r.id = v.report_id WHERE r.contract_id = " + id);
    rows(c, "SELECT e.* FROM report_evidence e JOIN period_report r ON r.id = e.report_id WHERE r.contract_id = " + id);
  }

  static int rows(Connection c, String sql) {
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      int n = 0;
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          rs.getObject(i);
        }
        n++;
      }
      return n;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** 40 signed contracts with 30 indicators and four accepted quarters each; returns one id. */
  static long populate(AppContext context, Session officer, Path work) throws Exception {
    LocalDate today = context.clock().today();
    Period first = Period.of(today).previous().previous().previous().previous();
    LocalDate start = first.start();
    LocalDate end = start.plusMonths(12).minusDays(1);
    List<Period> periods = Period.covering(start, end);
    long organization =
        context.organizations().list(officer, "").get(0).id();
    Set<Long> places = Set.of(context.places().list(officer).get(0).id());
    Set<Long> categories = Set.of(context.projects().categories(officer).get(0).id());
    List<ContractIndicator> plan = plan(periods);
    Path evidence = Files.createDirectories(work.resolve("evidence"));
    long last = 0;
    for (int n = 1; n <= CONTRACTS; n++) {
      Project p =
          context.projects().create(
              officer,
              new ProjectDraft(
                  start.getYear(), "基准项目" + n, new BigDecimal("100000"), ProcurementMethod.OPEN_TENDER,
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
          "BM-" + n, start.minusDays(1), start, end, "", "基准", places,
          List.of(Installment.onDate(1, new BigDecimal("100000"), start))));
      context.delivery().savePlan(officer, id, plan, Optional.empty());
      for (Period q : periods) {
        List<ReportValue> values = new ArrayList<>();
        for (ContractIndicator ci : plan) {
          values.add(new ReportValue(ci.seq(), ci.target(q), Optional.empty(), ""));
        }
        context.delivery().saveReport(officer, id, q, -1, "基准季度报告", values);
        for (int e = 0; e < 2; e++) {
          Path f = evidence.resolve(n + "-" + q.code() + "-" + e + ".txt");
          Files.writeString(f, "evidence " + n + " " + q.code() + " " + e);
          context.delivery().addEvidence(officer, id, q, f);
        }
        var submitted = context.delivery().submit(officer, id, q);
        context.delivery().accept(officer, id, q, submitted.version());
      }
      last = id;
    }
    return last;
  }

  static List<ContractIndicator> plan(List<Period> periods) {
    List<ContractIndicator> plan = new ArrayList<>();
    BigDecimal weight = new BigDecimal("100").divide(BigDecimal.valueOf(INDICATORS), 2, RoundingMode.DOWN);
    BigDecimal rest = new BigDecimal("100").subtract(weight.multiply(BigDecimal.valueOf(INDICATORS - 1)));
    for (int i = 1; i <= INDICATORS; i++) {
      Map<Period, BigDecimal> targets = new HashMap<>();
      for (Period q : periods) {
        targets.put(q, BigDecimal.valueOf(10 + i));
      }
      Indicator indicator =
          new Indicator(i, "产出", "产出数量", "指标" + i, IndicatorKind.POSITIVE, "次",
              i == INDICATORS ? rest : weight, Measure.NONE);
      plan.add(new ContractIndicator(indicator, Optional.of(BigDecimal.ZERO), targets));
    }
    return plan;
  }

  /** Microseconds. */
  static long time(Runnable work) {
    long t0 = System.nanoTime();
    work.run();
    return (System.nanoTime() - t0) / 1_000;
  }

  static long median(List<Long> values) {
    List<Long> warm = new ArrayList<>(values.subList(1, values.size()));
    warm.sort(null);
    return warm.get(warm.size() / 2);
  }
}
