package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.careeval.app.TestContexts.keyOf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.audit.AuditFilter;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.OrganizationDraft;
import org.careeval.domain.organization.SyntheticCodes;
import org.careeval.domain.place.Place;
import org.careeval.domain.place.PlaceDraft;
import org.careeval.domain.place.PlaceKind;
import org.careeval.domain.procurement.ProcurementMethod;
import org.careeval.domain.project.Project;
import org.careeval.domain.project.ProjectDraft;
import org.careeval.domain.project.ProjectStatus;
import org.careeval.domain.project.ServiceCategory;
import org.careeval.domain.project.TargetGroup;
import org.careeval.domain.rubric.RubricVersion;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.careeval.service.i18n.Messages;
import org.careeval.service.project.ProjectService;
import org.careeval.service.project.RubricService;
import org.careeval.service.rubric.RubricTemplates;
import org.careeval.service.rubric.RubricWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Places, projects and rubrics on a real database: rules, transitions, versions, audit. */
class ProjectServiceTest {

  private static final char[] PASSWORD = "pass-word-1".toCharArray();
  private static final Messages CHINESE = Messages.of(Messages.CHINESE);

  @TempDir Path temp;
  private AppContext context;
  private ProjectService projects;
  private RubricService rubrics;
  private Session admin;
  private Session officer;
  private Session supervisor;
  private Session expert;
  private long town;
  private long village;

  @BeforeEach
  void setUp() {
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.users().createFirstAdmin("admin", "", PASSWORD);
    admin = context.authentication().signIn("admin", PASSWORD).session();
    TestContexts.member(context, admin, "officer", "", Set.of(Role.OFFICER), PASSWORD);
    TestContexts.member(context, admin, "supervisor", "", Set.of(Role.SUPERVISOR), PASSWORD);
    TestContexts.member(context, admin, "expert", "", Set.of(Role.EXPERT), PASSWORD);
    officer = context.authentication().signIn("officer", PASSWORD).session();
    supervisor = context.authentication().signIn("supervisor", PASSWORD).session();
    expert = context.authentication().signIn("expert", PASSWORD).session();
    projects = context.projects();
    rubrics = context.rubrics();
    town =
        context.places().add(admin, new PlaceDraft(PlaceKind.TOWN, "城关镇", "", "369901101000")).id();
    village =
        context
            .places()
            .add(admin, new PlaceDraft(PlaceKind.VILLAGE, "河口村", "城关镇", "369901101203"))
            .id();
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private Set<Long> categories(String... names) {
    return projects.categories(officer).stream()
        .filter(c -> List.of(names).contains(c.name()))
        .map(ServiceCategory::id)
        .collect(Collectors.toSet());
  }

  private ProjectDraft draft(ProcurementMethod method) {
    return new ProjectDraft(
        2026,
        "城关镇留守儿童关爱服务项目",
        new BigDecimal("480000"),
        method,
        Optional.of(LocalDate.of(2027, 1, 1)),
        Optional.of(LocalDate.of(2027, 12, 31)),
        "officer",
        categories("监护指导", "心理疏导"),
        Set.of(town, village),
        EnumSet.of(TargetGroup.BOTH_PARENTS_AWAY));
  }

  private Project move(Project p, ProjectStatus to) {
    return projects.changeStatus(officer, p.id(), p.version(), to, "", Optional.empty());
  }

  @Test
  void catalogueIsSeededWithTheCategoriesOfRule54() {
    assertThat(projects.categories(officer))
        .extracting(ServiceCategory::name)
        .startsWith("监护指导", "心理疏导", "行为矫治", "社会融入", "家庭关系调适")
        .contains("亲情关爱", "安全教育", "入户走访", "物质帮扶与资源链接");
    assertThat(projects.categories(officer))
        .filteredOn(ServiceCategory::material)
        .extracting(ServiceCategory::name)
        .containsExactly("物质帮扶与资源链接");
  }

  @Test
  void projectIsCreatedAsDraftAndAudited() {
    Project created = projects.create(officer, draft(ProcurementMethod.OPEN_TENDER));
    assertThat(created.status()).isEqualTo(ProjectStatus.DRAFT);
    assertThat(created.placeIds()).containsExactlyInAnyOrder(town, village);
    assertThat(projects.list(officer)).extracting(Project::name).containsExactly("城关镇留守儿童关爱服务项目");
    assertThat(context.audit().search(admin, AuditFilter.ALL))
        .anyMatch(e -> e.entityType().equals(AuditEntity.PROJECT.code()));
    assertThat(keyOf(() -> projects.create(expert, draft(ProcurementMethod.OPEN_TENDER))))
        .isEqualTo("error.permission.denied");
  }

  @Test
  void reviewNeedsAValidRubricAndSaysWhatIsMissing() {
    Project p = projects.create(officer, draft(ProcurementMethod.OPEN_TENDER));
    p = move(p, ProjectStatus.PUBLISHED);
    long id = p.id();
    int version = p.version();
    CareEvalException refused =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            () ->
                projects.changeStatus(
                    officer, id, version, ProjectStatus.UNDER_REVIEW, "", Optional.empty()),
            CareEvalException.class);
    assertThat(CHINESE.describe(refused))
        .isEqualTo("项目还不能改为“评审中”：还没有评审细则。请从模板、以往项目或 Excel 工作簿设置评审细则。");
    rubrics.applyTemplate(officer, id, RubricTemplates.OPEN_TENDER);
    assertThat(projects.readiness(officer, id).get(ProjectStatus.UNDER_REVIEW)).isEmpty();
    Project reviewed = move(projects.get(officer, id), ProjectStatus.UNDER_REVIEW);
    assertThat(reviewed.status()).isEqualTo(ProjectStatus.UNDER_REVIEW);
  }

