package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.TestContexts.keyOf;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.audit.AuditFilter;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.OrganizationCode;
import org.careeval.domain.organization.OrganizationDraft;
import org.careeval.domain.organization.Rating;
import org.careeval.domain.organization.RatingLevel;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.careeval.service.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register's rules on a real database: codes, duplicates, override, permissions, audit. */
class OrganizationServiceTest {

  private static final char[] PASSWORD = "pass-word-1".toCharArray();

  @TempDir Path temp;
  private AppContext context;
  private Session admin;
  private Session officer;
  private Session supervisor;
  private Session expert;

  @BeforeEach
  void setUp() {
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.users().createFirstAdmin("admin", "", PASSWORD);
    admin = context.authentication().signIn("admin", PASSWORD).session();
    officer = user("officer", Role.OFFICER);
    supervisor = user("supervisor", Role.SUPERVISOR);
    expert = user("expert", Role.EXPERT);
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private Session user(String name, Role role) {
    TestContexts.member(context, admin, name, "", Set.of(role), PASSWORD);
    return context.authentication().signIn(name, PASSWORD).session();
  }

  private static OrganizationDraft draft(String name, String code) {
    return new OrganizationDraft(
        name,
        code,
        "张三",
        "XX县城关镇",
        "0371-1234567",
        Optional.of(new Rating(RatingLevel.A4, "民评 2021-07", "XX县民政局", LocalDate.of(2021, 6, 15))));
  }

  @Test
  void officerRegistersAnOrganizationWithItsTypeFromTheCode() {
    Organization saved =
        context.organizations().register(officer, draft("XX县阳光社会工作服务中心", " 52411525mj1234ab4l "));
    assertThat(saved.code().value()).isEqualTo("52411525MJ1234AB4L");
    assertThat(saved.code().category()).map(c -> c.code()).contains("52");
    assertThat(saved.rating().orElseThrow().expiresOn()).isEqualTo(LocalDate.of(2026, 6, 15));
    assertThat(context.organizations().list(expert, "阳光"))
        .extracting(Organization::id)
        .containsExactly(saved.id());
    assertThat(context.audit().search(admin, AuditFilter.ALL))
        .filteredOn(e -> e.action() == AuditAction.CREATE && e.entityType().equals("organization"))
        .singleElement()
        .satisfies(e -> assertThat(e.after()).contains("52411525MJ1234AB4L", "\"rating\":\"4A\""));
  }

  @Test
  void sameCodeTwiceIsRefusedWhateverTheSpellingAndSimilarNamesAreFound() {
    context.organizations().register(officer, draft("XX县阳光社会工作服务中心", "52411525MJ1234AB4L"));
    assertThat(
            keyOf(
                () ->
                    context
                        .organizations()
                        .register(officer, draft("另一个名称", "５２４１１５２５ＭＪ１２３４ＡＢ４Ｌ"))))
        .isEqualTo("error.org.duplicateCode");
    assertThat(context.organizations().similarNames(officer, "XX县 阳光社工服务中心", 0))
        .extracting(Organization::name)
        .containsExactly("XX县阳光社会工作服务中心");
  }

  @Test
  void invalidCodesNeverGetIn() {
    assertThat(
            keyOf(
                () -> context.organizations().register(officer, draft("甲", "5111000050000O123X"))))
        .isEqualTo("error.org.invalidCode");
    assertThat(
            keyOf(
                () -> context.organizations().register(officer, draft(" ", "52411525MJ1234AB4L"))))
        .isEqualTo("error.text.required");
    assertThat(context.organizations().list(officer, "")).isEmpty();
  }

  @Test
  void invalidCodeMessageSaysWhatIsWrongInTheUsersLanguage() {
    try {
      context.organizations().register(officer, draft("甲", "5311000050002167K"));
      throw new AssertionError("expected a refusal");
    } catch (CareEvalException e) {
      assertThat(Messages.of(Messages.CHINESE).describe(e))
          .isEqualTo("代码“5311000050002167K”不能使用：长度应为 18 位，实际 17 位。");
    }
  }

  @Test
  void aChangeFromAnOlderVersionIsRefusedAndTheNewerOneKept() {
    Organization loaded =
        context.organizations().register(officer, draft("甲协会", "52411525MJ1234AB4L"));
    Organization first =
        context
            .organizations()
            .update(
                officer,
                loaded.id(),
                loaded.version(),
                draft("甲协会（一）", loaded.code().value()),
                true);

    assertThat(
            keyOf(
                () ->
                    context
                        .organizations()
                        .update(
                            officer,
                            loaded.id(),
                            loaded.version(),
                            draft("甲协会（二）", loaded.code().value()),
                            true)))
        .isEqualTo("error.conflict.organization");
    assertThat(first.version()).isEqualTo(loaded.version() + 1);
    assertThat(context.organizations().list(officer, ""))
        .extracting(Organization::name)
        .containsExactly("甲协会（一）");
  }

  @Test
  void whoeverRegisteredAFailedCodeMayNotAcceptItThemselves() {
    TestContexts.member(
        context, admin, "both", "", Set.of(Role.OFFICER, Role.SUPERVISOR), PASSWORD);
    Session both = context.authentication().signIn("both", PASSWORD).session();
    Organization pending =
        context.organizations().register(both, draft("乙协会", "91350203M0001QAY9B"));

    assertThat(
            keyOf(
                () ->
                    context
                        .organizations()
                        .overrideCheck(both, pending.id(), pending.version(), "证书如此")))
        .isEqualTo("error.org.overrideOwnRegistration");
    assertThat(
            context
                .organizations()
                .overrideCheck(supervisor, pending.id(), pending.version(), "证书如此")
                .code()
                .status())
        .isEqualTo(OrganizationCode.CheckStatus.OVERRIDDEN);
  }

  @Test
  void failedCheckCharacterWaitsForASupervisorsReasonedOverride() {
    Organization pending =
        context.organizations().register(officer, draft("乙协会", "91350203M0001QAY9B"));
    assertThat(pending.code().status()).isEqualTo(OrganizationCode.CheckStatus.PENDING);
    assertThat(
            keyOf(
                () ->
                    context
                        .organizations()
                        .overrideCheck(officer, pending.id(), pending.version(), "证书如此")))
        .isEqualTo("error.permission.denied");
    assertThat(
            keyOf(
                () ->
                    context
                        .organizations()
                        .overrideCheck(supervisor, pending.id(), pending.version(), " ")))
        .isEqualTo("error.org.overrideReasonMissing");
    Organization accepted =
        context
            .organizations()
            .overrideCheck(supervisor, pending.id(), pending.version(), "登记证书上的代码即为此代码");
    assertThat(accepted.code().status()).isEqualTo(OrganizationCode.CheckStatus.OVERRIDDEN);
    assertThat(accepted.checkOverrideReason()).contains("登记证书上的代码即为此代码");
    // editing other fields keeps the override
    Organization edited =
        context
            .organizations()
            .update(
                officer,
                pending.id(),
                accepted.version(),
                draft("乙协会（更名）", "91350203M0001QAY9B"),
                true);
    assertThat(edited.code().status()).isEqualTo(OrganizationCode.CheckStatus.OVERRIDDEN);
    assertThat(
            keyOf(
                () ->
                    context
                        .organizations()
                        .overrideCheck(supervisor, pending.id(), edited.version(), "again")))
        .isEqualTo("error.org.nothingToOverride");
  }

  @Test
  void onlyOfficersEditAndAdminsDoNotSeeTheRegister() {
    assertThat(
            keyOf(
                () ->
                    context.organizations().register(supervisor, draft("丙", "52411525MJ1234AB4L"))))
        .isEqualTo("error.permission.denied");
    assertThat(
            keyOf(() -> context.organizations().register(expert, draft("丙", "52411525MJ1234AB4L"))))
        .isEqualTo("error.permission.denied");
    assertThat(keyOf(() -> context.organizations().list(admin, "")))
        .isEqualTo("error.permission.denied");
  }

  @Test
  void orgListCliPrintsTheRegisterAsTsv() {
    context.organizations().register(officer, draft("XX县阳光社会工作服务中心", "52411525MJ1234AB4L"));
    context.organizations().register(officer, draft("老组织", "50002167-6"));
    context.close();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        org.careeval.cli.Cli.run(
            new String[] {
              "--data-dir", temp.resolve("data").toString(), "org", "list", "--user", "officer"
            },
            new TestCliEnvironment(String.valueOf(PASSWORD)),
            new PrintWriter(out),
            new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString().lines().toList())
        .containsExactly(
            "1\tXX县阳光社会工作服务中心\t52411525MJ1234AB4L\tUSCC\tPASSED\t52\t4A\t2026-06-15\ttrue",
            "2\t老组织\t500021676\tLEGACY\tPASSED\t\t4A\t2026-06-15\ttrue");
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
  }

  @Test
  void rosterExportHasTheImportColumnsFirstAndShowsTheOverrideReason() throws Exception {
    context.organizations().register(officer, draft("=HYPERLINK(\"x\")协会", "52411525MJ1234AB4L"));
    Organization pending =
        context.organizations().register(officer, draft("乙协会", "91350203M0001QAY9B"));
    context
        .organizations()
        .overrideCheck(supervisor, pending.id(), pending.version(), "登记证书上的代码即为此代码");
    Path file = temp.resolve("roster.xlsx");
    assertThat(context.organizations().export(supervisor, file, Messages.of(Messages.CHINESE)))
        .isEqualTo(2);
    try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile())) {
      var sheet = workbook.getSheet("社会组织名录");
      var header = sheet.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("名称");
      assertThat(header.getCell(1).getStringCellValue()).isEqualTo("统一社会信用代码");
      assertThat(header.getCell(8).getStringCellValue()).isEqualTo("等级授予日期");
      var formulaLike = sheet.getRow(1); // names sort "=…" first
      assertThat(formulaLike.getCell(0).getStringCellValue()).startsWith("=HYPERLINK");
      assertThat(formulaLike.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(formulaLike.getCell(5).getStringCellValue()).isEqualTo("4A");
      assertThat(formulaLike.getCell(8).getStringCellValue()).isEqualTo("2021-06-15");
      var accepted = sheet.getRow(2);
      assertThat(accepted.getCell(10).getStringCellValue()).isEqualTo("校验码未通过，已由督导确认");
      assertThat(accepted.getCell(11).getStringCellValue()).isEqualTo("登记证书上的代码即为此代码");
    }
    assertThat(context.audit().search(admin, AuditFilter.ALL))
        .filteredOn(e -> e.action() == AuditAction.EXPORT)
        .singleElement()
        .satisfies(e -> assertThat(e.actor()).isEqualTo("supervisor"));
    assertThat(
            keyOf(() -> context.organizations().export(admin, file, Messages.of(Messages.CHINESE))))
        .isEqualTo("error.permission.denied");
  }

