package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.organization.CreditFlagType;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.OrganizationAlert;
import org.careeval.domain.organization.OrganizationCode;
import org.careeval.domain.organization.OrganizationDraft;
import org.careeval.domain.organization.RatingLevel;
import org.careeval.domain.organization.RegisterQuery;
import org.careeval.domain.organization.UsccCategory;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.ImmediateUiExecutor;
import org.careeval.ui.common.RecordingDialogService;
import org.careeval.ui.organization.OrganizationDetailsViewModel;
import org.careeval.ui.organization.OrganizationRegistryViewModel;
import org.careeval.ui.organization.RegisterAlertsViewModel;
import org.careeval.ui.organization.RegisterRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register screen's behaviour without a window, on real services. */
class OrganizationRegistryViewModelTest {

  private static final char[] PASSWORD = "pass-word-1".toCharArray();
  private static final CountyClock TODAY =
      new CountyClock(
          Clock.fixed(
              LocalDate.of(2026, 4, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
          ZoneOffset.UTC);

  private static final LocalDate TODAY_DATE = LocalDate.of(2026, 4, 1);

  @TempDir Path temp;
  private AppContext context;
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private OrganizationRegistryViewModel officerScreen;
  private OrganizationRegistryViewModel supervisorScreen;

  @BeforeEach
  void setUp() {
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.users().createFirstAdmin("admin", "", PASSWORD);
    Session admin = context.authentication().signIn("admin", PASSWORD).session();
    TestContexts.towns(context, admin, "城关镇", "石桥镇");
    TestContexts.member(context, admin, "officer", "", Set.of(Role.OFFICER), PASSWORD);
    TestContexts.member(context, admin, "supervisor", "", Set.of(Role.SUPERVISOR), PASSWORD);
    officerScreen = screen(context.authentication().signIn("officer", PASSWORD).session());
    supervisorScreen = screen(context.authentication().signIn("supervisor", PASSWORD).session());
  }

  private OrganizationRegistryViewModel screen(Session session) {
    return new OrganizationRegistryViewModel(
        context.organizations(),
        context.organizationDetails(),
        session,
        new ImmediateUiExecutor(),
        dialogs,
        Messages.of(Messages.CHINESE),
        TODAY);
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private void fill(String name, String code) {
    officerScreen.startNew();
    officerScreen.nameProperty().set(name);
    officerScreen.codeProperty().set(code);
  }

  @Test
  void registersAndSelectsTheNewOrganization() {
    fill("XX县阳光社会工作服务中心", "52411525MJ1234AB4L");
    officerScreen.ratingLevelProperty().set(RatingLevel.A4);
    officerScreen.ratingGrantedOnProperty().set(LocalDate.of(2021, 6, 15));
    officerScreen.save();
    assertThat(officerScreen.rows()).hasSize(1);
    assertThat(officerScreen.selectedProperty().get().rating().orElseThrow().expiresOn())
        .isEqualTo(LocalDate.of(2026, 6, 15));
    assertThat(officerScreen.tasks().feedbackProperty().get().key())
        .isEqualTo("organization.saved.created");
    assertThat(dialogs.shown).isEmpty();
  }

  @Test
  void ratingWithoutItsDateIsExplainedNotSaved() {
    fill("甲", "52411525MJ1234AB4L");
    officerScreen.ratingLevelProperty().set(RatingLevel.A3);
    officerScreen.save();
    assertThat(officerScreen.tasks().feedbackProperty().get().key())
        .isEqualTo("error.org.ratingDateMissing");
    assertThat(officerScreen.rows()).isEmpty();
  }

  @Test
  void everyRefusedFieldIsNamedForTheViewAndClearsWhenChanged() {
    fill("", "");
    officerScreen.ratingLevelProperty().set(RatingLevel.A3);
    officerScreen.save();
    assertThat(officerScreen.fieldProblems()).containsOnlyKeys(OrganizationDraft.RATING_GRANTED_ON);
    officerScreen.ratingLevelProperty().set(null);
    officerScreen.save();
    assertThat(officerScreen.fieldProblems())
        .containsKeys(OrganizationDraft.NAME, OrganizationDraft.CODE);
    officerScreen.nameProperty().set("甲协会");
    assertThat(officerScreen.fieldProblems()).doesNotContainKey(OrganizationDraft.NAME);
    assertThat(officerScreen.fieldProblems()).containsKey(OrganizationDraft.CODE);
  }

  @Test
  void similarNameAsksFirstAndCancelSavesNothing() {
    fill("XX县阳光社会工作服务中心", "52411525MJ1234AB4L");
    officerScreen.save();
    fill("XX县阳光社工服务中心", "51310110501144395U");
    dialogs.confirmAnswer = false;
    officerScreen.save();
    assertThat(dialogs.shown).singleElement().asString().contains("XX县阳光社会工作服务中心");
    assertThat(officerScreen.rows()).hasSize(1);
    dialogs.confirmAnswer = true;
    officerScreen.save();
    assertThat(officerScreen.rows()).hasSize(2);
  }

  @Test
  void supervisorAcceptsAPendingCodeWithAReason() {
    fill("乙协会", "91350203M0001QAY9B");
    officerScreen.save();
    assertThat(officerScreen.canOverride()).isFalse();
    supervisorScreen.load();
    supervisorScreen.selectedProperty().set(supervisorScreen.rows().get(0).organization());
    assertThat(supervisorScreen.canEdit()).isFalse();
    dialogs.textAnswer = Optional.empty();
    supervisorScreen.overrideCheck();
    assertThat(supervisorScreen.selectedProperty().get().code().status())
        .isEqualTo(OrganizationCode.CheckStatus.PENDING);
    dialogs.textAnswer = Optional.of("登记证书上的代码即为此代码");
    supervisorScreen.overrideCheck();
    assertThat(supervisorScreen.selectedProperty().get().code().status())
        .isEqualTo(OrganizationCode.CheckStatus.OVERRIDDEN);
  }

  @Test
  void searchFiltersAsTheOfficerTypes() {
    fill("XX县阳光社会工作服务中心", "52411525MJ1234AB4L");
    officerScreen.save();
    fill("YY慈善基金会", "53100000500021676K");
    officerScreen.save();
    officerScreen.startNew(); // nothing in the form, so nothing kept in the list
    officerScreen.searchProperty().set("基金");
    assertThat(officerScreen.rows())
        .extracting(e -> e.organization().name())
        .containsExactly("YY慈善基金会");
    officerScreen.searchProperty().set("5241");
    assertThat(officerScreen.rows())
        .extracting(e -> e.organization().name())
        .containsExactly("XX县阳光社会工作服务中心");
  }

  @Test
  void exportWarnsAboutPersonalDataThenWritesWhereChosen() {
    fill("甲协会", "52411525MJ1234AB4L");
    officerScreen.save();
    dialogs.shown.clear();
    dialogs.confirmAnswer = false;
    officerScreen.export();
    assertThat(dialogs.shown).singleElement().asString().contains("个人信息");
    dialogs.confirmAnswer = true;
    dialogs.saveFileAnswer = Optional.of(temp.resolve("roster.xlsx"));
    officerScreen.export();
    assertThat(temp.resolve("roster.xlsx")).exists();
    assertThat(officerScreen.tasks().feedbackProperty().get().key())
        .isEqualTo("organization.export.done");
  }

  @Test
  void importFillsTheListAndARefusedFileIsExplainedRowByRow() throws Exception {
    Path good = RosterFiles.write(temp.resolve("good.xlsx"), OrganizationImportTest.manyRows(3));
    Path bad = RosterFiles.write(temp.resolve("bad.xlsx"), List.of(List.of("缺代码的组织")));
    officerScreen.load();

    dialogs.openFileAnswer = Optional.of(bad);
    officerScreen.importRoster();
    assertThat(officerScreen.tasks().failedProperty().get()).isTrue();
    assertThat(dialogs.shown.get(dialogs.shown.size() - 1))
        .contains("文件中有 1 处问题")
        .contains("工作表“社会组织”第 2 行 B 列：请填写“统一社会信用代码（或旧的 9 位组织机构代码）”。");
    assertThat(officerScreen.rows()).isEmpty();

    dialogs.openFileAnswer = Optional.of(good);
    officerScreen.importRoster();
    assertThat(officerScreen.rows()).hasSize(3);
    assertThat(officerScreen.tasks().feedbackProperty().get().key())
        .isEqualTo("organization.import.done");
  }

  private Organization registered(String name, String code) {
    fill(name, code);
    officerScreen.save();
    return officerScreen.selectedProperty().get();
  }

  /** The organization as the list shows it now (after any save). */
  private Organization listed(long id) {
    return officerScreen.rows().stream()
        .map(e -> e.organization())
        .filter(o -> o.id() == id)
        .findFirst()
        .orElseThrow();
  }

  /** Two registered organizations, the first shown in the form. */
  private List<Organization> twoWithTheFirstShown() {
    Organization first = registered("XX县阳光社会工作服务中心", "52411525MJ1234AB4L");
    Organization second = registered("YY慈善基金会", "53100000500021676K");
    officerScreen.select(first);
    return List.of(first, second);
  }

  @Test
  void choosingAnotherRowWithUnsavedChangesAsksAndKeepingEditingKeepsThem() {
    List<Organization> two = twoWithTheFirstShown();
    Organization first = two.get(0);
    Organization second = two.get(1);
    assertThat(officerScreen.dirtyProperty().get()).isFalse();
    officerScreen.phoneProperty().set("0571-12345678");
    assertThat(officerScreen.dirtyProperty().get()).isTrue();
    dialogs.shown.clear();

    dialogs.unsavedAnswer = DialogService.UnsavedChoice.STAY;
    assertThat(officerScreen.select(second)).isFalse();
    assertThat(dialogs.shown).singleElement().asString().contains("有未保存的修改");
    assertThat(officerScreen.selectedProperty().get().id()).isEqualTo(first.id());
    assertThat(officerScreen.phoneProperty().get()).isEqualTo("0571-12345678");

    dialogs.unsavedAnswer = DialogService.UnsavedChoice.DISCARD;
    assertThat(officerScreen.select(second)).isTrue();
    assertThat(officerScreen.selectedProperty().get().id()).isEqualTo(second.id());
    officerScreen.select(first);
    assertThat(officerScreen.phoneProperty().get()).isEmpty();
  }

  @Test
  void savingFromTheQuestionSavesThenMovesOn() {
    List<Organization> two = twoWithTheFirstShown();
    Organization first = two.get(0);
    Organization second = two.get(1);
    officerScreen.phoneProperty().set("0571-12345678");
    dialogs.unsavedAnswer = DialogService.UnsavedChoice.SAVE;
    officerScreen.select(second);
    assertThat(officerScreen.selectedProperty().get().id()).isEqualTo(second.id());
    officerScreen.select(listed(first.id()));
    assertThat(officerScreen.phoneProperty().get()).isEqualTo("0571-12345678");
    assertThat(officerScreen.dirtyProperty().get()).isFalse();
  }

  @Test
  void aRefusedSaveFromTheQuestionStaysOnTheForm() {
    List<Organization> two = twoWithTheFirstShown();
    Organization first = two.get(0);
    Organization second = two.get(1);
    officerScreen.nameProperty().set("");
    dialogs.unsavedAnswer = DialogService.UnsavedChoice.SAVE;
    officerScreen.select(second);
    assertThat(officerScreen.selectedProperty().get().id()).isEqualTo(first.id());
    assertThat(officerScreen.tasks().failedProperty().get()).isTrue();
  }

  @Test
  void aHalfTypedNewOrganizationIsNotWipedByNewWithoutAsking() {
    fill("XX县阳光社会工作服务中心", "");
    dialogs.unsavedAnswer = DialogService.UnsavedChoice.STAY;
    assertThat(officerScreen.startNew()).isFalse();
    assertThat(officerScreen.nameProperty().get()).isEqualTo("XX县阳光社会工作服务中心");
    assertThat(officerScreen.leaveGuard().mayLeave(() -> {})).isFalse();
  }

  @Test
  void aCleanFormLetsTheOfficerLeaveWithoutAQuestion() {
    registered("XX县阳光社会工作服务中心", "52411525MJ1234AB4L");
    dialogs.shown.clear();
    assertThat(officerScreen.leaveGuard().mayLeave(() -> {})).isTrue();
    assertThat(dialogs.shown).isEmpty();
  }

  @Test
  void theOrganizationInTheFormIsAlwaysInTheListEvenUnderAFilter() {
    registered("XX县阳光社会工作服务中心", "52411525MJ1234AB4L");
    officerScreen.searchProperty().set("阳光");
    Organization hidden = registered("YY慈善基金会", "53100000500021676K");
    assertThat(officerScreen.rows()).extracting(e -> e.organization().id()).contains(hidden.id());
    officerScreen.startNew();
    assertThat(officerScreen.rows())
        .extracting(e -> e.organization().name())
        .containsExactly("XX县阳光社会工作服务中心");
  }

  @Test
  void anAlreadyRegisteredCodeIsKnownWhileTypingAndRefusedBeforeAnySimilarNameQuestion() {
    Organization holder = registered("XX县阳光社会工作服务中心", "52411525MJ1234AB4L");
    fill("XX县阳光社工服务中心", "52411525mj1234ab4l");
    assertThat(officerScreen.holderOfCode(officerScreen.codeProperty().get()))
        .map(Organization::id)
        .contains(holder.id());
    dialogs.shown.clear();
    officerScreen.save();
    assertThat(dialogs.shown).isEmpty();
    assertThat(officerScreen.tasks().feedbackProperty().get().key())
        .isEqualTo("error.org.duplicateCode");
    dialogs.unsavedAnswer = DialogService.UnsavedChoice.DISCARD;
    officerScreen.select(listed(holder.id()));
    assertThat(officerScreen.holderOfCode("52411525MJ1234AB4L")).isEmpty(); // its own code
  }

  @Test
  void theOverviewsCountOpensTheRegisterWithExactlyThoseOrganizations() {
    Organization flagged = registered("XX县阳光社会工作服务中心", "52411525MJ1234AB4L");
    registered("YY慈善基金会", "53100000500021676K");
    officerScreen.select(listed(flagged.id()));
    addCreditFlag(officerScreen.details());
    officerScreen.startNew();
    officerScreen.searchProperty().set("慈善");
    List<OrganizationAlert> opened = new ArrayList<>();
    RegisterRequest request = new RegisterRequest();
    RegisterAlertsViewModel card =
        new RegisterAlertsViewModel(
            context.organizationDetails(),
            context.authentication().signIn("officer", PASSWORD).session(),
            new ImmediateUiExecutor(),
            alert -> {
              request.ask(alert);
              opened.add(alert);
            });
    card.load();
    assertThat(card.counts())
        .contains(new RegisterAlertsViewModel.AlertCount(OrganizationAlert.CREDIT_FLAG, 1));
    card.open(OrganizationAlert.CREDIT_FLAG);
    assertThat(opened).containsExactly(OrganizationAlert.CREDIT_FLAG);

    officerScreen.showOnly(OrganizationAlert.CREDIT_FLAG);
    assertThat(officerScreen.searchProperty().get()).isEmpty();
    assertThat(officerScreen.rows())
        .extracting(e -> e.organization().id())
        .containsExactly(flagged.id());
  }

  @Test
  void templateIsSavedWhereChosen() {
    Path file = temp.resolve("模板.xlsx");
    dialogs.saveFileAnswer = Optional.of(file);
    officerScreen.saveTemplate();
    assertThat(file).exists();
    assertThat(officerScreen.tasks().feedbackProperty().get().key())
        .isEqualTo("organization.template.done");
  }

  @Test
  void filtersNarrowTheListWithoutLosingTheLoadedRegister() throws Exception {
    assertThat(officerScreen.loadedProperty().get()).as("nothing read yet").isFalse();
    officerScreen.load();
    assertThat(officerScreen.loadedProperty().get()).isTrue();
    dialogs.openFileAnswer =
        Optional.of(
            RosterFiles.write(temp.resolve("roster.xlsx"), OrganizationImportTest.manyRows(6)));
    officerScreen.importRoster();
    assertThat(officerScreen.rows()).hasSize(6);

    officerScreen.ratingFilterProperty().set(RegisterQuery.RatingChoice.of(RatingLevel.A3));
    assertThat(officerScreen.rows()).hasSize(3);
    officerScreen.ratingFilterProperty().set(RegisterQuery.RatingChoice.UNRATED);
    assertThat(officerScreen.rows()).hasSize(3);
    assertThat(officerScreen.categories()).isNotEmpty().doesNotContain(UsccCategory.NOTARY);
    officerScreen.ratingFilterProperty().set(RegisterQuery.RatingChoice.of(RatingLevel.A3));
    officerScreen.searchProperty().set("第2社会");
    assertThat(officerScreen.rows())
        .extracting(e -> e.organization().name())
        .containsExactly("测试县第2社会工作服务中心");
    officerScreen.searchProperty().set("");
    officerScreen.ratingFilterProperty().set(null);
    officerScreen.alertFilterProperty().set(RegisterQuery.AlertChoice.SOME);
    assertThat(officerScreen.rows()).isEmpty();
    assertThat(officerScreen.total()).isEqualTo(6);
  }

  private static void addCreditFlag(OrganizationDetailsViewModel details) {
    details.creditForm().type().set(CreditFlagType.ABNORMAL_OPERATION);
    details.creditForm().listedOn().set(TODAY_DATE);
    details.creditForm().source().set("平台");
    details.addCreditFlag();
  }

  @Test
  void townsAreChosenFromThePlacesTableByClickNotTyping() {
    fill("XX县阳光社会工作服务中心", "52411525MJ1234AB4L");
    officerScreen.save();
    OrganizationDetailsViewModel details = officerScreen.details();
    assertThat(details.knownTowns()).containsExactlyInAnyOrder("城关镇", "石桥镇");
    details.chooseTown("石桥镇", true);
    details.chooseTown("城关镇", true);
    assertThat(details.townsTextProperty().get()).isEqualTo("石桥镇、城关镇");
    assertThat(details.townChosen(details.townsTextProperty().get(), "城关镇")).isTrue();
    details.chooseTown("石桥镇", false);
    details.saveTowns();
    assertThat(details.profileProperty().get().towns()).containsExactly("城关镇");
  }

  @Test
  void detailTabsFollowTheSelectionAndChangesRefreshTheAlerts() {
    fill("XX县阳光社会工作服务中心", "52411525MJ1234AB4L");
    officerScreen.save();
    OrganizationDetailsViewModel details = officerScreen.details();
    assertThat(details.profileProperty().get().organization().name()).isEqualTo("XX县阳光社会工作服务中心");

    addCreditFlag(details);
    assertThat(details.creditForm().entry().typedProperty().get())
        .as("emptied once added")
        .isFalse();
    details.townsTextProperty().set("石桥镇、城关镇");
    assertThat(officerScreen.dirtyProperty().get()).as("typed towns count as unsaved").isTrue();
    details.saveTowns();
    details.staffingForm().total().set("5");
    details.staffingForm().assistant().set("1");
    details.staffingForm().intermediate().set("");
    details.saveStaffing();

    assertThat(details.profileProperty().get().towns()).containsExactly("城关镇", "石桥镇");
    assertThat(details.townsTextProperty().get()).isEqualTo("城关镇、石桥镇");
    assertThat(details.staffingForm().intermediate().get()).isEqualTo("0");
    assertThat(officerScreen.dirtyProperty().get()).as("everything saved").isFalse();
    assertThat(details.profileProperty().get().staffing().total()).isEqualTo(5);
    assertThat(officerScreen.rows().get(0).alerts()).contains(OrganizationAlert.CREDIT_FLAG);
    assertThat(officerScreen.towns()).containsExactly("城关镇", "石桥镇");
    details.staffingForm().total().set("五");
    details.saveStaffing();
    assertThat(officerScreen.tasks().feedbackProperty().get().key())
        .isEqualTo("error.org.staffNumber");

    // the details changed the organization's version; the basic form follows without a conflict
    officerScreen.nameProperty().set("XX县阳光社会工作服务中心（更名）");
    officerScreen.save();
    assertThat(officerScreen.tasks().feedbackProperty().get().key())
        .isEqualTo("organization.saved.updated");
  }

  @Test
  void aSecondWindowsOlderFormIsRefusedWithAClearMessage() {
    fill("XX县阳光社会工作服务中心", "52411525MJ1234AB4L");
    officerScreen.save();
    OrganizationRegistryViewModel otherWindow =
        screen(context.authentication().signIn("officer", PASSWORD).session());
    otherWindow.load();
    otherWindow.selectedProperty().set(otherWindow.rows().get(0).organization());

    officerScreen.nameProperty().set("甲名称");
    officerScreen.save();
    otherWindow.nameProperty().set("乙名称");
    otherWindow.save();

    assertThat(otherWindow.tasks().feedbackProperty().get().key())
        .isEqualTo("error.conflict.organization");
    Session reader = context.authentication().signIn("officer", PASSWORD).session();
    assertThat(context.organizations().list(reader, ""))
        .extracting(Organization::name)
        .containsExactly("甲名称");
  }
}