  @Test
  void publishingListsEverythingMissingAtOnce() {
    ProjectDraft bare =
        new ProjectDraft(
            2026,
            "空项目",
            BigDecimal.TEN,
            ProcurementMethod.OPEN_TENDER,
            Optional.empty(),
            Optional.empty(),
            "",
            Set.of(),
            Set.of(),
            Set.of());
    Project p = projects.create(officer, bare);
    assertThat(projects.readiness(officer, p.id()).get(ProjectStatus.PUBLISHED))
        .extracting(LocalizedText::key)
        .containsExactly(
            "error.project.noCategories",
            "error.project.noPlaces",
            "error.project.noTargetGroups",
            "error.project.noTerm",
            "error.project.noOfficer");
  }

  @Test
  void statusesMoveOneStepAtATimeAndEndingsNeedAReason() {
    Project p = projects.create(officer, draft(ProcurementMethod.OPEN_TENDER));
    long id = p.id();
    int version = p.version();
    assertThat(
            keyOf(
                () ->
                    projects.changeStatus(
                        officer, id, version, ProjectStatus.AWARDED, "", Optional.empty())))
        .isEqualTo("error.project.notReady");
    assertThat(
            keyOf(
                () ->
                    projects.changeStatus(
                        officer, id, version, ProjectStatus.TERMINATED, " ", Optional.empty())))
        .isEqualTo("error.project.notReady");
    Project ended =
        projects.changeStatus(
            officer, id, version, ProjectStatus.TERMINATED, "预算调整，取消采购", Optional.empty());
    assertThat(ended.status()).isEqualTo(ProjectStatus.TERMINATED);
    assertThat(ended.statusReason()).isEqualTo("预算调整，取消采购");
    assertThat(
            keyOf(
                () ->
                    projects.update(
                        officer, id, ended.version(), draft(ProcurementMethod.OPEN_TENDER))))
        .isEqualTo("error.project.closed");
  }

  @Test
  void methodAndBudgetAreFixedOnceReviewStarts() {
    Project p = projects.create(officer, draft(ProcurementMethod.OPEN_TENDER));
    rubrics.applyTemplate(officer, p.id(), RubricTemplates.OPEN_TENDER);
    p =
        move(
            move(projects.get(officer, p.id()), ProjectStatus.PUBLISHED),
            ProjectStatus.UNDER_REVIEW);
    long id = p.id();
    int version = p.version();
    assertThat(
            keyOf(
                () ->
                    projects.update(
                        officer, id, version, draft(ProcurementMethod.COMPETITIVE_CONSULTATION))))
        .isEqualTo("error.project.frozen");
    // until the first score locks it, the rubric may still be corrected in place
    assertThat(rubrics.applyTemplate(officer, id, RubricTemplates.OPEN_TENDER).version())
        .isEqualTo(1);
  }

  @Test
  void staleFormIsRefused() {
    Project p = projects.create(officer, draft(ProcurementMethod.OPEN_TENDER));
    projects.update(officer, p.id(), p.version(), draft(ProcurementMethod.OPEN_TENDER));
    long id = p.id();
    int stale = p.version();
    assertThat(
            keyOf(() -> projects.update(officer, id, stale, draft(ProcurementMethod.OPEN_TENDER))))
        .isEqualTo("error.conflict.project");
  }

