package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.audit.AuditFilter;
import org.careeval.domain.organization.CreditFlag;
import org.careeval.domain.organization.CreditFlagType;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.OrganizationDraft;
import org.careeval.domain.system.Setting;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.careeval.service.audit.AuditReading;
import org.careeval.service.audit.AuditReading.Change;
import org.careeval.service.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail as an auditor reads it, in the viewer and in the export: objects by name, field
 * names and values in the user's language, only what changed.
 */
class AuditReadingTest {

  private static final char[] PASSWORD = "admin-pass-1".toCharArray();

  @TempDir Path temp;
  private AppContext context;
  private Session admin;
  private Session officer;
  private final Messages chinese = Messages.of(Messages.CHINESE);

  @BeforeEach
  void setUp() {
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.users().createFirstAdmin("admin", "王管理", PASSWORD);
    admin = context.authentication().signIn("admin", PASSWORD).session();
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private List<AuditReading.Readable> trail(Messages messages) {
    return context.audit().read(admin, AuditFilter.ALL, messages);
  }

  private AuditReading.Readable latest(AuditAction action, String entityLabel) {
    return trail(chinese).stream()
        .filter(r -> r.event().action() == action && r.entity().equals(entityLabel))
        .findFirst()
        .orElseThrow();
  }

  private Organization register() {
    TestContexts.member(context, admin, "officer", "李经办", Set.of(Role.OFFICER), PASSWORD);
    officer = context.authentication().signIn("officer", PASSWORD).session();
    return context
        .organizations()
        .register(
            officer,
            new OrganizationDraft(
                "青山县阳光社会工作服务中心", "52411525MJ1234AB4L", "陈静", "", "0399-1", Optional.empty()));
  }

  @Test
  void anUpdateNamesTheOrganizationAndShowsOnlyWhatChangedInChinese() {
    Organization o = register();
    context
        .organizations()
        .update(
            officer,
            o.id(),
            o.version(),
            new OrganizationDraft(o.name(), o.code().value(), "陈静", "", "0399-2", Optional.empty()),
            false);
    AuditReading.Readable update = latest(AuditAction.UPDATE, "社会组织");
    assertThat(update.subject()).isEqualTo("青山县阳光社会工作服务中心");
    assertThat(update.changes())
        .containsExactly(new Change("电话", "0399-1", "0399-2"), new Change("在册/启用", "是", "否"));
    assertThat(update.summary()).isEqualTo("电话：0399-1 → 0399-2；在册/启用：是 → 否");
  }

  @Test
  void aNewUserShowsRolesAsWordsAndIsNamedAsAPerson() {
    register();
    AuditReading.Readable created = latest(AuditAction.CREATE, "用户");
    assertThat(created.subject()).isEqualTo("李经办（officer）");
    assertThat(created.changes()).contains(new Change("角色", "", "经办人"));
    assertThat(created.changes().get(0)).isEqualTo(new Change("用户名", "", "officer"));
  }

  @Test
  void detailsSettingsAndFailedSignInsReadAsWords() {
    Organization o = register();
    context
        .organizationDetails()
        .addCreditFlag(
            officer,
            o.id(),
            new CreditFlag(
                0,
                CreditFlagType.ABNORMAL_OPERATION,
                LocalDate.of(2026, 3, 1),
                Optional.empty(),
                "信用中国",
                ""));
    context.settings().update(admin, Setting.MIN_PASSWORD_LENGTH, "10");
    assertThatThrownBy(
        () -> context.authentication().signIn("officer", "wrong-pass-1".toCharArray()));

    AuditReading.Readable flag = latest(AuditAction.CREATE, "信用记录");
    assertThat(flag.subject()).isEqualTo("青山县阳光社会工作服务中心");
    assertThat(flag.changes())
        .contains(new Change("类型", "", chinese.get(CreditFlagType.ABNORMAL_OPERATION.labelKey())))
        .noneMatch(c -> c.field().equals("id"));
    AuditReading.Readable setting = latest(AuditAction.UPDATE, "系统设置");
    assertThat(setting.subject()).isEqualTo(chinese.get(Setting.MIN_PASSWORD_LENGTH.labelKey()));
    assertThat(setting.changes()).containsExactly(new Change("设置值", "8", "10"));
    AuditReading.Readable failed = latest(AuditAction.SIGN_IN_FAILED, "用户");
    assertThat(failed.changes()).containsExactly(new Change("原因", "", "密码错误"));
  }

  @Test
  void englishReadersGetEnglishWords() {
    register();
    AuditReading.Readable created =
        context.audit().read(admin, AuditFilter.ALL, Messages.of(Messages.ENGLISH)).stream()
            .filter(r -> r.event().action() == AuditAction.CREATE)
            .filter(r -> r.event().entityType().equals(AuditEntity.USER.code()))
            .findFirst()
            .orElseThrow();
    assertThat(created.changes()).contains(new Change("Roles", "", "Officer"));
  }

  @Test
  void theExportCarriesTheSameReadableTextBesideTheStoredRecord() throws Exception {
    register();
    Path file = temp.resolve("audit.xlsx");
    context.audit().export(admin, AuditFilter.ALL, file, chinese, ZoneOffset.ofHours(8));
    try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
      var sheet = workbook.getSheet("操作日志");
      assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("对象名称");
      assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("修改内容");
      boolean found = false;
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        if (sheet.getRow(r).getCell(6).getStringCellValue().equals("青山县阳光社会工作服务中心")) {
          assertThat(sheet.getRow(r).getCell(7).getStringCellValue()).contains("名称：青山县阳光社会工作服务中心");
          assertThat(sheet.getRow(r).getCell(8).getStringCellValue()).isEmpty();
          assertThat(sheet.getRow(r).getCell(9).getStringCellValue()).contains("\"name\"");
          found = true;
        }
      }
      assertThat(found).isTrue();
    }
  }
}
