package org.careeval.service.performance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.contract.Installment;
import org.careeval.domain.delivery.ContractIndicator;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.delivery.PeriodReport;
import org.careeval.domain.delivery.ReportState;
import org.careeval.domain.delivery.ReportValue;
import org.careeval.domain.monitor.Progress;
import org.careeval.domain.monitor.Warning;
import org.careeval.domain.performance.Evaluation;
import org.careeval.domain.performance.EvaluationKind;
import org.careeval.domain.performance.GradeBands;
import org.careeval.domain.performance.IndicatorLine;
import org.careeval.domain.performance.IndicatorScoring;
import org.careeval.domain.performance.Rectification;
import org.careeval.domain.scoring.ResultTable;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.system.Setting;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.ContractRepository;
import org.careeval.persistence.Database;
import org.careeval.persistence.DeliveryRepository;
import org.careeval.persistence.PerformanceRepository;
import org.careeval.persistence.SettingRepository;
import org.careeval.persistence.Transaction;
import org.careeval.persistence.WarningRepository;
import org.careeval.report.QuarterlyReport;
import org.careeval.report.excel.QuarterlyWorkbook;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.records.ServiceRecordService;
import org.careeval.service.security.Sessions;

/**
 * The quarterly evaluation workbook (issue 16) a supervisor forwards unchanged: for a quarter, the
 * cover with the county's totals and who prepared it, one row per contract running in the quarter
 * (organization, project, amount, paid by the quarter's end, budget execution, output completion
 * against 序时进度, satisfaction, the quarter's score and grade with its result hash, open
 * rectification items and warnings), a sheet per contract with its indicator table, and the balance
 * figures with their charts — filled into the county's template ({@code templates/} in the data
 * directory) or the one the app ships.
 */
public final class QuarterlyReports {

  /** Where a county keeps its restyled template, under the data directory. */
  public static final String COUNTY_TEMPLATE = "templates/quarterly-report-template.xlsx";

  private final Database database;
  private final ContractRepository contracts;
  private final DeliveryRepository delivery;
  private final PerformanceRepository evaluations;
  private final WarningRepository warnings;
  private final SettingRepository settings;
  private final ServiceRecordService records;
  private final AuditTrail audit;
  private final CountyClock clock;
  private final Sessions sessions;

  public QuarterlyReports(
      Database database,
      ContractRepository contracts,
      DeliveryRepository delivery,
      PerformanceRepository evaluations,
      WarningRepository warnings,
      SettingRepository settings,
      ServiceRecordService records,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.database = database;
    this.contracts = contracts;
    this.delivery = delivery;
    this.evaluations = evaluations;
    this.warnings = warnings;
    this.settings = settings;
    this.records = records;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  /** Writes the workbook of a quarter; returns how many contracts it holds. */
  public int write(Session session, Period period, Path file) {
    sessions.require(session, Permission.PROJECT_READ);
    QuarterlyReport report = assemble(session, period);
    try (InputStream template = template()) {
      QuarterlyWorkbook.write(report, template, file);
    } catch (IOException e) {
      throw new CareEvalException(e, "error.export.failed", file, e.getMessage());
    }
    sessions.write(
        session,
        Permission.PROJECT_READ,
        tx -> {
          audit.exported(
              tx,
              session,
              AuditEntity.PERFORMANCE_EVALUATION,
              Map.of(
                  "quarterly", period.code(),
                  "contracts", report.contracts().size(),
                  "file", file.getFileName().toString()));
          return null;
        });
    return report.contracts().size();
  }

  /** Writes the app's own template, for a county to restyle; no database needed. */
  public static void writeDefaultTemplate(Path file) {
    try (java.io.OutputStream out = Files.newOutputStream(file)) {
      QuarterlyWorkbook.writeTemplate(out);
    } catch (IOException e) {
      throw new CareEvalException(e, "error.export.failed", file, e.getMessage());
    }
  }

  /** The county's template when it keeps one, else the app's own. */
  private InputStream template() throws IOException {
    Path county = database.directory().root().resolve(COUNTY_TEMPLATE);
    if (Files.isRegularFile(county)) {
      return Files.newInputStream(county);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuarterlyWorkbook.writeTemplate(bytes);
    return new ByteArrayInputStream(bytes.toByteArray());
  }

  QuarterlyReport assemble(Session session, Period period) {
    ServiceRecordService.BalanceView balance =
        records.countyBalance(session, Optional.empty(), period);
    return database.read(tx -> assemble(tx, session, period, balance));
  }

  private QuarterlyReport assemble(
      Transaction tx, Session session, Period period, ServiceRecordService.BalanceView balance) {
    GradeBands bands = GradeBands.parse(setting(tx, Setting.PERFORMANCE_GRADES));
    List<Evaluation> all = evaluations.all(tx);
    List<Rectification> items = evaluations.rectifications(tx);
    List<Warning> open = warnings.list(tx, true);
    // one query for every contract's installments, not one per contract (500 in a county)
    Map<Long, List<Installment>> installments = contracts.allInstallments(tx);
    List<List<Object>> rows = new ArrayList<>();
    List<QuarterlyReport.ContractSheet> details = new ArrayList<>();
    BigDecimal amount = BigDecimal.ZERO;
    BigDecimal paid = BigDecimal.ZERO;
    List<BigDecimal> scores = new ArrayList<>();
    Map<String, Integer> grades = new LinkedHashMap<>();
    bands.bands().forEach(b -> grades.put(b.name(), 0));
    int openItems = 0;
    int openWarnings = 0;
    for (Contract c : running(tx, period)) {
      ContractLine line =
          line(tx, c, period, installments.getOrDefault(c.id(), List.of()), all, items, open);
      rows.add(line.row(rows.size() + 1));
      details.add(line.sheet());
      amount = amount.add(c.amount());
      paid = paid.add(line.paid());
      line.quarterly()
          .filter(e -> e.total().isPresent())
          .ifPresent(
              e -> {
                scores.add(e.total().get());
                e.grade().ifPresent(g -> grades.merge(g, 1, Integer::sum));
              });
      openItems += line.openItems();
      openWarnings += line.openWarnings();
    }
    Map<String, Object> cover = new LinkedHashMap<>();
    cover.put("县", setting(tx, Setting.COUNTY_NAME));
    cover.put("季度", period.chinese());
    cover.put("合同数", rows.size());
    cover.put("合同金额", amount.setScale(2));
    cover.put("已支付", paid.setScale(2));
    cover.put("预算执行率", percent(paid, amount));
    cover.put(
        "平均得分",
        scores.isEmpty()
            ? "—"
            : scores.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP));
    cover.put(
        "等级分布",
        grades.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining("，")));
    cover.put("未完成整改", openItems);
    cover.put("未关闭预警", openWarnings);
    cover.put("编制人", session.displayName());
    cover.put("编制日期", clock.today().toString());
    List<List<Object>> figures = records.balanceFigures(balance);
    return new QuarterlyReport(cover, rows, details, figures, charts(figures));
  }