  @Test
  void orgExportCliWritesTheWorkbook() {
    context.organizations().register(officer, draft("甲协会", "52411525MJ1234AB4L"));
    context.close();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path file = temp.resolve("cli-roster.xlsx");
    int code = exportCli(file, out, err);
    assertThat(code).as(err.toString()).isZero();
    assertThat(file).exists();
    assertThat(out.toString()).contains("已导出 1 家社会组织");

    // a second export to the same file is refused unless the script says --overwrite
    StringWriter again = new StringWriter();
    assertThat(exportCli(file, new StringWriter(), again)).isEqualTo(1);
    assertThat(again.toString()).contains("已经存在", "--overwrite");
    assertThat(exportCli(file, new StringWriter(), new StringWriter(), "--overwrite")).isZero();
    // a folder is never replaced, a read-only file never overwritten
    Path folder = temp.resolve("empty-folder");
    folder.toFile().mkdirs();
    assertThat(exportCli(folder, new StringWriter(), new StringWriter(), "--overwrite"))
        .isEqualTo(1);
    assertThat(folder).isDirectory();
    assertThat(file.toFile().setWritable(false)).isTrue();
    StringWriter readOnly = new StringWriter();
    // the file's own read-only mark counts, even for an administrator who could write it
    assertThat(exportCli(file, new StringWriter(), readOnly, "--overwrite")).isEqualTo(1);
    assertThat(readOnly.toString()).contains("只读");
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
  }

