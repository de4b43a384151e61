package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.TestContexts.keyOf;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.contract.InstallmentState;
import org.careeval.domain.delivery.AcceptanceStage;
import org.careeval.domain.delivery.ContractIndicator;
import org.careeval.domain.delivery.DeliveryStatus;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.delivery.PeriodReport;
import org.careeval.domain.delivery.QualitativeBand;
import org.careeval.domain.delivery.RecipientGroup;
import org.careeval.domain.delivery.ReportSnapshot;
import org.careeval.domain.delivery.ReportState;
import org.careeval.domain.delivery.ReportValue;
import org.careeval.domain.project.Project;
import org.careeval.domain.project.ProjectStatus;
import org.careeval.domain.user.Session;
import org.careeval.service.contract.ContractService;
import org.careeval.service.contract.DeliveryOverview;
import org.careeval.service.contract.DeliveryService;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's year of delivery on 2026-11-23 (installments 1 and 2 paid, 3 blocked until the final
 * evaluation) (installment 1 paid on its date, 2 on the mid-term stage, 3 blocked until the final
 * evaluation) (its contract runs 2025Q4–2026Q3, reports due ten days after each quarter): what is
 * missing and how late, a late report entered with evidence, submitted with its snapshot, accepted,
 * locked and unlocked; the report sheet read back all or nothing; direct contracts; the acceptance
 * record; the supervisor's template.
 */
class DeliveryServiceTest {

  private static final Period Q2 = new Period(2026, 2);
  private static final Period Q3 = new Period(2026, 3);

  @TempDir Path temp;
  private AppContext context;
  private Session officer;
  private Session supervisor;
  private DeliveryService delivery;
  private Contract contract;