  /** The signed contracts whose term overlaps the quarter, by number. */
  private List<Contract> running(Transaction tx, Period period) {
    return contracts.list(tx).stream()
        .filter(c -> c.status() == Contract.Status.SIGNED)
        .filter(
            c ->
                !c.termStart().orElseThrow().isAfter(period.end())
                    && !c.termEnd().orElseThrow().isBefore(period.start()))
        .sorted(Comparator.comparing(Contract::number))
        .toList();
  }

  /** What the workbook says of one contract. */
  private record ContractLine(
      Contract contract,
      BigDecimal paid,
      Progress progress,
      Optional<BigDecimal> satisfaction,
      Optional<Evaluation> quarterly,
      int openItems,
      int openWarnings,
      List<List<Object>> indicators) {

    List<Object> row(int seq) {
      Optional<Evaluation> e = quarterly;
      List<Object> row = new ArrayList<>();
      row.add(seq);
      row.add(contract.number());
      row.add(contract.organization());
      row.add(contract.project());
      row.add(contract.amount());
      row.add(paid);
      row.add(percent(paid, contract.amount()));
      row.add(progress.delivered().orElse(null));
      row.add(progress.elapsed());
      row.add(satisfaction.orElse(null));
      row.add(e.flatMap(Evaluation::total).orElse(null));
      row.add(e.flatMap(Evaluation::grade).orElse(""));
      row.add(openItems);
      row.add(openWarnings);
      row.add(e.flatMap(Evaluation::resultSha256).map(ResultTable::shortForm).orElse(""));
      return row;
    }

    QuarterlyReport.ContractSheet sheet() {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("合同编号", contract.number());
      values.put("项目", contract.project());
      values.put("承接组织", contract.organization());
      values.put(
          "评价",
          quarterly
              .map(e -> e.kind().chinese() + " " + e.stage() + " " + e.evaluator().chinese())
              .orElse("本季度尚未评价（目标值与已验收的实际值）"));
      values.put("评价主体", quarterly.map(Evaluation::evaluatorName).orElse(""));
      values.put(
          "总分", quarterly.flatMap(Evaluation::total).map(BigDecimal::toPlainString).orElse("—"));
      values.put("等级", quarterly.flatMap(Evaluation::grade).orElse("—"));
      values.put("结果哈希", quarterly.flatMap(Evaluation::resultSha256).orElse("—"));
      return new QuarterlyReport.ContractSheet(contract.number(), values, indicators);
    }
  }