  @Test
  void rubricFollowsTheProjectsMethodAndRefusesBrokenRules() {
    Project invited = projects.create(officer, draft(ProcurementMethod.INVITED_TENDER));
    RubricVersion applied =
        rubrics.applyTemplate(officer, invited.id(), RubricTemplates.OPEN_TENDER);
    assertThat(applied.rubric().settings().method()).isEqualTo(ProcurementMethod.INVITED_TENDER);
    assertThat(applied.version()).isEqualTo(1);
    Project consultation =
        projects.create(officer, draft(ProcurementMethod.COMPETITIVE_CONSULTATION));
    long id = consultation.id();
    assertThat(keyOf(() -> rubrics.save(officer, id, RubricTemplates.OPEN_TENDER.rubric(), "")))
        .isEqualTo("error.project.rubricMethod");
    // the tender template's price of 20 is fine for consultation too; its total stays 100
    assertThat(rubrics.copyFrom(officer, id, invited.id()).rubric().settings().method())
        .isEqualTo(ProcurementMethod.COMPETITIVE_CONSULTATION);
  }

  @Test
  void lockedRubricChangesOnlyAsANewVersionBySupervisorWithReason() {
    Project p = projects.create(officer, draft(ProcurementMethod.OPEN_TENDER));
    long id = p.id();
    rubrics.applyTemplate(officer, id, RubricTemplates.OPEN_TENDER);
    rubrics.applyTemplate(officer, id, RubricTemplates.OPEN_TENDER);
    assertThat(rubrics.versions(officer, id)).hasSize(1);
    rubrics.lock(officer, id);
    assertThat(rubrics.current(officer, id).orElseThrow().locked()).isTrue();
    org.careeval.domain.rubric.Rubric template = RubricTemplates.OPEN_TENDER.rubric();
    assertThat(keyOf(() -> rubrics.save(officer, id, template, "改错字")))
        .isEqualTo("error.permission.denied");
    assertThat(keyOf(() -> rubrics.save(supervisor, id, template, " ")))
        .isEqualTo("error.rubric.reasonRequired");
    RubricVersion second = rubrics.save(supervisor, id, template, "评分标准表述有误，经评审委员会确认后更正");
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.locked()).isFalse();
    assertThat(second.changeReason()).startsWith("评分标准表述有误");
    assertThat(rubrics.versions(officer, id))
        .extracting(RubricVersion::version)
        .containsExactly(1, 2);
    assertThat(rubrics.versions(officer, id).get(0).locked()).isTrue();
  }

  @Test
  void workbookImportIsAllOrNothingAndExportReadsBackUnchanged() throws IOException {
    Project p = projects.create(officer, draft(ProcurementMethod.OPEN_TENDER));
    Path good = temp.resolve("good.xlsx");
    RubricWorkbook.write(RubricTemplates.OPEN_TENDER.rubric(), good);
    RubricService.ImportResult imported = rubrics.importWorkbook(officer, p.id(), good, "");
    assertThat(imported.accepted()).isTrue();
    Path exported = temp.resolve("exported.xlsx");
    rubrics.exportWorkbook(officer, p.id(), exported);
    RubricService.ImportResult again = rubrics.importWorkbook(officer, p.id(), exported, "");
    assertThat(again.stored().orElseThrow().rubric())
        .isEqualTo(imported.stored().orElseThrow().rubric());

    Path bad = temp.resolve("bad.xlsx");
    Files.copy(good, bad);
    setCell(bad, "设置", 2, 1, "9");
    RubricService.ImportResult refused = rubrics.importWorkbook(officer, p.id(), bad, "");
    assertThat(refused.accepted()).isFalse();
    assertThat(refused.problems())
        .extracting(pr -> pr.sheet() + "!" + pr.row() + pr.column())
        .contains("设置!3B");
    assertThat(rubrics.current(officer, p.id()).orElseThrow().rubric().settings().pricePoints())
        .isEqualByComparingTo("20");
  }

  @Test
  void placesAreUniqueWithinTheirTownAndCodesOnce() {
    assertThat(
            keyOf(() -> context.places().add(admin, new PlaceDraft(PlaceKind.TOWN, "城关镇", "", ""))))
        .isEqualTo("error.place.duplicate");
    assertThat(
            keyOf(
                () ->
                    context
                        .places()
                        .add(admin, new PlaceDraft(PlaceKind.VILLAGE, "新村", "无此镇", ""))))
        .isEqualTo("error.place.unknownTown");
    assertThat(
            keyOf(
                () ->
                    context
                        .places()
                        .add(admin, new PlaceDraft(PlaceKind.TOWN, "石桥镇", "", "369901101203"))))
        .isEqualTo("error.place.codeUsed");
    assertThat(
            keyOf(
                () ->
                    context.places().add(admin, new PlaceDraft(PlaceKind.TOWN, "石桥镇", "", "3699"))))
        .isEqualTo("error.place.divisionCode");
    assertThat(
            keyOf(
                () -> context.places().add(officer, new PlaceDraft(PlaceKind.TOWN, "石桥镇", "", ""))))
        .isEqualTo("error.permission.denied");
    // the same village name in another town is another village
    context.places().add(admin, new PlaceDraft(PlaceKind.TOWN, "石桥镇", "", ""));
    Place other = context.places().add(admin, new PlaceDraft(PlaceKind.VILLAGE, "河口村", "石桥镇", ""));
    assertThat(other.parentId()).isPresent().isNotEqualTo(Optional.of(town));
  }

  @Test
  void placesWorkbookImportsAllOrNothing() throws IOException {
    Path file = temp.resolve("places.xlsx");
    writeRows(
        file,
        List.of(
            List.of("乡镇（街道）", "村（社区）", "统计用区划代码"),
            List.of("石桥镇", "", "369901102000"),
            List.of("石桥镇", "下坝村", "369901102202"),
            List.of("柳河乡", "柳河村", ""),
            List.of("城关镇", "河口村", "")));
    var result = context.places().importPlaces(admin, file);
    assertThat(result.problems()).isEmpty();
    assertThat(result.created()).isEqualTo(4);
    assertThat(result.unchanged()).isEqualTo(1);
    Path bad = temp.resolve("bad.xlsx");
    writeRows(
        bad,
        List.of(
            List.of("乡镇（街道）", "村（社区）", "统计用区划代码"),
            List.of("北岗乡", "", "12345"),
            List.of("南湖镇", "", "369901102000")));
    var refused = context.places().importPlaces(admin, bad);
    assertThat(refused.problems())
        .extracting(p -> p.row() + p.column() + " " + p.reason().key())
        .containsExactly("2C error.place.divisionCode", "3C error.place.codeUsed");
    assertThat(context.places().list(admin)).extracting(Place::name).doesNotContain("北岗乡", "南湖镇");
  }

  private static void writeRows(Path file, List<List<String>> rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      var sheet = workbook.createSheet("区划");
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      workbook.write(out);
    }
  }

  private static void setCell(Path file, String sheet, int row, int column, String value)
      throws IOException {
    XSSFWorkbook workbook;
    try (InputStream in = Files.newInputStream(file)) {
      workbook = new XSSFWorkbook(in);
    }
    workbook.getSheet(sheet).getRow(row).getCell(column).setCellValue(value);
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    workbook.close();
  }

  @Test
  void registerTownsMustBeKnownPlaces() {
    Organization registered =
        context
            .organizations()
            .register(
                officer,
                new OrganizationDraft(
                    "甲中心", SyntheticCodes.uscc(1), "王", "城关镇", "1", Optional.empty()));
    var details = context.organizationDetails();
    assertThatThrownBy(
            () -> details.saveTowns(officer, registered.id(), registered.version(), List.of("城管镇")))
        .isInstanceOf(CareEvalException.class)
        .satisfies(
            e -> assertThat(CHINESE.describe((CareEvalException) e)).startsWith("“城管镇”不在区划表中"));
    assertThat(
            details
                .saveTowns(officer, registered.id(), registered.version(), List.of("城关镇"))
                .towns())
        .containsExactly("城关镇");
  }

  @Test
  void theAdministratorKeepsTheCategoryCatalogue() {
    ServiceCategory added =
        projects.addCategory(admin, "  留守儿童之家运营 ", false, ServiceCategory.Purpose.CARING);
    assertThat(added.name()).isEqualTo("留守儿童之家运营");
    assertThat(projects.categories(officer)).last().isEqualTo(added);
    assertThat(projects.categories(admin)).last().isEqualTo(added);
    assertThat(
            keyOf(() -> projects.addCategory(admin, "心理疏导", false, ServiceCategory.Purpose.CARING)))
        .isEqualTo("error.category.duplicate");
    assertThat(
            keyOf(
                () -> projects.addCategory(officer, "新类别", false, ServiceCategory.Purpose.CARING)))
        .isEqualTo("error.permission.denied");
    ServiceCategory retired =
        projects.updateCategory(
            admin,
            new ServiceCategory(
                added.id(),
                "留守儿童之家",
                true,
                ServiceCategory.Purpose.PROTECTIVE,
                false,
                added.version()));
    assertThat(retired.active()).isFalse();
    assertThat(retired.purpose()).isEqualTo(ServiceCategory.Purpose.PROTECTIVE);
    assertThat(keyOf(() -> projects.updateCategory(admin, added)))
        .isEqualTo("error.conflict.category");
  }

  @Test
  void theResponsibleOfficerIsAnActiveOfficer() {
    assertThat(projects.officers(officer)).extracting(o -> o.username()).containsExactly("officer");
    ProjectDraft d = draft(ProcurementMethod.OPEN_TENDER);
    ProjectDraft nobody =
        new ProjectDraft(
            d.fiscalYear(),
            d.name(),
            d.budget(),
            d.method(),
            d.termStart(),
            d.termEnd(),
            "supervisor",
            d.categoryIds(),
            d.placeIds(),
            d.targetGroups());
    assertThat(keyOf(() -> projects.create(officer, nobody)))
        .isEqualTo("error.project.officerUnknown");
  }
}