  private int exportCli(Path file, StringWriter out, StringWriter err, String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--data-dir",
                temp.resolve("data").toString(),
                "org",
                "export",
                file.toString(),
                "--user",
                "officer"));
    args.addAll(List.of(extra));
    return org.careeval.cli.Cli.run(
        args.toArray(String[]::new),
        new TestCliEnvironment(String.valueOf(PASSWORD)),
        new PrintWriter(out),
        new PrintWriter(err));
  }

  @Test
  void deactivatingKeepsTheRecordButMarksItInactive() {
    Organization saved =
        context.organizations().register(officer, draft("甲协会", "52411525MJ1234AB4L"));

    Organization after =
        context
            .organizations()
            .update(
                officer, saved.id(), saved.version(), draft("甲协会", "52411525MJ1234AB4L"), false);

    assertThat(after.active()).isFalse();
    assertThat(context.organizations().list(officer, ""))
        .extracting(Organization::active)
        .containsExactly(false);
  }

  @Test
  void overlongFieldsAreRefusedNamingTheField() {
    OrganizationDraft longPhone =
        new OrganizationDraft(
            "甲协会", "52411525MJ1234AB4L", "张三", "地址", "1".repeat(51), Optional.empty());

    CareEvalException refused =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            () -> context.organizations().register(officer, longPhone), CareEvalException.class);

    assertThat(Messages.of(Messages.CHINESE).describe(refused))
        .isEqualTo("“联系电话”最多 50 个字符，这里有 51 个。");
  }
}