  @BeforeEach
  void setUp() {
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.demo().load(Messages.of(Messages.CHINESE));
    officer = signIn("officer");
    supervisor = signIn("supervisor");
    delivery = context.delivery();
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
  void theDemoYearShowsTwoAcceptedOneReturnedOneLateAndOneBlockedInstallment() {
    DeliveryOverview.Overview county = context.deliveryOverview().of(officer, Optional.empty());
    assertThat(county.lines())
        .extracting(
            l -> l.period().code() + " " + l.status().state().code() + " " + l.status().daysLate())
        // returned: 2026-07-10 to 2026-11-23 is 136 days; late: 2026-10-10 to 2026-11-23 is 44
        .containsExactly(
            "2025Q4 accepted 0", "2026Q1 accepted 0", "2026Q2 returned 136", "2026Q3 late 44");
    assertThat(county.missing())
        .extracting(l -> l.period().code())
        .containsExactly("2026Q2", "2026Q3");
    assertThat(county.lines().get(0).contractNumber()).isEqualTo(contract.number());
    assertThat(county.lines().get(0).officer()).isEqualTo("officer");
    assertThat(context.deliveryOverview().of(officer, Optional.of("someone-else")).lines())
        .isEmpty();

    // budget execution: 90,000 + 120,000 paid of 300,000 is 70.00 %; a third is 33.33 %
    assertThat(context.contracts().get(officer, contract.id()).execution()).isEqualTo("70.00");
    assertThat(ContractService.Detail.execution(BigDecimal.ONE, new BigDecimal("3")))
        .isEqualTo("33.33");
    assertThat(context.contracts().get(officer, contract.id()).installments())
        .extracting(r -> r.state().kind())
        .containsExactly(
            InstallmentState.Kind.PAID, InstallmentState.Kind.PAID, InstallmentState.Kind.BLOCKED);

    PeriodReport first = delivery.reports(officer, contract.id()).get(0);
    assertThat(first.state()).isEqualTo(ReportState.ACCEPTED);
    assertThat(first.evidence()).hasSize(2);
    String snapshot = delivery.snapshot(officer, contract.id(), first.period()).orElseThrow();
    assertThat(ReportSnapshot.sha256(snapshot)).isEqualTo(first.snapshotSha256().orElseThrow());
    assertThat(snapshot).contains("evidence\t" + first.evidence().get(0).sha256());
  }

  @Test
  void aLateReportIsEnteredWithEvidenceSubmittedAcceptedLockedAndUnlockedBySupervisorOnly()
      throws IOException {
    List<ReportValue> values = onTarget(Q3);
    PeriodReport draft = delivery.saveReport(officer, contract.id(), Q3, -1, "第三季度", values);
    assertThat(draft.state()).isEqualTo(ReportState.DRAFT);
    assertThat(keyOf(() -> delivery.submit(officer, contract.id(), Q3)))
        .isEqualTo("error.report.notReady");
    Path photo = temp.resolve("活动照片.jpg");
    Files.write(photo, new byte[] {1, 2, 3});
    delivery.addEvidence(officer, contract.id(), Q3, photo);
    Path copy = temp.resolve("同一照片.jpg");
    Files.copy(photo, copy);
    assertThat(delivery.addEvidence(officer, contract.id(), Q3, copy).evidence()).hasSize(1);
    assertThat(
            keyOf(() -> delivery.saveReport(signIn("auditor"), contract.id(), Q3, -1, "", values)))
        .isEqualTo("error.permission.denied");

    PeriodReport submitted = delivery.submit(officer, contract.id(), Q3);
    assertThat(submitted.state()).isEqualTo(ReportState.SUBMITTED);
    assertThat(submitted.submittedOn()).contains(java.time.LocalDate.of(2026, 11, 23));
    assertThat(statusOf(Q3)).isEqualTo(new DeliveryStatus(DeliveryStatus.State.SUBMITTED, 44));
    assertThat(keyOf(() -> delivery.saveReport(officer, contract.id(), Q3, -1, "改", values)))
        .isEqualTo("error.report.locked");

    PeriodReport accepted = delivery.accept(officer, contract.id(), Q3, submitted.version());
    assertThat(accepted.state()).isEqualTo(ReportState.ACCEPTED);
    assertThat(keyOf(() -> delivery.addEvidence(officer, contract.id(), Q3, photo)))
        .isEqualTo("error.report.locked");
    assertThat(keyOf(() -> delivery.unlock(officer, contract.id(), Q3, accepted.version(), "更正")))
        .isEqualTo("error.permission.denied");
    assertThat(keyOf(() -> delivery.unlock(supervisor, contract.id(), Q3, accepted.version(), " ")))
        .isEqualTo("error.text.required");
    PeriodReport unlocked =
        delivery.unlock(supervisor, contract.id(), Q3, accepted.version(), "服务儿童数填报有误，退回更正");
    assertThat(unlocked.state()).isEqualTo(ReportState.DRAFT);
    assertThat(unlocked.unlockReason()).isEqualTo("服务儿童数填报有误，退回更正");
    assertThat(unlocked.snapshotSha256()).isEqualTo(submitted.snapshotSha256());
    assertThat(keyOf(() -> delivery.accept(officer, contract.id(), Q3, unlocked.version())))
        .isEqualTo("error.report.notSubmitted");
  }

  @Test
  void aReportSheetReadsBackAndABadOneSavesNothingAndListsEveryCell() throws IOException {
    Path sheet = temp.resolve("季度报告.xlsx");
    delivery.writeSheet(officer, contract.id(), Q2, sheet);
    PeriodReport before = report(Q2);

    Path bad =
        edit(
            sheet,
            "bad1.xlsx",
            s -> {
              cell(s, 4, 7).setCellValue("十");
              cell(s, 13, 8).setCellValue("很好");
            });
    assertThat(problems(bad))
        .containsExactly(
            "[bad1.xlsx]季度报告 5 H error.rubric.number",
            "[bad1.xlsx]季度报告 14 I error.reportSheet.band");
    Path worse =
        edit(
            sheet,
            "bad2.xlsx",
            s -> {
              cell(s, 3, 7).setCellValue(261);
              cell(s, 3, 9).setCellValue("含邻村");
              cell(s, 4, 7).setCellValue(-3);
            });
    assertThat(problems(worse))
        .containsExactly(
            "[bad2.xlsx]季度报告 4 H error.report.moreChildrenThanCovered",
            "[bad2.xlsx]季度报告 5 H error.report.negative");
    assertThat(report(Q2).values()).isEqualTo(before.values());

    Path good = edit(sheet, "good.xlsx", s -> cell(s, 4, 7).setCellValue(9));
    DeliveryService.ReportImport imported = delivery.importSheet(officer, contract.id(), good);
    assertThat(imported.problems()).isEmpty();
    assertThat(report(Q2).value(4).flatMap(ReportValue::actual)).contains(new BigDecimal("9.00"));
    assertThat(report(Q2).state()).isEqualTo(ReportState.RETURNED);

    Path accepted = temp.resolve("一季度.xlsx");
    delivery.writeSheet(officer, contract.id(), new Period(2026, 1), accepted);
    assertThat(problems(accepted)).containsExactly("[一季度.xlsx]报告信息 3 B error.report.locked");
  }

  @Test
  void contractsEnteredDirectlyStayWithinTheProjectAndItsBudget() {
    Project contracted = context.projects().get(officer, contract.projectId());
    assertThat(contracted.status()).isEqualTo(ProjectStatus.CONTRACTED);
    long organization = contract.organizationId();
    assertThat(
            keyOf(
                () ->
                    context
                        .contracts()
                        .enter(officer, contracted.id(), organization, new BigDecimal("20000.01"))))
        .isEqualTo("error.contract.overBudget");
    Project published =
        context.projects().list(officer).stream()
            .filter(p -> p.status() == ProjectStatus.PUBLISHED)
            .findFirst()
            .orElseThrow();
    assertThat(
            keyOf(
                () ->
                    context
                        .contracts()
                        .enter(officer, published.id(), organization, BigDecimal.TEN)))
        .isEqualTo("error.contract.directStatus");
    var added =
        context.contracts().enter(officer, contracted.id(), organization, new BigDecimal("20000"));
    assertThat(added.contract().status()).isEqualTo(Contract.Status.DRAFT);
    assertThat(keyOf(() -> delivery.plan(officer, added.contract().id())))
        .isEqualTo("error.delivery.notSigned");
  }

  @Test
  void aStageIsAcceptedWithItsRecipientsOnceAndPrintsAsASheet() throws IOException {
    List<AcceptanceStage> stages = context.acceptance().stages(officer, contract.id());
    assertThat(stages).extracting(AcceptanceStage::name).containsExactly("中期验收", "末期验收");
    assertThat(stages.get(0).passed()).isTrue();
    assertThat(keyOf(() -> context.acceptance().savePlan(officer, contract.id(), stages)))
        .isEqualTo("error.acceptance.held");
    var day = java.time.LocalDate.of(2026, 11, 20);
    Map<RecipientGroup, Integer> none = Map.of(RecipientGroup.SCHOOL, 2);
    assertThat(
            keyOf(
                () ->
                    context
                        .acceptance()
                        .record(
                            officer,
                            contract.id(),
                            2,
                            new AcceptanceStage.Record(day, true, "合格", none, ""))))
        .isEqualTo("error.acceptance.recordInvalid");
    Map<RecipientGroup, Integer> took = new EnumMap<>(RecipientGroup.class);
    took.put(RecipientGroup.CHILDREN, 15);
    took.put(RecipientGroup.GUARDIANS, 9);
    var record = new AcceptanceStage.Record(day, true, "全年服务达到合同约定", took, "");
    assertThat(context.acceptance().record(officer, contract.id(), 2, record).get(1).passed())
        .isTrue();
    assertThat(keyOf(() -> context.acceptance().record(officer, contract.id(), 2, record)))
        .isEqualTo("error.acceptance.recorded");

    Path file = temp.resolve("验收记录.xlsx");
    context.acceptance().writeRecord(officer, contract.id(), 2, file);
    try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
      List<String> texts = new ArrayList<>();
      workbook.getSheetAt(0).forEach(r -> r.forEach(c -> texts.add(c.toString())));
      assertThat(texts).contains("履约验收记录", "末期验收", "通过", "儿童", "15.0", "全年服务达到合同约定");
    }
  }

