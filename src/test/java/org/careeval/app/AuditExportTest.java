package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.audit.AuditFilter;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.admin.AuditViewModel;
import org.careeval.ui.common.ImmediateUiExecutor;
import org.careeval.ui.common.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting the audit trail: the workbook, the permission, and the export's own event. */
class AuditExportTest {

  private static final char[] PASSWORD = "admin-pass-1".toCharArray();

  @TempDir Path temp;
  private AppContext context;
  private Session admin;
  private final Messages chinese = Messages.of(Messages.CHINESE);

  @BeforeEach
  void setUp() {
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.users().createFirstAdmin("admin", "王管理", PASSWORD);
    admin = context.authentication().signIn("admin", PASSWORD).session();
    context.users().create(admin, "officer", "=HYPERLINK(\"x\")", Set.of(Role.OFFICER), PASSWORD);
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  @Test
  void exportWritesEveryMatchingEventAndIsItselfAudited() throws Exception {
    Path file = temp.resolve("audit.xlsx");
    int written =
        context.audit().export(admin, AuditFilter.ALL, file, chinese, ZoneOffset.ofHours(8));
    assertThat(written).isEqualTo(3);
    try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
      var sheet = workbook.getSheet("操作日志");
      assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("用户");
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("新建");
    }
    assertThat(context.audit().search(admin, AuditFilter.ALL))
        .filteredOn(e -> e.action() == AuditAction.EXPORT)
        .singleElement()
        .satisfies(e -> assertThat(e.after()).contains("\"events\":3", "audit.xlsx"));
  }

  @Test
  void officerMayNotExport() {
    var officer = context.authentication().signIn("officer", PASSWORD).session();
    AuditViewModel viewModel =
        new AuditViewModel(
            context.audit(),
            officer,
            new ImmediateUiExecutor(),
            new RecordingDialogService(),
            chinese,
            context.clock());
    assertThat(viewModel.canExport()).isFalse();
  }

  @Test
  void viewModelWarnsAboutPersonalDataAndWritesWhereTheUserChose() {
    RecordingDialogService dialogs = new RecordingDialogService();
    AuditViewModel viewModel =
        new AuditViewModel(
            context.audit(), admin, new ImmediateUiExecutor(), dialogs, chinese, context.clock());
    dialogs.confirmAnswer = false;
    viewModel.export();
    assertThat(dialogs.shown).singleElement().asString().contains("个人信息");
    assertThat(temp.resolve("chosen.xlsx")).doesNotExist();

    dialogs.confirmAnswer = true;
    dialogs.saveFileAnswer = Optional.of(temp.resolve("chosen.xlsx"));
    viewModel.export();
    assertThat(temp.resolve("chosen.xlsx")).exists();
    assertThat(viewModel.tasks().feedbackProperty().get().key()).isEqualTo("audit.export.done");
  }
}
