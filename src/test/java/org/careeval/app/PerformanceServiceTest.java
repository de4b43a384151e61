package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.TestContexts.keyOf;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.contract.InstallmentState;
import org.careeval.domain.delivery.IndicatorKind;
import org.careeval.domain.delivery.PeriodReport;
import org.careeval.domain.delivery.QualitativeBand;
import org.careeval.domain.delivery.ReportState;
import org.careeval.domain.delivery.ReportValue;
import org.careeval.domain.performance.Evaluation;
import org.careeval.domain.performance.EvaluationKind;
import org.careeval.domain.performance.EvaluatorKind;
import org.careeval.domain.performance.IndicatorLine;
import org.careeval.domain.performance.IndicatorScoring;
import org.careeval.domain.performance.Rectification;
import org.careeval.domain.performance.Satisfaction;
import org.careeval.domain.user.Session;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import org.careeval.service.performance.IndicatorSheet;
import org.careeval.service.performance.PerformanceService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo contract's evaluations on 2026-11-23 (term 2025Q4–2026Q3, two quarters accepted, 70 %
 * paid): the plan of its term, a final evaluation started from the accepted delivery data, scored
 * by the department, surveys, the sign-off that locks it, and the grade that releases — or holds
 * back — the last installment (末期 ≥ 良).
 */
class PerformanceServiceTest {

  @TempDir Path temp;
  private AppContext context;
  private Session officer;
  private Session supervisor;
  private PerformanceService performance;
  private Contract contract;