  @Test
  void onlyTheSupervisorReplacesTheCountyTemplateAndSignedPlansKeepTheirs() throws IOException {
    Path file = temp.resolve("模板.xlsx");
    delivery.exportTemplate(officer, file);
    Path edited = edit(file, "edited.xlsx", s -> cell(s, 2, 2).setCellValue("留守儿童建档数"));
    assertThat(keyOf(() -> delivery.importTemplate(officer, edited)))
        .isEqualTo("error.permission.denied");
    assertThat(delivery.importTemplate(supervisor, edited).problems()).isEmpty();
    assertThat(delivery.template(officer).get(1).level3()).isEqualTo("留守儿童建档数");
    assertThat(delivery.plan(officer, contract.id()).indicators().get(1).indicator().level3())
        .isEqualTo("建档儿童数");
  }

  private List<ReportValue> onTarget(Period period) {
    List<ReportValue> values = new ArrayList<>();
    for (ContractIndicator ci : delivery.plan(officer, contract.id()).indicators()) {
      values.add(
          ci.indicator().kind().quantitative()
              ? new ReportValue(ci.seq(), ci.target(period), Optional.empty(), "")
              : new ReportValue(
                  ci.seq(), Optional.empty(), Optional.of(QualitativeBand.ACHIEVED), ""));
    }
    return values;
  }

  private DeliveryStatus statusOf(Period period) {
    return context.deliveryOverview().of(officer, Optional.empty()).lines().stream()
        .filter(l -> l.period().equals(period))
        .findFirst()
        .orElseThrow()
        .status();
  }

  private PeriodReport report(Period period) {
    return delivery.reports(officer, contract.id()).stream()
        .filter(r -> r.period().equals(period))
        .findFirst()
        .orElseThrow();
  }

  private List<String> problems(Path file) {
    DeliveryService.ReportImport result = delivery.importSheet(officer, contract.id(), file);
    assertThat(result.report()).isEmpty();
    return result.problems().stream()
        .map(p -> p.sheet() + " " + p.row() + " " + p.column() + " " + p.reason().key())
        .toList();
  }

  private static org.apache.poi.ss.usermodel.Cell cell(Sheet s, int row, int column) {
    return s.getRow(row)
        .getCell(column, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
  }

  private Path edit(Path source, String name, java.util.function.Consumer<Sheet> change)
      throws IOException {
    Path target = temp.resolve(name);
    try (var in = Files.newInputStream(source);
        Workbook workbook = WorkbookFactory.create(in)) {
      change.accept(workbook.getSheetAt(0));
      try (var out = Files.newOutputStream(target)) {
        workbook.write(out);
      }
    }
    return target;
  }
}
