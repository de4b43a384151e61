package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careeval.cli.Cli;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.audit.AuditEvent;
import org.careeval.domain.audit.AuditFilter;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.OrganizationCode;
import org.careeval.domain.organization.RatingLevel;
import org.careeval.domain.organization.SyntheticCodes;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.careeval.service.i18n.Messages;
import org.careeval.service.imports.ImportProblem;
import org.careeval.service.organization.ImportReport;
import org.careeval.service.organization.ImportReports;
import org.careeval.service.organization.RosterTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Roster import on a real database: every cell checked, all or nothing, re-import is a no-op. */
class OrganizationImportTest {

  private static final char[] PASSWORD = "pass-word-1".toCharArray();
  private static final Messages CHINESE = Messages.of(Messages.CHINESE);

  @TempDir Path temp;
  private AppContext context;
  private Session officer;
  private Session admin;

  @BeforeEach
  void setUp() {
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.users().createFirstAdmin("admin", "", PASSWORD);
    admin = context.authentication().signIn("admin", PASSWORD).session();
    TestContexts.member(context, admin, "officer", "", Set.of(Role.OFFICER), PASSWORD);
    officer = context.authentication().signIn("officer", PASSWORD).session();
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private List<AuditEvent> events() {
    return context.audit().search(admin, AuditFilter.ALL);
  }

  private ImportReport importFile(Path file) {
    return context.organizations().importRoster(officer, file);
  }

  private List<Organization> register() {
    return context.organizations().list(officer, "");
  }

  private static List<String> row(String name, String code, String rating, String grantedOn) {
    boolean rated = !rating.isEmpty();
    return List.of(
        name,
        code,
        "王建国",
        "测试县城关镇1号",
        "0399-6414002",
        rating,
        rated ? "民评01" : "",
        rated ? "测试县民政局" : "",
        grantedOn);
  }

  private Path file(List<List<String>> rows) throws IOException {
    return RosterFiles.write(temp.resolve("roster.xlsx"), rows);
  }

  private static List<String> problemsOf(ImportReport report) {
    return report.problems().stream().map(p -> ImportReports.problem(p, CHINESE)).toList();
  }

  @Test
  void importsTheFilledInTemplate() throws IOException {
    Path template = temp.resolve("template.xlsx");
    RosterTemplate.write(template, CHINESE);
    try (InputStream in = Files.newInputStream(template);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheet("社会组织");
      List<String> values = row("测试县阳光社工服务中心", SyntheticCodes.uscc(1), "4A", "2023-06-15");
      Row row = sheet.createRow(1);
      for (int c = 0; c < values.size(); c++) {
        row.createCell(c).setCellValue(values.get(c));
      }
      try (OutputStream out = Files.newOutputStream(template)) {
        workbook.write(out);
      }
    }

    ImportReport report = importFile(template);

    assertThat(report.accepted()).isTrue();
    assertThat(report.created()).isEqualTo(1);
    Organization saved = register().get(0);
    assertThat(saved.name()).isEqualTo("测试县阳光社工服务中心");
    assertThat(saved.rating().orElseThrow().level()).isEqualTo(RatingLevel.A4);
    assertThat(saved.rating().orElseThrow().expiresOn()).isEqualTo(LocalDate.of(2028, 6, 15));
    assertThat(events()).anyMatch(e -> e.action() == AuditAction.IMPORT);
  }

  @Test
  void reimportingAnExportedRosterChangesNothing() throws IOException {
    assertThat(importFile(RosterFiles.write(temp.resolve("a.xlsx"), manyRows(40))).created())
        .isEqualTo(40);
    Path exported = temp.resolve("exported.xlsx");
    context.organizations().export(officer, exported, CHINESE);
    List<Organization> before = register();
    int auditEvents = events().size();

    ImportReport again = importFile(exported);

    assertThat(again.accepted()).isTrue();
    assertThat(again.unchanged()).isEqualTo(40);
    assertThat(again.created() + again.updated()).isZero();
    assertThat(register()).isEqualTo(before);
    // only the export itself was audited; the no-op import left no event
    assertThat(events().size()).isEqualTo(auditEvents);
  }

  @Test
  void anEnglishExportImportsToo() throws IOException {
    importFile(RosterFiles.write(temp.resolve("a.xlsx"), manyRows(3)));
    Path exported = temp.resolve("exported-en.xlsx");
    context.organizations().export(officer, exported, Messages.of(Messages.ENGLISH));

    assertThat(importFile(exported).unchanged()).isEqualTo(3);
  }

  @Test
  void aChangedRowUpdatesThatOrganizationAndIsAudited() throws IOException {
    importFile(file(List.of(row("甲中心", SyntheticCodes.uscc(1), "", ""))));
    List<String> changed =
        new ArrayList<>(row("甲中心（更名）", SyntheticCodes.uscc(1), "5A", "2024-01-02"));

    ImportReport report = importFile(file(List.of(changed)));

    assertThat(report.updated()).isEqualTo(1);
    Organization now = register().get(0);
    assertThat(now.name()).isEqualTo("甲中心（更名）");
    assertThat(now.rating().orElseThrow().level()).isEqualTo(RatingLevel.A5);
    assertThat(events())
        .anyMatch(
            e -> e.action() == AuditAction.UPDATE && e.entityId().equals(Long.toString(now.id())));
  }

  @Test
  void aFileWithAnyProblemWritesNothingAndReportsEveryCell() throws IOException {
    ImportReport report =
        importFile(
            file(
                List.of(
                    row("好的一行", SyntheticCodes.uscc(1), "", ""),
                    row("", "12345", "6A", "明年"),
                    row("另一行", SyntheticCodes.uscc(2), "3A", ""))));

    assertThat(report.accepted()).isFalse();
    assertThat(register()).isEmpty();
    assertThat(report.problems())
        .extracting(ImportProblem::row, ImportProblem::column)
        .containsExactly(tuple(3, "A"), tuple(3, "B"), tuple(3, "F"), tuple(3, "I"), tuple(4, "I"));
    assertThat(problemsOf(report).get(1))
        .isEqualTo("工作表“社会组织”第 3 行 B 列：代码“12345”不能使用：长度应为 18 位，实际 5 位。");
  }

  @Test
  void problemsAreReportedInTheUsersLanguage() throws IOException {
    ImportReport report = importFile(file(List.of(row("", SyntheticCodes.uscc(1), "", ""))));

    assertThat(ImportReports.problem(report.problems().get(0), Messages.of(Messages.ENGLISH)))
        .isEqualTo("Sheet \"社会组织\", row 2, column A: Fill in \"Name\".");
  }

  @Test
  void wrongOrMissingHeadersAreRefusedWithTheExpectedHeader() throws IOException {
    Path file =
        RosterFiles.write(
            temp.resolve("h.xlsx"),
            List.of(row("甲", SyntheticCodes.uscc(1), "", "")),
            workbook -> {
              Row header = workbook.getSheetAt(0).getRow(0);
              header.getCell(1).setCellValue("信用代码");
              header.removeCell(header.getCell(8));
            });

    ImportReport report = importFile(file);

    assertThat(problemsOf(report))
        .containsExactly(
            "工作表“社会组织”第 1 行 B 列：列标题应为“统一社会信用代码”，实际为“信用代码”。请使用导入模板，不要修改列标题或列的顺序。",
            "工作表“社会组织”第 1 行 I 列：缺少列标题“等级授予日期”。请使用导入模板，不要删除或移动列。");
    assertThat(register()).isEmpty();
  }

  @Test
  void readsTheDataSheetAmongExtraSheetsAndSkipsEmptyRows() throws IOException {
    Path file =
        RosterFiles.write(
            temp.resolve("sheets.xlsx"),
            List.of(row("甲", SyntheticCodes.uscc(1), "", "")),
            workbook -> {
              workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("随便写点什么");
              workbook.setSheetOrder("说明", 0);
              Sheet data = workbook.getSheet("社会组织");
              data.createRow(5).createCell(0).setCellValue("   ");
              List<String> later = row("乙", SyntheticCodes.uscc(2), "", "");
              Row row = data.createRow(9);
              for (int c = 0; c < later.size(); c++) {
                row.createCell(c).setCellValue(later.get(c));
              }
            });

    ImportReport report = importFile(file);

    assertThat(report.accepted()).isTrue();
    assertThat(report.rows()).isEqualTo(2);
    assertThat(register()).extracting(Organization::name).containsExactlyInAnyOrder("甲", "乙");
  }

  @Test
  void mergedCellsAreRefused() throws IOException {
    Path file =
        RosterFiles.write(
            temp.resolve("merged.xlsx"),
            List.of(
                row("甲", SyntheticCodes.uscc(1), "", ""), row("乙", SyntheticCodes.uscc(2), "", "")),
            workbook -> workbook.getSheetAt(0).addMergedRegion(CellRangeAddress.valueOf("C2:C3")));

    ImportReport report = importFile(file);

    assertThat(problemsOf(report))
        .containsExactly("工作表“社会组织”第 2 行 C 列：有合并单元格 C2:C3。请取消合并，并在每个单元格中分别填写。");
    assertThat(register()).isEmpty();
  }

  @Test
  void datesTypedAsTextRealDateCellsAndFullWidthDigitsAreRead() throws IOException {
    Path file =
        RosterFiles.write(
            temp.resolve("dates.xlsx"),
            List.of(
                row("甲", SyntheticCodes.uscc(1), "5A", "2021/6/15"),
                row("乙", SyntheticCodes.uscc(2), "４Ａ", "２０２２年３月１日"),
                row("丙", toFullWidth(SyntheticCodes.uscc(3)).toLowerCase(), "3A", "20230102"),
                row("丁", SyntheticCodes.uscc(4), "2A", "")),
            workbook -> {
              CellStyle date = workbook.createCellStyle();
              date.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
              var cell = workbook.getSheetAt(0).getRow(4).getCell(8);
              cell.setCellValue(LocalDate.of(2020, 12, 31));
              cell.setCellStyle(date);
              workbook.getSheetAt(0).getRow(1).getCell(4).setCellValue("０３９９－６４１４００２");
            });

    ImportReport report = importFile(file);

    assertThat(problemsOf(report)).isEmpty();
    assertThat(register())
        .extracting(o -> o.rating().orElseThrow().grantedOn())
        .containsExactlyInAnyOrder(
            LocalDate.of(2020, 12, 31),
            LocalDate.of(2021, 6, 15),
            LocalDate.of(2022, 3, 1),
            LocalDate.of(2023, 1, 2));
    assertThat(context.organizations().list(officer, "甲").get(0).phone()).isEqualTo("0399-6414002");
    assertThat(context.organizations().list(officer, "丙").get(0).code().value())
        .isEqualTo(SyntheticCodes.uscc(3));
  }

  @Test
  void textThatIsNotADateIsRefused() throws IOException {
    ImportReport report =
        importFile(
            file(
                List.of(
                    row("甲", SyntheticCodes.uscc(1), "5A", "2021-02-30"),
                    row("乙", SyntheticCodes.uscc(2), "5A", "2099-01-01"))));

    assertThat(problemsOf(report))
        .containsExactly(
            "工作表“社会组织”第 2 行 I 列：“2021-02-30”不是日期。请填写例如 2023-06-15、2023/6/15 或 2023年6月15日。",
            "工作表“社会组织”第 3 行 I 列：日期 2099-01-01 晚于今天。");
  }

  @Test
  void duplicateCodesInsideOneFileAreRefusedNamingTheFirstRow() throws IOException {
    ImportReport report =
        importFile(
            file(
                List.of(
                    row("甲", SyntheticCodes.uscc(1), "", ""),
                    row("乙", " " + SyntheticCodes.uscc(1).toLowerCase() + " ", "", ""))));

    assertThat(problemsOf(report))
        .containsExactly(
            "工作表“社会组织”第 3 行 B 列：代码 "
                + SyntheticCodes.uscc(1)
                + " 在本文件中重复出现（第一次在第 2 行）。同一个代码只能填写一次。");
    assertThat(register()).isEmpty();
  }

  @Test
  void aCheckCharacterFailureIsRegisteredAsWaitingForASupervisor() throws IOException {
    ImportReport report =
        importFile(file(List.of(row("甲", SyntheticCodes.wrongCheckCharacter(1), "", ""))));

    assertThat(report.pendingCodes()).isEqualTo(1);
    LocalizedText summary = ImportReports.summary(report);
    assertThat(CHINESE.get(summary.key(), summary.arguments().toArray())).contains("待督导确认");
    assertThat(register().get(0).code().status()).isEqualTo(OrganizationCode.CheckStatus.PENDING);
  }

  @Test
  void filesThatAreNotWorkbooksAreRefusedSayingWhy() throws IOException {
    Path text = Files.writeString(temp.resolve("roster.xlsx"), "名称,代码\n甲,1\n");
    Path oldExcel = temp.resolve("old.xls");
    Files.write(oldExcel, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
    Path whole = RosterFiles.write(temp.resolve("whole.xlsx"), manyRows(50));
    byte[] bytes = Files.readAllBytes(whole);
    Path truncated =
        Files.write(temp.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

    assertThat(keyOf(text)).isEqualTo("error.xlsx.notXlsx");
    assertThat(keyOf(oldExcel)).isEqualTo("error.xlsx.oldFormat");
    assertThat(keyOf(truncated)).isEqualTo("error.xlsx.damaged");
    assertThat(keyOf(temp.resolve("missing.xlsx"))).isEqualTo("error.xlsx.notFound");
    assertThat(register()).isEmpty();
  }

  @Test
  void onlyUsersWhoMayEditTheRegisterImport() throws IOException {
    Path file = file(List.of(row("甲", SyntheticCodes.uscc(1), "", "")));
    TestContexts.member(context, admin, "expert", "", Set.of(Role.EXPERT), PASSWORD);
    Session expert = context.authentication().signIn("expert", PASSWORD).session();

    assertThatThrownBy(() -> context.organizations().importRoster(expert, file))
        .isInstanceOf(CareEvalException.class)
        .extracting(e -> ((CareEvalException) e).messageKey())
        .isEqualTo("error.permission.denied");
  }

  @Test
  @Tag("slow")
  void aHundredThousandRowFileImportsInOneGo() throws IOException {
    Path file = RosterFiles.writeMany(temp.resolve("large.xlsx"), 100_000);

    ImportReport report = importFile(file);

    assertThat(report.accepted()).isTrue();
    assertThat(report.created()).isEqualTo(100_000);
    assertThat(context.organizations().list(officer, SyntheticCodes.uscc(99_999)))
        .extracting(Organization::name)
        .containsExactly("测试县第99999社会工作服务中心");
  }

  @Test
  @Tag("slow")
  void aHundredThousandRowFileWithOneBadCellWritesNothing() throws IOException {
    // the last row repeats the first code: found only at the very end of the file
    Path broken =
        RosterFiles.writeMany(
            temp.resolve("broken.xlsx"),
            100_000,
            n -> {
              List<String> row = new ArrayList<>(RosterFiles.organization(n));
              if (n == 99_999) {
                row.set(1, SyntheticCodes.uscc(0));
              }
              return row;
            });

    ImportReport report = importFile(broken);

    assertThat(report.problemCount()).isEqualTo(1);
    assertThat(report.problems().get(0).row()).isEqualTo(100_001);
    assertThat(register()).isEmpty();
  }

  @Test
  void orgImportCliImportsOrListsEveryProblemAsTsvWithExitCode1() throws IOException {
    Path good = RosterFiles.write(temp.resolve("good.xlsx"), manyRows(2));
    Path bad =
        RosterFiles.write(
            temp.resolve("bad.xlsx"), List.of(row("", SyntheticCodes.uscc(1), "7A", "2023-01-01")));
    context.close();

    CliRun refused = cli("org", "import", bad.toString(), "--user", "officer");
    CliRun imported = cli("org", "import", good.toString(), "--user", "officer");
    CliRun template = cli("org", "template", temp.resolve("t.xlsx").toString());

    assertThat(refused.code).isEqualTo(1);
    assertThat(refused.out.toString().lines())
        .containsExactly(
            "社会组织\t2\tA\t请填写“名称”。", "社会组织\t2\tF\t评估等级“7A”无效，请从下拉列表中选择 5A、4A、3A、2A 或 1A。");
    assertThat(refused.err.toString()).contains("文件中有 2 处问题，没有导入任何数据");
    assertThat(imported.code).as(imported.err.toString()).isZero();
    assertThat(imported.out.toString().strip()).isEqualTo("导入完成：共 2 行，新增 2 家，更新 0 家，未变化 0 家。");
    assertThat(template.code).isZero();
    assertThat(temp.resolve("t.xlsx")).exists();
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
  }

  private record CliRun(int code, StringWriter out, StringWriter err) {}

  private CliRun cli(String... arguments) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("--data-dir", temp.resolve("data").toString()));
    all.addAll(List.of(arguments));
    int code =
        Cli.run(
            all.toArray(String[]::new),
            new TestCliEnvironment(String.valueOf(PASSWORD)),
            new PrintWriter(out),
            new PrintWriter(err));
    return new CliRun(code, out, err);
  }

  private String keyOf(Path file) {
    try {
      importFile(file);
    } catch (CareEvalException e) {
      return e.messageKey();
    }
    throw new AssertionError("expected the file to be refused");
  }

  static List<List<String>> manyRows(int count) {
    List<List<String>> rows = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      rows.add(RosterFiles.organization(n));
    }
    return rows;
  }

  private static String toFullWidth(String ascii) {
    StringBuilder out = new StringBuilder();
    ascii.chars().forEach(c -> out.append((char) (c + 0xFEE0)));
    return out.toString();
  }
}