  @BeforeEach
  void setUp() {
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.demo().load(Messages.of(Messages.CHINESE));
    officer = signIn("officer");
    supervisor = signIn("supervisor");
    performance = context.performance();
    contract =
        context.contracts().list(officer).stream()
            .map(d -> d.contract())
            .filter(c -> c.status() == Contract.Status.SIGNED)
            .findFirst()
            .orElseThrow();
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private Session signIn(String user) {
    return context
        .authentication()
        .signIn(user, DemoCountyService.PASSWORD.toCharArray())
        .session();
  }

  @Test
  void theTermCallsForFourQuartersAMidTermAndAFinalAMonthBeforeTheEnd() {
    List<PerformanceService.Planned> plan = performance.plan(officer, contract.id());

    assertThat(plan)
        .extracting(p -> p.plan().stage() + " " + p.plan().dueOn())
        .containsExactly(
            "2025Q4 2026-01-15",
            "中期 2026-04-01",
            "2026Q1 2026-04-15",
            "2026Q2 2026-07-15",
            "末期 2026-08-30",
            "2026Q3 2026-10-15");
  }

  @Test
  void anEvaluationOfTheTermStartsFromTheAcceptedReportsAndThePayments() {
    PerformanceService.Detail d = startFollowUp();

    List<PeriodReport> accepted =
        context.delivery().reports(officer, contract.id()).stream()
            .filter(r -> r.state() == ReportState.ACCEPTED)
            .toList();
    assertThat(accepted).hasSize(2);
    IndicatorLine visits = line(d, "入户走访");
    BigDecimal reported =
        accepted.stream()
            .map(r -> r.value(visits.seq()).flatMap(ReportValue::actual).orElseThrow())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal planned =
        context.delivery().plan(officer, contract.id()).indicators().stream()
            .filter(ci -> ci.indicator().seq() == visits.seq())
            .flatMap(ci -> ci.targets().values().stream())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    // counts add up: two accepted quarters' actuals against the four quarters' targets
    assertThat(visits.actual()).contains(reported);
    assertThat(visits.target()).contains(planned);
    // 90,000 + 120,000 paid of 300,000
    assertThat(line(d, "预算执行率").actual()).contains(new BigDecimal("70.00"));
    assertThat(line(d, "预算执行率").target().orElseThrow()).isEqualByComparingTo("100");
    // a qualitative line takes the last band reported; its score is the evaluator's
    IndicatorLine judged =
        d.lines().stream()
            .map(IndicatorScoring.Scored::line)
            .filter(l -> l.kind() == IndicatorKind.QUALITATIVE)
            .findFirst()
            .orElseThrow();
    assertThat(judged.band()).contains(QualitativeBand.ACHIEVED);
    assertThat(judged.given()).isEmpty();
    assertThat(d.evaluation().state()).isEqualTo(Evaluation.State.STARTED);
    // the spot check's mismatch and the contract's open warnings are beside the indicators
    assertThat(d.context().mismatches()).isNotEmpty();
    assertThat(d.context().openWarnings()).isNotEmpty();
    // the demo's final evaluation exists: it is opened, not started twice
    assertThat(
            keyOf(
                () ->
                    performance.start(
                        officer,
                        contract.id(),
                        EvaluationKind.FINAL,
                        "末期",
                        EvaluatorKind.DEPARTMENT,
                        "县民政局",
                        "")))
        .isEqualTo("error.performance.started");
  }

  @Test
  void scoredAndSignedAnEvaluationIsLockedWithItsResultHash() {
    PerformanceService.Detail d = startFollowUp();
    List<IndicatorLine> lines = new ArrayList<>();
    for (IndicatorLine l : complete(d, "0.9")) {
      boolean output = l.kind().quantitative() && !l.level3().equals("预算执行率");
      lines.add(output ? l.withActual(l.target().orElseThrow()) : l);
    }

    PerformanceService.Detail saved = save(d, lines);

    // every output at target; the 23 qualitative points at 90 % (20.70); budget 70 % of 10 (7.00):
    // 100 − 2.30 − 3.00 = 94.70
    assertThat(saved.problems()).isEmpty();
    assertThat(saved.evaluation().state()).isEqualTo(Evaluation.State.SCORED);
    assertThat(saved.evaluation().total()).contains(new BigDecimal("94.70"));
    assertThat(saved.evaluation().grade()).contains("优");
    assertThat(
            keyOf(
                () ->
                    performance.signOff(
                        officer, d.evaluation().id(), saved.evaluation().version())))
        .isEqualTo("error.permission.denied");
    PerformanceService.Detail signed =
        performance.signOff(supervisor, d.evaluation().id(), saved.evaluation().version());

    assertThat(signed.evaluation().state()).isEqualTo(Evaluation.State.SIGNED);
    assertThat(signed.evaluation().resultSha256()).get().asString().hasSize(64);
    assertThat(keyOf(() -> save(signed, lines))).isEqualTo("error.performance.signed");
    // a follow-up grades no stage an installment waits for: 末期 is still the demo's 中
    assertThat(context.contracts().get(officer, contract.id()).installments().get(2).state().kind())
        .isEqualTo(InstallmentState.Kind.BLOCKED);
  }

  @Test
  void theDemoYearIsEvaluatedAndItsPoorFinalGradeHoldsBackTheLastInstallment() {
    List<PerformanceService.Planned> plan = performance.plan(officer, contract.id());
    assertThat(plan)
        .extracting(
            p ->
                p.plan().stage()
                    + " "
                    + p.evaluation()
                        .map(e -> e.state().name() + " " + e.evaluator().name())
                        .orElse("-"))
        .containsExactly(
            "2025Q4 SIGNED DEPARTMENT",
            "中期 SIGNED SELF",
            "2026Q1 SIGNED DEPARTMENT",
            "2026Q2 SIGNED DEPARTMENT",
            "末期 SIGNED THIRD_PARTY",
            "2026Q3 STARTED DEPARTMENT");
    Evaluation last = plan.get(4).evaluation().orElseThrow();
    assertThat(last.grade()).contains("中");
    assertThat(plan.get(1).evaluation().orElseThrow().gradeRank().orElseThrow())
        .isLessThanOrEqualTo(1);
    PerformanceService.Detail finalOne = performance.detail(officer, last.id());
    assertThat(finalOne.surveys()).hasSize(4);
    assertThat(finalOne.rectifications())
        .extracting(Rectification::done)
        .containsExactly(false, true);

    var third = context.contracts().get(officer, contract.id()).installments().get(2).state();
    assertThat(third.kind()).isEqualTo(InstallmentState.Kind.BLOCKED);
    assertThat(third.reason().key()).isEqualTo("installment.reason.gradeTooLow");
    // the panel selecting a bidder sees its latest signed evaluation beside the bid
    long published =
        context.projects().list(officer).stream()
            .filter(p -> p.name().equals(PanelDrawCliTest.PUBLISHED))
            .findFirst()
            .orElseThrow()
            .id();
    var organization =
        context.organizations().list(officer, "").stream()
            .filter(o -> o.id() == contract.organizationId())
            .findFirst()
            .orElseThrow();
    context
        .bids()
        .addBid(
            officer,
            published,
            new org.careeval.domain.scoring.BidOffer(
                Optional.of(organization.id()),
                organization.name(),
                organization.code().value(),
                "250000",
                "248000",
                false));
    var bid =
        context.bids().bids(officer, published).stream()
            .filter(b -> b.stored().organizationId().equals(Optional.of(organization.id())))
            .findFirst()
            .orElseThrow();
    assertThat(bid.lastEvaluation().orElseThrow().evaluation().stage()).isEqualTo("末期");
    assertThat(bid.lastEvaluation().orElseThrow().evaluation().grade()).contains("中");
    // the organization's register page lists them, newest first
    assertThat(context.organizationDetails().evaluations(officer, contract.organizationId()))
        .extracting(r -> r.evaluation().stage())
        .containsExactly("2026Q3", "末期", "2026Q2", "2026Q1", "中期", "2025Q4");
  }

  @Test
  void aPoorGradeComesFromOutputsFarBehind() {
    PerformanceService.Detail d = startFollowUp();
    List<IndicatorLine> lines = new ArrayList<>();
    for (IndicatorLine l : complete(d, "0.1")) {
      // outputs at a third of their targets
      lines.add(
          l.kind().quantitative() && l.level1().equals("产出")
              ? l.withActual(
                  l.target()
                      .orElseThrow()
                      .divide(new BigDecimal("3"), 0, java.math.RoundingMode.DOWN))
              : l);
    }

    PerformanceService.Detail saved = save(d, lines);

    assertThat(saved.evaluation().grade()).contains("差");
  }

  @Test
  void aQualitativeScoreOutsideItsBandKeepsTheEntriesButNoTotal() {
    PerformanceService.Detail d = startFollowUp();
    List<IndicatorLine> lines = new ArrayList<>(complete(d, "0.9"));
    int i = indexOfFirstQualitative(lines);
    IndicatorLine judged = lines.get(i);
    // 部分达成 with the full weight: above its interval
    lines.set(
        i,
        new IndicatorLine(
            judged.seq(),
            judged.level1(),
            judged.level2(),
            judged.level3(),
            judged.kind(),
            judged.unit(),
            judged.weight(),
            judged.target(),
            judged.actual(),
            Optional.of(QualitativeBand.PARTLY),
            Optional.of(judged.weight()),
            ""));

    PerformanceService.Detail saved = save(d, lines);

    assertThat(saved.evaluation().state()).isEqualTo(Evaluation.State.STARTED);
    assertThat(saved.evaluation().total()).isEmpty();
    assertThat(saved.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason().key()).isEqualTo("error.performance.outsideBand"));
    assertThat(line(saved, judged.level3()).band()).contains(QualitativeBand.PARTLY);
    assertThat(
            keyOf(
                () ->
                    performance.signOff(
                        supervisor, d.evaluation().id(), saved.evaluation().version())))
        .isEqualTo("error.performance.notScored");
  }

