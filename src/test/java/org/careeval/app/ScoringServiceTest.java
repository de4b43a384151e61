package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.TestContexts.keyOf;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.audit.AuditFilter;
import org.careeval.domain.award.AwardOffer;
import org.careeval.domain.award.AwardOrder;
import org.careeval.domain.award.AwardOutcome;
import org.careeval.domain.organization.OrganizationDraft;
import org.careeval.domain.organization.SyntheticCodes;
import org.careeval.domain.place.PlaceDraft;
import org.careeval.domain.place.PlaceKind;
import org.careeval.domain.procurement.ProcurementMethod;
import org.careeval.domain.project.Project;
import org.careeval.domain.project.ProjectDraft;
import org.careeval.domain.project.ProjectStatus;
import org.careeval.domain.project.TargetGroup;
import org.careeval.domain.rubric.Aggregation;
import org.careeval.domain.rubric.Band;
import org.careeval.domain.rubric.CheckItem;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.rubric.CriterionKind;
import org.careeval.domain.rubric.Rubric;
import org.careeval.domain.rubric.RubricSettings;
import org.careeval.domain.scoring.BidCheck;
import org.careeval.domain.scoring.BidOffer;
import org.careeval.domain.scoring.MemberDraft;
import org.careeval.domain.scoring.PanelRole;
import org.careeval.domain.scoring.RankedBid;
import org.careeval.domain.scoring.Ranking;
import org.careeval.domain.scoring.ReReview;
import org.careeval.domain.scoring.ScoreCheck;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.careeval.service.evaluation.AwardService;
import org.careeval.service.evaluation.BidService;
import org.careeval.service.evaluation.ScoringService;
import org.careeval.service.evaluation.ScoringService.Entry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole evaluation in the app on a real database: bids and reviews, a panel of three experts
 * scoring in their own grids, hidden scores, objective agreement, the score check, signatures and
 * the frozen rubric. Totals computed by hand: base 480000; A 42 + 30 + 20 = 92.00; B 46 + 25 +
 * 480000/500000 × 20 = 90.20.
 */
class ScoringServiceTest {

  private static final char[] PASSWORD = "pass-word-1".toCharArray();
  private static final String A = SyntheticCodes.uscc(11);
  private static final String B = SyntheticCodes.uscc(12);
  private static final String C = SyntheticCodes.uscc(13);

  @TempDir Path temp;
  private AppContext context;
  private BidService bids;
  private ScoringService scoring;
  private Session officer;
  private Session supervisor;
  private final Session[] experts = new Session[4];
  private long projectId;
  private final long[] bidIds = new long[3];
  private final long[] memberIds = new long[3];

