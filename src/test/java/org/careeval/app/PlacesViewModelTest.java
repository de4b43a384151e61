package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careeval.domain.place.PlaceKind;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.ImmediateUiExecutor;
import org.careeval.ui.common.RecordingDialogService;
import org.careeval.ui.place.CategoriesViewModel;
import org.careeval.ui.place.PlacesViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The places screen's view model on a real database: order, the form, the workbook. */
class PlacesViewModelTest {

  private static final char[] PASSWORD = "pass-word-1".toCharArray();

  @TempDir Path temp;
  private AppContext context;
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private PlacesViewModel viewModel;
  private Session officer;

  @BeforeEach
  void setUp() {
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.users().createFirstAdmin("admin", "", PASSWORD);
    Session admin = context.authentication().signIn("admin", PASSWORD).session();
    TestContexts.member(context, admin, "officer", "", Set.of(Role.OFFICER), PASSWORD);
    officer = context.authentication().signIn("officer", PASSWORD).session();
    viewModel = viewModel(admin);
    viewModel.load();
  }

  private PlacesViewModel viewModel(Session session) {
    return new PlacesViewModel(
        context.places(),
        session,
        new ImmediateUiExecutor(),
        dialogs,
        Messages.of(Messages.CHINESE));
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private void add(PlaceKind kind, String name, String town) {
    viewModel.startNew();
    viewModel.kindProperty().set(kind);
    viewModel.nameProperty().set(name);
    viewModel.townProperty().set(town);
    viewModel.save();
  }

  @Test
  void eachTownIsFollowedByItsVillagesInPinyinOrder() {
    add(PlaceKind.TOWN, "石桥镇", null);
    add(PlaceKind.TOWN, "白沙镇", null);
    add(PlaceKind.VILLAGE, "下坝村", "石桥镇");
    add(PlaceKind.VILLAGE, "龙井村", "石桥镇");
    add(PlaceKind.VILLAGE, "沙坪村", "白沙镇");
    assertThat(viewModel.rows())
        .extracting(
            r -> r.town() + "/" + (r.place().kind() == PlaceKind.VILLAGE ? r.place().name() : ""))
        .containsExactly("白沙镇/", "白沙镇/沙坪村", "石桥镇/", "石桥镇/龙井村", "石桥镇/下坝村");
    assertThat(viewModel.towns()).containsExactly("白沙镇", "石桥镇");
  }

  @Test
  void aRefusedPlaceSaysWhyAndARenameIsSaved() {
    add(PlaceKind.TOWN, "石桥镇", null);
    add(PlaceKind.TOWN, "石桥镇", null);
    assertThat(viewModel.tasks().failedProperty().get()).isTrue();
    assertThat(viewModel.tasks().feedbackProperty().get().key()).isEqualTo("error.place.duplicate");
    viewModel.selectedProperty().set(viewModel.rows().get(0));
    viewModel.nameProperty().set("石桥街道");
    viewModel.divisionCodeProperty().set("369901102000");
    viewModel.save();
    assertThat(viewModel.rows())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.place().name()).isEqualTo("石桥街道");
              assertThat(r.place().divisionCode()).isEqualTo("369901102000");
            });
  }

  @Test
  void aRefusedWorkbookIsListedAndNothingIsAdded() throws Exception {
    Path file = temp.resolve("places.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      var sheet = workbook.createSheet("区划");
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("乡镇（街道）");
      header.createCell(1).setCellValue("村（社区）");
      header.createCell(2).setCellValue("统计用区划代码");
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue("柳河乡");
      row.createCell(1).setCellValue("柳河村");
      row.createCell(2).setCellValue("369-9011");
      workbook.write(out);
    }
    dialogs.openFileAnswer = Optional.of(file);
    viewModel.importPlaces();
    assertThat(dialogs.shown).anySatisfy(s -> assertThat(s).contains("导入区划", "369-9011", "12 位数字"));
    assertThat(viewModel.rows()).isEmpty();
  }

  @Test
  void officersReadPlacesButDoNotKeepThem() {
    add(PlaceKind.TOWN, "石桥镇", null);
    PlacesViewModel reader = viewModel(officer);
    reader.load();
    assertThat(reader.rows()).hasSize(1);
    assertThat(reader.canManage()).isFalse();
  }

  @Test
  void theAdministratorSeesAndKeepsTheCatalogue() {
    Session admin = context.authentication().signIn("admin", PASSWORD).session();
    CategoriesViewModel categories =
        new CategoriesViewModel(context.projects(), admin, new ImmediateUiExecutor());
    categories.load();
    assertThat(categories.categories()).hasSize(15);
    assertThat(categories.tasks().failedProperty().get()).isFalse();
    categories.startNew();
    categories.nameProperty().set("儿童之家活动");
    categories.save();
    assertThat(categories.categories()).hasSize(16);
    assertThat(categories.selectedProperty().get().name()).isEqualTo("儿童之家活动");
  }
}