  private ContractLine line(
      Transaction tx,
      Contract c,
      Period period,
      List<Installment> installments,
      List<Evaluation> all,
      List<Rectification> items,
      List<Warning> open) {
    BigDecimal paid =
        installments.stream()
            .filter(
                i ->
                    i.releasedAt()
                        .map(t -> !t.atZone(clock.zone()).toLocalDate().isAfter(period.end()))
                        .orElse(false))
            .map(Installment::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    List<ContractIndicator> plan = delivery.plan(tx, c.id());
    List<PeriodReport> reports =
        delivery.reports(tx, c.id()).stream()
            .filter(r -> r.period().compareTo(period) <= 0)
            .toList();
    LocalDate asOf = period.end().isBefore(clock.today()) ? period.end() : clock.today();
    Progress progress =
        Progress.of(
            c.termStart().orElseThrow(),
            c.termEnd().orElseThrow(),
            asOf,
            plan,
            reports,
            paid,
            c.amount());
    List<Evaluation> mine = all.stream().filter(e -> e.contractId() == c.id()).toList();
    Optional<Evaluation> quarterly =
        mine.stream()
            .filter(e -> e.kind() == EvaluationKind.QUARTERLY && e.stage().equals(period.code()))
            .findFirst();
    Optional<BigDecimal> satisfaction =
        mine.stream()
            .filter(e -> !e.dueOn().isAfter(period.end().plusMonths(1)))
            .sorted(Comparator.comparing(Evaluation::dueOn).reversed())
            .map(e -> PerformanceService.pooledRate(evaluations.surveys(tx, e.id())))
            .flatMap(Optional::stream)
            .findFirst();
    java.util.Set<Long> mineIds = mine.stream().map(Evaluation::id).collect(Collectors.toSet());
    int openItems =
        (int) items.stream().filter(r -> mineIds.contains(r.evaluationId()) && !r.done()).count();
    int openWarnings =
        (int) open.stream().filter(w -> w.contractId().equals(Optional.of(c.id()))).count();
    List<List<Object>> indicators =
        quarterly.isPresent()
            ? evaluated(evaluations.lines(tx, quarterly.get().id(), PerformanceRepository.OWN))
            : planned(plan, reports, period);
    return new ContractLine(
        c, paid, progress, satisfaction, quarterly, openItems, openWarnings, indicators);
  }

  private static List<List<Object>> evaluated(List<IndicatorScoring.Scored> lines) {
    List<List<Object>> rows = new ArrayList<>();
    for (IndicatorScoring.Scored s : lines) {
      IndicatorLine l = s.line();
      rows.add(
          indicatorRow(
              rows.size() + 1,
              l,
              l.target().orElse(null),
              l.actual().orElse(null),
              s.score(),
              l.band().map(b -> b.chinese() + " " + l.note()).orElse(l.note()).strip()));
    }
    return rows;
  }

  /** Before the quarter is evaluated: its targets and the accepted actuals, no score. */
  private static List<List<Object>> planned(
      List<ContractIndicator> plan, List<PeriodReport> reports, Period period) {
    Optional<PeriodReport> accepted =
        reports.stream()
            .filter(r -> r.period().equals(period) && r.state() == ReportState.ACCEPTED)
            .findFirst();
    List<List<Object>> rows = new ArrayList<>();
    for (ContractIndicator ci : plan) {
      var i = ci.indicator();
      IndicatorLine l =
          new IndicatorLine(
              i.seq(),
              i.level1(),
              i.level2(),
              i.level3(),
              i.kind(),
              i.unit(),
              i.weight(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              "");
      Optional<ReportValue> v = accepted.flatMap(r -> r.value(i.seq()));
      rows.add(
          indicatorRow(
              rows.size() + 1,
              l,
              ci.target(period).orElse(null),
              v.flatMap(ReportValue::actual).orElse(null),
              null,
              v.flatMap(ReportValue::band).map(b -> b.chinese()).orElse("")));
    }
    return rows;
  }

  private static List<Object> indicatorRow(
      int seq,
      IndicatorLine l,
      BigDecimal target,
      BigDecimal actual,
      BigDecimal score,
      String note) {
    List<Object> row = new ArrayList<>();
    row.add(seq);
    row.add(l.level1());
    row.add(l.level2());
    row.add(l.level3());
    row.add(l.kind().chinese());
    row.add(l.unit());
    row.add(l.weight());
    row.add(target);
    row.add(actual);
    row.add(score);
    row.add(note);
    return row;
  }

  /** One chart per dimension of the figures (their first column), the total left out. */
  private static List<QuarterlyReport.Chart> charts(List<List<Object>> figures) {
    List<QuarterlyReport.Chart> charts = new ArrayList<>();
    int from = 0;
    for (int r = 1; r <= figures.size(); r++) {
      boolean end = r == figures.size() || !figures.get(r).get(0).equals(figures.get(from).get(0));
      if (end) {
        String dimension = figures.get(from).get(0).toString();
        if (!dimension.equals("合计")) {
          charts.add(new QuarterlyReport.Chart(dimension + "（人次占比，%）", from, r - 1));
        }
        from = r;
      }
    }
    return charts;
  }

  private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0
        ? BigDecimal.ZERO.setScale(2)
        : part.multiply(new BigDecimal("100")).divide(whole, 2, RoundingMode.HALF_UP);
  }

  private String setting(Transaction tx, Setting s) {
    return settings.find(tx, s.key()).orElse(s.defaultValue());
  }
}