  @BeforeEach
  void setUp() {
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.users().createFirstAdmin("admin", "", PASSWORD);
    Session admin = context.authentication().signIn("admin", PASSWORD).session();
    TestContexts.member(context, admin, "officer", "", Set.of(Role.OFFICER), PASSWORD);
    TestContexts.member(context, admin, "supervisor", "", Set.of(Role.SUPERVISOR), PASSWORD);
    officer = context.authentication().signIn("officer", PASSWORD).session();
    supervisor = context.authentication().signIn("supervisor", PASSWORD).session();
    for (int i = 0; i < experts.length; i++) {
      TestContexts.member(context, admin, "expert" + i, "", Set.of(Role.EXPERT), PASSWORD);
      experts[i] = context.authentication().signIn("expert" + i, PASSWORD).session();
    }
    bids = context.bids();
    scoring = context.scoring();
    long town =
        context.places().add(admin, new PlaceDraft(PlaceKind.TOWN, "城关镇", "", "369901101000")).id();
    Project project =
        context
            .projects()
            .create(
                officer,
                new ProjectDraft(
                    2026,
                    "城关镇留守儿童关爱服务项目",
                    new BigDecimal("520000"),
                    ProcurementMethod.OPEN_TENDER,
                    Optional.of(LocalDate.of(2027, 1, 1)),
                    Optional.of(LocalDate.of(2027, 12, 31)),
                    "officer",
                    Set.of(context.projects().categories(officer).get(0).id()),
                    Set.of(town),
                    EnumSet.of(TargetGroup.BOTH_PARENTS_AWAY)));
    projectId = project.id();
    context.rubrics().save(officer, projectId, rubric(), "");
    project = move(project, ProjectStatus.PUBLISHED);
    bidIds[0] = bids.addBid(officer, projectId, offer("甲社工服务中心", A, "480000"));
    bidIds[1] = bids.addBid(officer, projectId, offer("乙社会工作服务社", B, "500,000.00"));
    bidIds[2] = bids.addBid(officer, projectId, offer("丙公益发展中心", C, "520000元"));
    for (long bid : bidIds) {
      bids.review(
          officer,
          bid,
          BidCheck.Section.QUALIFICATION,
          List.of(pass(BidCheck.Section.QUALIFICATION, "Q1")));
    }
    bids.review(
        officer,
        bidIds[0],
        BidCheck.Section.CONFORMITY,
        List.of(pass(BidCheck.Section.CONFORMITY, "C1")));
    bids.review(
        officer,
        bidIds[1],
        BidCheck.Section.CONFORMITY,
        List.of(pass(BidCheck.Section.CONFORMITY, "C1")));
    bids.review(
        officer,
        bidIds[2],
        BidCheck.Section.CONFORMITY,
        List.of(new BidCheck(BidCheck.Section.CONFORMITY, "C1", false, "服务期限不足 12 个月")));
    for (int m = 0; m < 3; m++) {
      memberIds[m] =
          bids.addMember(
              officer,
              projectId,
              new MemberDraft("专家" + (m + 1), PanelRole.EXPERT, m == 0, Optional.of("expert" + m)));
    }
    move(context.projects().get(officer, projectId), ProjectStatus.UNDER_REVIEW);
    for (int m = 0; m < 3; m++) {
      context.seating().declare(experts[m], projectId, memberIds[m]);
    }
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private Project move(Project p, ProjectStatus to) {
    return context.projects().changeStatus(officer, p.id(), p.version(), to, "", Optional.empty());
  }

  private static Rubric rubric() {
    Criterion plan =
        new Criterion(
            "A1",
            "服务方案",
            "服务方案的针对性",
            new BigDecimal("50"),
            CriterionKind.SUBJECTIVE,
            List.of(
                new Band("良", BigDecimal.ZERO, new BigDecimal("39.5"), "一般"),
                new Band("优", new BigDecimal("40"), new BigDecimal("50"), "针对留守儿童需求")));
    Criterion staff =
        new Criterion(
            "B1", "人员", "持证社会工作者人数", new BigDecimal("30"), CriterionKind.OBJECTIVE, List.of());
    return new Rubric(
        RubricSettings.defaults(ProcurementMethod.OPEN_TENDER)
            .withWorkbookValues(
                ProcurementMethod.OPEN_TENDER,
                new BigDecimal("20"),
                Aggregation.MEAN,
                2,
                BigDecimal.ZERO,
                ""),
        List.of(new CheckItem("Q1", "提供有效的登记证书", "")),
        List.of(new CheckItem("C1", "★服务期限 12 个月", "")),
        List.of(plan, staff));
  }

  private static BidOffer offer(String name, String uscc, String price) {
    return new BidOffer(Optional.empty(), name, uscc, price, "", false);
  }

  private static BidCheck pass(BidCheck.Section section, String code) {
    return new BidCheck(section, code, true, "");
  }

  private void score(int member, String planA, String staffA, String planB, String staffB) {
    Map<Long, Map<String, Entry>> grid = new LinkedHashMap<>();
    grid.put(bidIds[0], Map.of("A1", new Entry(planA, ""), "B1", new Entry(staffA, "")));
    grid.put(bidIds[1], Map.of("A1", new Entry(planB, "方案较完整"), "B1", new Entry(staffB, "")));
    scoring.saveDraft(experts[member], projectId, grid);
  }

  @Test
  void aPanelScoresChecksAndSignsToARankingComputedByHand() {
    score(0, "40", "30", "45", "25");
    score(1, "42", "28", "46", "25");

    ScoringService.View second = scoring.view(experts[1], projectId);
    assertThat(second.me()).isPresent();
    assertThat(second.scores()).containsOnlyKeys(memberIds[1]);
    assertThat(second.scoredBids()).hasSize(2);
    assertThat(scoring.view(officer, projectId).scores()).isEmpty();
    assertThat(keyOf(() -> context.evaluations().rank(officer, projectId)))
        .isEqualTo("error.ranking.notAllSubmitted");
    assertThat(keyOf(() -> scoring.rank(experts[0], projectId)))
        .isEqualTo("error.ranking.notAllSubmitted");

    scoring.submit(experts[0], projectId);
    assertThat(keyOf(() -> scoring.submit(experts[1], projectId)))
        .isEqualTo("error.scoring.objectiveDiffers");
    score(1, "42", "30", "46", "25");
    scoring.submit(experts[1], projectId);
    assertThat(keyOf(() -> scoring.saveDraft(experts[1], projectId, Map.of())))
        .isEqualTo("error.scoring.submitted");

    scoring.saveDraft(experts[2], projectId, Map.of(bidIds[0], Map.of("A1", new Entry("20", ""))));
    assertThat(keyOf(() -> scoring.submit(experts[2], projectId)))
        .isEqualTo("error.scoring.incomplete");
    assertThat(
            keyOf(
                () ->
                    scoring.saveDraft(
                        experts[2],
                        projectId,
                        Map.of(bidIds[1], Map.of("A1", new Entry("50.5", ""))))))
        .isEqualTo("error.evaluation.scoreRange");
    score(2, "20", "30", "47", "25");
    scoring.submit(experts[2], projectId);

    // median of 40, 42, 20 is 40; 30 % of 50 is 15; 20 is 20 away
    ScoringService.View all = scoring.view(officer, projectId);
    assertThat(all.allSubmitted()).isTrue();
    // three members are too few for a tender (domain rules 2.5): said, not refused
    assertThat(all.composition())
        .extracting(org.careeval.domain.LocalizedText::key)
        .containsExactly("panel.composition.size");
    assertThat(
            keyOf(
                () ->
                    bids.addMember(
                        officer,
                        projectId,
                        new MemberDraft("专家4", PanelRole.EXPERT, false, Optional.empty()))))
        .isEqualTo("error.panel.checkStarted");
    assertThat(all.scores()).hasSize(3);
    assertThat(all.findings())
        .containsExactly(
            new ScoreCheck.Finding(
                ScoreCheck.Kind.FAR_FROM_MEDIAN,
                memberIds[2],
                bidIds[0],
                "A1",
                Optional.of(new BigDecimal("20.00")),
                Optional.of(new BigDecimal("40.00"))));
    assertThat(
            keyOf(
                () ->
                    scoring.sendBack(
                        experts[1],
                        projectId,
                        memberIds[2],
                        bidIds[0],
                        "A1",
                        ScoreCheck.Kind.FAR_FROM_MEDIAN,
                        "请核对")))
        .isEqualTo("error.scoring.notLeader");
    long query =
        scoring.sendBack(
            experts[0],
            projectId,
            memberIds[2],
            bidIds[0],
            "A1",
            ScoreCheck.Kind.FAR_FROM_MEDIAN,
            "明显低于其他评委，请核对");
    assertThat(keyOf(() -> scoring.sign(experts[0], projectId, memberIds[0])))
        .isEqualTo("error.scoring.signBlocked");
    assertThat(keyOf(() -> scoring.answer(experts[1], projectId, query, Optional.of("44"), "看错")))
        .isEqualTo("error.scoring.notYourQuery");
    scoring.answer(experts[2], projectId, query, Optional.of("44"), "看漏了个案管理部分");
    assertThat(scoring.view(officer, projectId).findings()).isEmpty();

    Ranking.Result result = context.evaluations().rank(officer, projectId);
    assertThat(scoring.rank(experts[1], projectId).ranked())
        .extracting(RankedBid::total)
        .isEqualTo(result.ranked().stream().map(RankedBid::total).toList());
    assertThat(keyOf(() -> scoring.rank(experts[3], projectId)))
        .isEqualTo("error.scoring.notOnPanel");
    assertThat(result.basePrice())
        .hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("480000"));
    assertThat(result.ranked())
        .extracting(r -> r.bid().organization(), r -> r.total().toPlainString(), RankedBid::rank)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("甲社工服务中心", "92.00", 1),
            org.assertj.core.groups.Tuple.tuple("乙社会工作服务社", "90.20", 2));
    assertThat(result.excluded())
        .extracting(b -> b.failReason())
        .containsExactly("C1 服务期限不足 12 个月");