  @Test
  void aSelfEvaluationNeedsTheSelfWeights() {
    PerformanceService.Detail d =
        performance.start(
            officer,
            contract.id(),
            EvaluationKind.SPOT_CHECK_FOLLOW_UP,
            "抽查复核",
            EvaluatorKind.SELF,
            "",
            "");

    PerformanceService.Detail saved = save(d, complete(d, "0.9"));

    // the county template weighs 产出 50, 效益 30, 满意度 10 and 预算执行率 10: it fits
    assertThat(saved.problems()).isEmpty();
  }

  @Test
  void surveysSetTheSatisfactionActualToThePooledRate() {
    PerformanceService.Detail d = startFollowUp();

    PerformanceService.Detail surveyed =
        performance.saveSurveys(
            officer,
            d.evaluation().id(),
            d.evaluation().version(),
            List.of(
                new Satisfaction(Satisfaction.Respondents.CHILDREN, "整群抽样", 20, 15, 4, 1, 0, 2),
                new Satisfaction(Satisfaction.Respondents.GUARDIANS, "随机抽样", 30, 28, 2, 0, 0, 0)));

    // (20 + 15 + 30 + 28) / (40 + 60) = 93 %
    assertThat(line(surveyed, "儿童及监护人满意度").actual()).contains(new BigDecimal("93.00"));
    assertThat(surveyed.surveys()).hasSize(2);
  }