    assertThat(keyOf(() -> scoring.sign(experts[1], projectId, memberIds[0])))
        .isEqualTo("error.scoring.notYourSignature");
    scoring.sign(experts[0], projectId, memberIds[0]);
    scoring.sign(experts[1], projectId, memberIds[1]);
    assertThat(context.rubrics().current(officer, projectId).orElseThrow().frozen()).isFalse();
    scoring.sign(officer, projectId, memberIds[2]);
    assertThat(context.rubrics().current(officer, projectId).orElseThrow().frozen()).isTrue();
    assertThat(keyOf(() -> context.rubrics().save(supervisor, projectId, rubric(), "更正")))
        .isEqualTo("error.rubric.frozen");

    // three members, two bids: the other rule keeps every score; without 专家3 (44) A stays first
    assertThat(context.evaluations().sensitivity(supervisor, projectId))
        .hasSize(5)
        .noneMatch(s -> s.firstPlaceChanges());
    assertThat(keyOf(() -> context.evaluations().finalizeResult(officer, projectId)))
        .isEqualTo("error.permission.denied");
    var finalized = context.evaluations().finalizeResult(supervisor, projectId);
    assertThat(finalized.table().text())
        .contains("1|" + A + "|甲社工服务中心|480000.00|20.00|72.00|92.00||")
        .contains("2|" + B + "|乙社会工作服务社|500000.00|19.20|71.00|90.20||")
        .contains("-|" + C + "|丙公益发展中心|520000.00|C1 服务期限不足 12 个月");
    assertThat(finalized.sha256()).hasSize(64).isEqualTo(finalized.table().sha256());
    assertThat(context.evaluations().verify(supervisor, projectId).matches()).isTrue();
    assertThat(keyOf(() -> scoring.answer(officer, projectId, query, Optional.of("40"), "再改")))
        .isEqualTo("error.scoring.allSigned");
    assertThat(
            context.audit().search(supervisor, AuditFilter.ALL).stream()
                .filter(e -> e.entityType().equals(AuditEntity.SCORE_QUERY.code())))
        .hasSize(2);
  }

  @Test
  void anExpertSeesOnlyTheProjectsWhereTheySit() {
    assertThat(scoring.myProjects(experts[0])).extracting(Project::id).containsExactly(projectId);
    assertThat(scoring.myProjects(experts[3])).isEmpty();
    assertThat(keyOf(() -> scoring.view(experts[3], projectId)))
        .isEqualTo("error.scoring.notOnPanel");
    assertThat(keyOf(() -> scoring.saveDraft(experts[3], projectId, Map.of())))
        .isEqualTo("error.scoring.notOnPanel");
    assertThat(keyOf(() -> context.projects().list(experts[0])))
        .isEqualTo("error.permission.denied");
  }

  @Test
  void bidsReviewsAndThePanelFollowTheRules() throws Exception {
    assertThat(keyOf(() -> bids.addBid(officer, projectId, offer("甲重复", A, "1"))))
        .isEqualTo("error.bid.twice");
    assertThat(
            keyOf(() -> bids.addBid(officer, projectId, offer("丁", SyntheticCodes.uscc(14), "0"))))
        .isEqualTo("error.evaluation.price");
    assertThat(
            keyOf(
                () ->
                    bids.review(
                        officer,
                        bidIds[0],
                        BidCheck.Section.CONFORMITY,
                        List.of(new BidCheck(BidCheck.Section.CONFORMITY, "C1", false, "")))))
        .isEqualTo("error.evaluation.reasonRequired");
    assertThat(keyOf(() -> bids.review(officer, bidIds[0], BidCheck.Section.CONFORMITY, List.of())))
        .isEqualTo("error.bid.reviewItems");
    assertThat(
            keyOf(
                () ->
                    bids.addMember(
                        officer,
                        projectId,
                        new MemberDraft(
                            "采购人代表", PanelRole.BUYER_REPRESENTATIVE, true, Optional.empty()))))
        .isEqualTo("error.panel.buyerLeader");
    assertThat(
            keyOf(
                () ->
                    bids.addMember(
                        officer,
                        projectId,
                        new MemberDraft("专家9", PanelRole.EXPERT, false, Optional.of("officer")))))
        .isEqualTo("error.panel.accountNotExpert");
    assertThat(bids.bids(officer, projectId).get(2).stored().conforming()).isFalse();

    Path offer = Files.writeString(temp.resolve("投标文件.pdf"), "%PDF-1.4 甲的投标文件");
    bids.addDocument(officer, bidIds[0], offer);
    bids.addDocument(officer, bidIds[1], offer);
    assertThat(bids.bids(officer, projectId).get(0).documents())
        .extracting(d -> d.fileName(), d -> d.sizeBytes())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("投标文件.pdf", Files.size(offer)));
    Path copy = temp.resolve("copy.pdf");
    long documentId = bids.bids(officer, projectId).get(1).documents().get(0).id();
    bids.saveDocument(supervisor, bidIds[1], documentId, copy);
    assertThat(Files.readString(copy)).isEqualTo("%PDF-1.4 甲的投标文件");
    assertThat(keyOf(() -> bids.saveDocument(supervisor, bidIds[0], documentId, copy)))
        .isEqualTo("error.bid.documentNotFound");
    assertThat(keyOf(() -> bids.addDocument(experts[0], bidIds[0], offer)))
        .isEqualTo("error.permission.denied");

    score(0, "40", "30", "45", "25");
    assertThat(keyOf(() -> bids.removeMember(officer, memberIds[0])))
        .isEqualTo("error.panel.scored");
    scoring.submit(experts[0], projectId);
    assertThat(keyOf(() -> bids.updateBid(officer, bidIds[0], offer("甲", A, "470000"))))
        .isEqualTo("error.bid.scoringStarted");
  }

  /** Fills an exported member sheet as a member would: scores row by row, an optional total. */
  private static void fill(Path file, String[][] rows, String total) throws Exception {
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheet("评分表");
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.getRow(8 + r);
        for (int c = 0; c < rows[r].length; c++) {
          if (rows[r][c].isEmpty()) {
            row.getCell(3 + c).setBlank();
          } else {
            row.getCell(3 + c).setCellValue(Double.parseDouble(rows[r][c]));
          }
        }
        if (total != null && r == 0) {
          row.getCell(3 + rows[r].length).setCellValue(Double.parseDouble(total));
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
  }

  private static void edit(Path file, int row, int column, String text) throws Exception {
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      workbook.getSheet("评分表").getRow(row - 1).getCell(column).setCellValue(text);
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
  }

  @Test
  void panelsOnPaperFillExportedSheetsThatImportAllOrNothing() throws Exception {
    List<Path> sheets = scoring.exportSheets(officer, projectId, temp);
    assertThat(sheets)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("评分表-专家1.xlsx", "评分表-专家2.xlsx", "评分表-专家3.xlsx");
    try (InputStream in = Files.newInputStream(sheets.get(0));
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheet("评分表");
      assertThat(sheet.getProtect()).isTrue();
      assertThat(workbook.isStructureLocked()).isTrue();
      assertThat(sheet.getRow(8).getCell(3).getCellStyle().getLocked()).isFalse();
      assertThat(sheet.getRow(8).getCell(1).getCellStyle().getLocked()).isTrue();
      assertThat(sheet.getRow(8).getCell(2).getStringCellValue()).isEqualTo(A);
      assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("8:8");
    }
    fill(sheets.get(0), new String[][] {{"40", "30"}, {"45", "25"}}, "71");
    fill(sheets.get(1), new String[][] {{"42", "28"}, {"46.5", ""}}, null);
    fill(sheets.get(2), new String[][] {{"44", "30"}, {"50.01", "25"}}, null);
    Path other = Files.copy(sheets.get(2), temp.resolve("copy.xlsx"));
    edit(other, 5, 1, Long.toString(memberIds[0]));
    edit(other, 4, 1, "专家1");

    ScoringService.SheetImport refused =
        scoring.importSheets(
            officer, projectId, List.of(sheets.get(0), sheets.get(1), sheets.get(2), other));
    assertThat(refused.accepted()).isFalse();
    assertThat(refused.problems())
        .extracting(p -> p.sheet() + " " + p.row() + p.column() + " " + p.reason().key())
        .containsExactlyInAnyOrder(
            "[评分表-专家2.xlsx]评分表 10E error.evaluation.scoreBlank",
            "[评分表-专家3.xlsx]评分表 10D error.evaluation.scoreRange",
            "[copy.xlsx]评分表 6B error.memberSheet.checksum");
    assertThat(scoring.view(officer, projectId).panel()).noneMatch(m -> m.submitted());

    fill(sheets.get(1), new String[][] {{"42", "28"}, {"46", "25"}}, null);
    fill(sheets.get(2), new String[][] {{"44", "30"}, {"47", "25"}}, null);
    assertThat(scoring.importSheets(officer, projectId, sheets).problems())
        .extracting(p -> p.row() + p.column() + " " + p.reason().key())
        .containsExactly("9E error.evaluation.objectiveDiffers");
    fill(sheets.get(1), new String[][] {{"42", "30"}, {"46", "25"}}, null);
    Path moved = temp.resolve("moved.xlsx");
    Files.copy(sheets.get(1), moved);
    edit(moved, 8, 3, "A2");
    assertThat(scoring.importSheets(officer, projectId, List.of(moved)).problems())
        .extracting(p -> p.row() + p.column() + " " + p.reason().key())
        .containsExactly("8D error.memberSheet.structure");

    ScoringService.SheetImport accepted = scoring.importSheets(officer, projectId, sheets);
    assertThat(accepted.members()).containsExactly("专家1", "专家2", "专家3");
    // 专家1 wrote 71 as the total of 40 + 30 = 70: a summing error to correct before signing
    ScoringService.View view = scoring.view(officer, projectId);
    assertThat(view.findings())
        .extracting(ScoreCheck.Finding::kind, ScoreCheck.Finding::member)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ScoreCheck.Kind.SUM_ERROR, memberIds[0]));
    long query =
        scoring.sendBack(
            officer,
            projectId,
            memberIds[0],
            bidIds[0],
            "",
            ScoreCheck.Kind.SUM_ERROR,
            "合计与分项之和不符");
    scoring.answer(officer, projectId, query, Optional.empty(), "合计笔误，以分项为准");
    assertThat(scoring.view(officer, projectId).blocking()).isZero();
    assertThat(scoring.importSheets(officer, projectId, List.of(sheets.get(0))).problems())
        .extracting(p -> p.reason().key())
        .containsExactly("error.memberSheet.alreadySubmitted");

    Path summary = temp.resolve("评分汇总.xlsx");
    context.evaluations().exportSummary(supervisor, projectId, summary);
    try (InputStream in = Files.newInputStream(summary);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("评分汇总表");
      assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("评审汇总表");
      assertThat(workbook.getSheetAt(2).getSheetName()).isEqualTo("评委-专家1");
      Sheet s = workbook.getSheetAt(0);
      Row header = s.getRow(6);
      List<String> headers = new java.util.ArrayList<>();
      header.forEach(c -> headers.add(c.getStringCellValue()));
      assertThat(headers)
          .containsExactly(
              "名次",
              "投标人名称",
              "统一社会信用代码",
              "评审价",
              "专家1\nA1",
              "专家1\nB1",
              "专家2\nA1",
              "专家2\nB1",
              "专家3\nA1",
              "专家3\nB1",
              "A1\n汇总",
              "B1\n汇总",
              "价格分",
              "总分",
              "并列",
              "提示");
      Row first = s.getRow(7);
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("甲社工服务中心");
      assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(40.0);
      assertThat(first.getCell(10).getNumericCellValue()).isEqualTo(42.0);
      assertThat(first.getCell(12).getNumericCellValue()).isEqualTo(20.0);
      assertThat(first.getCell(13).getNumericCellValue()).isEqualTo(92.0);
      Row second = s.getRow(8);
      assertThat(second.getCell(12).getNumericCellValue()).isEqualTo(19.2);
      assertThat(second.getCell(13).getNumericCellValue()).isEqualTo(90.2);
      assertThat(s.getRow(9).getCell(15).getStringCellValue()).isEqualTo("未参加评分：C1 服务期限不足 12 个月");
      assertThat(s.getPrintSetup().getLandscape()).isTrue();
      assertThat(s.getRepeatingRows().formatAsString()).isEqualTo("7:7");
      List<String> text = new java.util.ArrayList<>();
      workbook.getSheetAt(1).forEach(r -> r.forEach(c -> text.add(c.toString())));
      assertThat(text).anyMatch(t -> t.startsWith("专家1　专家（组长）　签字："));
    }
  }

  @Test
  void aDrawnMemberTiedToABidderCannotScoreTheProject() {
    String tiedCode = SyntheticCodes.uscc(20);
    context
        .experts()
        .add(
            officer,
            new org.careeval.domain.expert.ExpertDraft(
                "赵律师",
                "法律",
                "律师",
                "青山县",
                "青山正义律师事务所",
                Optional.empty(),
                true,
                "",
                Optional.of("expert3")),
            List.of(
                new org.careeval.domain.expert.ExpertTie(
                    org.careeval.domain.expert.ExpertTie.Kind.STAFF,
                    "丁儿童服务社",
                    Optional.of(tiedCode))));
    var drawn =
        context
            .draws()
            .draw(
                officer,
                projectId,
                new org.careeval.service.evaluation.DrawService.DrawRequest(
                    List.of(new org.careeval.domain.expert.PanelDraw.Condition("法律", 1)),
                    Optional.empty(),
                    0,
                    1L,
                    List.of("王五"),
                    LocalDate.of(2026, 12, 10),
                    Optional.empty()));
    assertThat(drawn.outcome().members()).extracting(d -> d.expert().name()).containsExactly("赵律师");
    assertThat(scoring.view(officer, projectId).conflicts()).isEmpty();

    // a bid from the organization he advises arrives after the draw
    bids.addBid(officer, projectId, offer("丁儿童服务社", tiedCode, "470000"));
    assertThat(scoring.view(officer, projectId).conflicts())
        .extracting(org.careeval.domain.LocalizedText::key)
        .containsExactly("error.scoring.conflict");
    Map<Long, Map<String, Entry>> one = Map.of(bidIds[0], Map.of("A1", new Entry("40", "")));
    assertThat(keyOf(() -> scoring.saveDraft(experts[3], projectId, one)))
        .isEqualTo("error.scoring.notDeclared");
    long seat = scoring.view(experts[3], projectId).me().orElseThrow().id();
    assertThat(keyOf(() -> context.seating().declare(officer, projectId, seat)))
        .isEqualTo("error.declaration.ownAccount");
    context.seating().declare(experts[3], projectId, seat);
    assertThat(keyOf(() -> scoring.saveDraft(experts[3], projectId, one)))
        .isEqualTo("error.scoring.conflict");
    // 回避 with nobody left in the pool to draw: refused as a whole, he keeps the seat
    assertThat(keyOf(() -> context.seating().recuse(experts[3], projectId, seat, "担任其法律顾问")))
        .isEqualTo("error.draw.noReplacement");
    assertThat(scoring.view(officer, projectId).conflicts()).hasSize(1);
    // the supervisor finds the advice ended years ago and records why he may judge
    assertThat(
            keyOf(
                () ->
                    context.seating().keepDespiteTie(officer, projectId, seat, "顾问关系已于 2019 年终止")))
        .isEqualTo("error.permission.denied");
    context.seating().keepDespiteTie(supervisor, projectId, seat, "顾问关系已于 2019 年终止");
    assertThat(scoring.view(officer, projectId).conflicts()).isEmpty();
    scoring.saveDraft(experts[3], projectId, one);
  }

  private void finalizeResult() {
    score(0, "40", "30", "45", "25");
    score(1, "42", "30", "46", "25");
    score(2, "44", "30", "47", "25");
    for (int m = 0; m < 3; m++) {
      scoring.submit(experts[m], projectId);
    }
    for (int m = 0; m < 3; m++) {
      scoring.sign(experts[m], projectId, memberIds[m]);
    }
    context.evaluations().finalizeResult(supervisor, projectId);
  }

  private long register(String name, String code) {
    return context
        .organizations()
        .register(
            officer, new OrganizationDraft(name, code, "", "人民路 " + name, "", Optional.empty()))
        .id();
  }

  @Test
  void theContractIsOfferedInTheRecommendedOrderAndARefusalPassesItOn() {
    AwardService awards = context.awards();
    assertThat(keyOf(() -> awards.award(supervisor, projectId, "XX县民政局", Optional.empty())))
        .isEqualTo("error.result.notFinalized");
    finalizeResult();
    // 甲 (40+42+44)/3 + 30 + 20 = 92.00; 乙 46 + 25 + 19.20 = 90.20; 丙 excluded
    assertThat(awards.state(officer, projectId).candidates())
        .extracting(AwardOrder.Candidate::organization, AwardOrder.Candidate::rank)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("甲社工服务中心", 1),
            org.assertj.core.groups.Tuple.tuple("乙社会工作服务社", 2));
    assertThat(keyOf(() -> awards.award(officer, projectId, "XX县民政局", Optional.empty())))
        .isEqualTo("error.permission.denied");
    assertThat(keyOf(() -> awards.award(supervisor, projectId, "XX县民政局", Optional.empty())))
        .isEqualTo("error.award.notRegistered");
    long a = register("甲社工服务中心", A);
    assertThat(keyOf(() -> awards.award(supervisor, projectId, " ", Optional.empty())))
        .isEqualTo("error.text.required");

    AwardOffer first = awards.award(supervisor, projectId, "XX县民政局", Optional.empty());
    assertThat(first.seq()).isEqualTo(1);
    assertThat(first.organizationId()).isEqualTo(a);
    assertThat(first.amount()).isEqualByComparingTo("480000");
    Project awarded = context.projects().get(officer, projectId);
    assertThat(awarded.status()).isEqualTo(ProjectStatus.AWARDED);
    assertThat(awarded.awardedOrganizationId()).hasValue(a);
    assertThat(awards.state(officer, projectId).contract())
        .hasValueSatisfying(
            c -> {
              assertThat(c.status()).isEqualTo("DRAFT");
              assertThat(c.amount()).isEqualByComparingTo("480000");
            });
    assertThat(keyOf(() -> awards.award(supervisor, projectId, "XX县民政局", Optional.empty())))
        .isEqualTo("error.award.status");
    String notice = awards.notice(officer, projectId);
    assertThat(notice)
        .contains("供应商名称：甲社工服务中心")
        .contains("供应商地址：人民路 甲社工服务中心")
        .contains("中标（成交）金额：480000.00 元")
        .contains("名单：专家1（组长）、专家2、专家3")
        .contains(context.evaluations().finalized(officer, projectId).orElseThrow().shortHash())
        .contains("九、采购人：XX县民政局");

    assertThat(keyOf(() -> awards.refuse(supervisor, projectId, "")))
        .isEqualTo("error.text.required");
    assertThat(awards.refuse(supervisor, projectId, "放弃签约（书面函）"))
        .map(AwardOrder.Candidate::organization)
        .hasValue("乙社会工作服务社");
    AwardService.AwardState afterRefusal = awards.state(officer, projectId);
    assertThat(afterRefusal.offers())
        .extracting(AwardOffer::outcome, AwardOffer::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AwardOutcome.REFUSED, "放弃签约（书面函）"));
    assertThat(afterRefusal.contract()).map(c -> c.status()).hasValue("WITHDRAWN");
    assertThat(context.projects().get(officer, projectId).status())
        .isEqualTo(ProjectStatus.UNDER_REVIEW);
    // the status steps of the project screen cannot pick a winner for an evaluated project
    Project back = context.projects().get(officer, projectId);
    assertThat(
            keyOf(
                () ->
                    context
                        .projects()
                        .changeStatus(
                            officer,
                            projectId,
                            back.version(),
                            ProjectStatus.AWARDED,
                            "",
                            Optional.of(a))))
        .isEqualTo("error.project.notReady");

    register("乙社会工作服务社", B);
    AwardOffer second = awards.award(supervisor, projectId, "XX县民政局", Optional.empty());
    assertThat(second.seq()).isEqualTo(2);
    assertThat(second.rank()).isEqualTo(2);
    assertThat(second.amount()).isEqualByComparingTo("500000");
    assertThat(awards.refuse(supervisor, projectId, "法定代表人变更，无法签约")).isEmpty();
    assertThat(keyOf(() -> awards.award(supervisor, projectId, "XX县民政局", Optional.empty())))
        .isEqualTo("error.award.noneLeft");
    assertThat(
            context.audit().search(supervisor, AuditFilter.ALL).stream()
                .filter(e -> e.entityType().equals(AuditEntity.AWARD.code())))
        .hasSize(4);
    // the register page: 甲 bid (typed with its code, not linked), ranked first, refused
    assertThat(context.organizationDetails().bids(officer, a))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.project()).isEqualTo("城关镇留守儿童关爱服务项目");
              assertThat(r.rank()).hasValue(1);
              assertThat(r.award()).hasValue(AwardOutcome.REFUSED);
              assertThat(r.price()).isEqualByComparingTo("480000");
            });
    assertThat(keyOf(() -> context.organizationDetails().bids(experts[0], a)))
        .isEqualTo("error.permission.denied");
  }

  @Test
  void aSignedResultIsReReviewedAndBothHashesStayReadable() throws Exception {
    var reReviews = context.reReviews();
    assertThat(keyOf(() -> reReviews.request(officer, projectId, "评分有误")))
        .isEqualTo("error.reReview.notSigned");
    finalizeResult();
    String original = context.evaluations().finalized(officer, projectId).orElseThrow().sha256();
    reReviews.request(officer, projectId, "专家3 对甲的服务方案评分计算有误");
    assertThat(keyOf(() -> reReviews.request(officer, projectId, "再次")))
        .isEqualTo("error.reReview.pending");
    assertThat(keyOf(() -> reReviews.approve(officer, projectId, "同意")))
        .isEqualTo("error.permission.denied");
    var approved = reReviews.approve(supervisor, projectId, "同意复议，原评审委员会更正");
    assertThat(approved.state()).isEqualTo(ReReview.State.APPROVED);
    assertThat(approved.originalSha256()).hasValue(original);
    assertThat(context.evaluations().finalized(officer, projectId)).isEmpty();
    assertThat(scoring.view(officer, projectId).panel())
        .noneMatch(m -> m.signed() || m.submitted());

    // 专家3 corrects 44 to 41; everyone submits and signs again
    score(2, "41", "30", "47", "25");
    for (int m = 0; m < 3; m++) {
      scoring.submit(experts[m], projectId);
    }
    for (int m = 0; m < 3; m++) {
      scoring.sign(experts[m], projectId, memberIds[m]);
    }
    String corrected = context.evaluations().finalizeResult(supervisor, projectId).sha256();
    assertThat(corrected).isNotEqualTo(original);
    ReReview closed = reReviews.list(officer, projectId).get(0);
    assertThat(closed.state()).isEqualTo(ReReview.State.CLOSED);
    assertThat(closed.originalSha256()).hasValue(original);
    assertThat(closed.correctedSha256()).hasValue(corrected);

    Path archived = temp.resolve("复议前评分表.xlsx");
    reReviews.saveArchive(officer, projectId, closed.id(), archived);
    try (InputStream in = Files.newInputStream(archived);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      List<String> text = new java.util.ArrayList<>();
      workbook.getSheet("评分汇总表").forEach(r -> r.forEach(c -> text.add(c.toString())));
      assertThat(text).anyMatch(t -> t.contains(original.substring(0, 16)));
      // the archive keeps 专家3's 44 as signed
      List<String> third = new java.util.ArrayList<>();
      workbook.getSheetAt(4).forEach(r -> r.forEach(c -> third.add(c.toString())));
      assertThat(third).contains("44.0");
    }
  }
}