  @Test
  void theSheetRoundTripsAndAForeignSheetIsRefusedWhole() throws Exception {
    PerformanceService.Detail d = startFollowUp();
    Path file = temp.resolve("末期.xlsx");
    performance.exportSheet(officer, d.evaluation().id(), file);
    List<IndicatorLine> written = IndicatorSheet.read(file).lines();
    assertThat(written)
        .extracting(IndicatorLine::level3)
        .containsExactlyElementsOf(d.lines().stream().map(s -> s.line().level3()).toList());

    Path foreign = temp.resolve("别的.xlsx");
    List<IndicatorLine> other = new ArrayList<>(written.subList(1, written.size()));
    IndicatorSheet.write(other, foreign);
    PerformanceService.SheetRefused refused =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            () ->
                performance.importSheet(
                    officer, d.evaluation().id(), d.evaluation().version(), foreign),
            PerformanceService.SheetRefused.class);
    assertThat(refused.problems())
        .extracting(p -> p.reason().key())
        .contains("error.performance.sheetMissing");
  }

  @Test
  void rectificationItemsAreFollowedUpAndClosedByTheSupervisor() {
    PerformanceService.Detail d = startFollowUp();
    Rectification item =
        performance.addRectification(
            officer, d.evaluation().id(), "两个偏远村入户走访不足", "青龙乡社工站 王站长", LocalDate.of(2026, 12, 31));
    Rectification followed =
        performance.followUp(officer, item.id(), item.version(), "已排定十二月走访计划", false);
    assertThat(followed.done()).isFalse();
    assertThat(
            keyOf(() -> performance.followUp(officer, item.id(), followed.version(), "已完成", true)))
        .isEqualTo("error.permission.denied");

    Rectification closed =
        performance.followUp(supervisor, item.id(), followed.version(), "复查属实，已完成", true);

    assertThat(closed.done()).isTrue();
    assertThat(closed.closedOn()).contains(LocalDate.of(2026, 11, 23));
  }

  /** A spot-check follow-up: it covers the whole term, as the final does, and may be repeated. */
  private PerformanceService.Detail startFollowUp() {
    return performance.start(
        officer,
        contract.id(),
        EvaluationKind.SPOT_CHECK_FOLLOW_UP,
        "抽查复核",
        EvaluatorKind.DEPARTMENT,
        "县民政局",
        "张科长、李干事");
  }

  private PerformanceService.Detail save(PerformanceService.Detail d, List<IndicatorLine> lines) {
    Evaluation e = d.evaluation();
    return performance.save(
        officer, e.id(), e.version(), e.evaluator(), e.evaluatorName(), e.team(), lines, "总体完成");
  }

  /** Every line answerable: missing actuals at target, qualitative scores at a share, notes. */
  private static List<IndicatorLine> complete(PerformanceService.Detail d, String share) {
    List<IndicatorLine> lines = new ArrayList<>();
    for (IndicatorScoring.Scored s : d.lines()) {
      IndicatorLine l = s.line();
      if (l.kind().quantitative()) {
        lines.add(
            new IndicatorLine(
                l.seq(),
                l.level1(),
                l.level2(),
                l.level3(),
                l.kind(),
                l.unit(),
                l.weight(),
                l.target(),
                Optional.of(l.actual().orElse(l.target().orElseThrow())),
                Optional.empty(),
                Optional.empty(),
                "按验收报告"));
      } else {
        QualitativeBand band =
            new BigDecimal(share).compareTo(new BigDecimal("0.8")) >= 0
                ? QualitativeBand.ACHIEVED
                : QualitativeBand.NOT_ACHIEVED;
        lines.add(
            new IndicatorLine(
                l.seq(),
                l.level1(),
                l.level2(),
                l.level3(),
                l.kind(),
                l.unit(),
                l.weight(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(band),
                Optional.of(
                    l.weight()
                        .multiply(new BigDecimal(share))
                        .setScale(2, java.math.RoundingMode.DOWN)),
                ""));
      }
    }
    return lines;
  }

  private static int indexOfFirstQualitative(List<IndicatorLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).kind() == IndicatorKind.QUALITATIVE) {
        return i;
      }
    }
    throw new IllegalStateException("no qualitative line");
  }

  private static IndicatorLine line(PerformanceService.Detail d, String name) {
    return d.lines().stream()
        .map(IndicatorScoring.Scored::line)
        .filter(l -> l.level3().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void membersSheetsAreAveragedAndAnOutlierIsListed() throws Exception {
    PerformanceService.Detail d = startFollowUp();
    Path blank = temp.resolve("空白.xlsx");
    performance.exportSheet(officer, d.evaluation().id(), blank);
    List<IndicatorLine> lines = complete(d, "0.9");
    int judged = indexOfFirstQualitative(lines);
    IndicatorLine q = lines.get(judged);
    PerformanceService.Detail now = d;
    String[] members = {"王评估师", "李评估师", "赵评估师"};
    String[] shares = {"0.9", "0.85", "0.5"};
    for (int m = 0; m < members.length; m++) {
      List<IndicatorLine> mine = new ArrayList<>(lines);
      BigDecimal given = q.weight().multiply(new BigDecimal(shares[m])).setScale(2);
      mine.set(
          judged,
          new IndicatorLine(
              q.seq(),
              q.level1(),
              q.level2(),
              q.level3(),
              q.kind(),
              q.unit(),
              q.weight(),
              Optional.empty(),
              Optional.empty(),
              Optional.of(org.careeval.domain.performance.PanelScores.bandOf(given, q.weight())),
              Optional.of(given),
              ""));
      Path sheet = temp.resolve(members[m] + ".xlsx");
      IndicatorSheet.write(mine, sheet);
      now =
          performance.importMemberSheet(
              officer, d.evaluation().id(), now.evaluation().version(), members[m], sheet);
    }

    // the first qualitative indicator weighs 10: (9 + 8.5 + 5) / 3 = 7.50, 部分达成; the median is
    // 8.5 and 30 % of 10 is 3, so 赵's 5 is listed
    assertThat(now.members()).containsExactlyInAnyOrder(members);
    assertThat(line(now, q.level3()).given().orElseThrow()).isEqualByComparingTo("7.50");
    assertThat(line(now, q.level3()).band()).contains(QualitativeBand.PARTLY);
    assertThat(now.disagreements())
        .extracting(org.careeval.domain.performance.PanelScores.Disagreement::member)
        .containsExactly("赵评估师");
    assertThat(
            keyOf(() -> performance.importMemberSheet(officer, d.evaluation().id(), 0, " ", blank)))
        .isEqualTo("error.performance.memberName");
  }

  @Test
  void surveysComeFromTheirSheetAllOrNothing() throws Exception {
    PerformanceService.Detail d = startFollowUp();
    Path file = temp.resolve("调查.xlsx");
    performance.writeSurveySheet(officer, d.evaluation().id(), file);
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
      var sheet = book.getSheet("满意度调查");
      // 儿童 row 2, 监护人 row 3: counts typed; the other groups left as written (not surveyed)
      int[][] counts = {{20, 15, 4, 1, 0, 2}, {30, 28, 2, 0, 0, 0}};
      for (int r = 0; r < 2; r++) {
        sheet.getRow(r + 1).createCell(1).setCellValue("随机抽样");
        for (int c = 0; c < 6; c++) {
          sheet.getRow(r + 1).createCell(c + 2).setCellValue(counts[r][c]);
        }
      }
      try (var out = java.nio.file.Files.newOutputStream(temp.resolve("填好.xlsx"))) {
        book.write(out);
      }
      sheet.getRow(2).getCell(4).setCellValue("很多");
      try (var out = java.nio.file.Files.newOutputStream(temp.resolve("错.xlsx"))) {
        book.write(out);
      }
    }

    PerformanceService.SheetRefused refused =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            () ->
                performance.importSurveys(
                    officer, d.evaluation().id(), d.evaluation().version(), temp.resolve("错.xlsx")),
            PerformanceService.SheetRefused.class);
    assertThat(refused.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.column()).isEqualTo("E"));
    assertThat(performance.detail(officer, d.evaluation().id()).surveys()).isEmpty();

    PerformanceService.Detail imported =
        performance.importSurveys(
            officer, d.evaluation().id(), d.evaluation().version(), temp.resolve("填好.xlsx"));

    assertThat(imported.surveys()).hasSize(2);
    assertThat(line(imported, "儿童及监护人满意度").actual()).contains(new BigDecimal("93.00"));
  }
}
