package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.audit.AuditFilter;
import org.careeval.domain.system.ComponentVersion;
import org.careeval.domain.system.DataDirectory;
import org.careeval.domain.user.Role;
import org.careeval.service.CareEvalServices;
import org.careeval.service.UserPreferences;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.account.DatabasePasswordViewModel;
import org.careeval.ui.account.FirstAdminViewModel;
import org.careeval.ui.common.DataAccess;
import org.careeval.ui.common.ImmediateUiExecutor;
import org.careeval.ui.common.LeaveGuard;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.NavigationArea;
import org.careeval.ui.common.RecordingDialogService;
import org.careeval.ui.shell.MainWindowViewModel;
import org.careeval.ui.shell.ShellState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's states without a window, on real services. */
class MainWindowViewModelTest {

  private static final char[] PASSWORD = "secret-pass-1".toCharArray();

  @TempDir Path temp;

  private final RecordingDialogService recorder = new RecordingDialogService();
  private final List<String> dialogs = recorder.shown;
  private final MutableClock clock = new MutableClock();
  private AppContext context;

  @AfterEach
  void closeContext() {
    if (context != null) {
      context.close();
    }
  }

  private MainWindowViewModel viewModel(DataAccess access) {
    return new MainWindowViewModel(
        access,
        new ImmediateUiExecutor(),
        recorder,
        UserPreferences.load(temp.resolve("preferences.properties")),
        () -> List.of(new ComponentVersion("CareEval", "9.9")));
  }

  private DataDirectory directory() {
    return new DataDirectory(temp.resolve("data"));
  }

  /** A window view model on a data directory that already has its administrator. */
  private MainWindowViewModel opened() {
    try (AppContext setup = TestContexts.open(directory().root(), clock)) {
      setup.users().createFirstAdmin("admin", "王管理", PASSWORD);
    }
    TestDataAccess access = new TestDataAccess(directory(), clock);
    MainWindowViewModel viewModel = viewModel(access);
    viewModel.openDatabase();
    context = access.opened();
    return viewModel;
  }

  private MainWindowViewModel signedInAdmin() {
    MainWindowViewModel viewModel = opened();
    viewModel.signedIn(context.authentication().signIn("admin", PASSWORD));
    return viewModel;
  }

  /** The first-start form as the window builds it for a new data directory. */
  private static FirstAdminViewModel setupForm(DataAccess access, MainWindowViewModel viewModel) {
    return new FirstAdminViewModel(
        Optional.empty(),
        access,
        new ImmediateUiExecutor(),
        viewModel::databaseOpened,
        viewModel::signedIn,
        viewModel::demoLoaded,
        Messages.of(Messages.CHINESE));
  }

  /** Opening always fails with this exception. */
  private static DataAccess failing(RuntimeException problem) {
    return new DataAccess() {
      @Override
      public boolean databaseExists() {
        return true;
      }

      @Override
      public boolean databaseEncrypted() {
        return false;
      }

      @Override
      public CareEvalServices open(Optional<char[]> filePassword) {
        throw problem;
      }
    };
  }

  @Test
  void newDataDirectoryAsksForTheFirstAdministratorWithoutCreatingAnything() {
    MainWindowViewModel viewModel = viewModel(new TestDataAccess(directory(), clock));
    viewModel.openDatabase();
    assertThat(viewModel.stateProperty().get()).isEqualTo(ShellState.SETUP);
    assertThat(viewModel.servicesProperty().get()).isNull();
    assertThat(directory().databaseFile()).doesNotExist();
    assertThat(viewModel.visibleAreas()).isEmpty();
    assertThat(viewModel.busyProperty().get()).isFalse();
  }

  @Test
  void firstStartCanLoadTheDemoCountyInsteadOfCreatingAnAdministrator() {
    TestDataAccess access = new TestDataAccess(directory(), clock);
    MainWindowViewModel viewModel = viewModel(access);
    viewModel.openDatabase();
    FirstAdminViewModel setup = setupForm(access, viewModel);
    setup.loadDemo();
    assertThat(viewModel.stateProperty().get()).isEqualTo(ShellState.SIGN_IN);
    // the status keeps telling how to sign in, even after the background checks finish
    assertThat(viewModel.statusProperty().get().key()).isEqualTo("demo.loaded");
    context = access.opened();
    var officer = context.authentication().signIn("officer", "demo1234".toCharArray()).session();
    assertThat(context.organizations().list(officer, "")).hasSize(30);
  }

  @Test
  void existingUsersMeanSignIn() {
    MainWindowViewModel viewModel = opened();
    assertThat(viewModel.stateProperty().get()).isEqualTo(ShellState.SIGN_IN);
    assertThat(viewModel.servicesProperty().get()).isSameAs(context);
  }

  @Test
  void setupCanEncryptTheNewDatabaseAndTheNextStartAsksForItsPassword() {
    TestDataAccess access = new TestDataAccess(directory(), clock);
    MainWindowViewModel viewModel = viewModel(access);
    viewModel.openDatabase();
    FirstAdminViewModel setup = setupForm(access, viewModel);
    setup.usernameProperty().set("admin");
    setup.passwordProperty().set("admin-pass-1");
    setup.confirmationProperty().set("admin-pass-1");
    setup.encryptProperty().set(true);
    setup.filePasswordProperty().set("file-secret-1");
    setup.filePasswordConfirmationProperty().set("file-secret-2");
    setup.create();
    assertThat(setup.problemProperty().get().key()).isEqualTo("error.filePassword.mismatch");
    setup.filePasswordConfirmationProperty().set("file-secret-1");
    setup.create();
    assertThat(viewModel.stateProperty().get()).isEqualTo(ShellState.READY);
    assertThat(setup.encryptionOfferedProperty().get()).isFalse();
    viewModel.close();

    MainWindowViewModel restarted = viewModel(access);
    restarted.openDatabase();
    assertThat(restarted.stateProperty().get()).isEqualTo(ShellState.UNLOCK_DATABASE);
    DatabasePasswordViewModel unlock =
        new DatabasePasswordViewModel(access, new ImmediateUiExecutor(), restarted::databaseOpened);
    unlock.passwordProperty().set("wrong-secret");
    unlock.unlock();
    assertThat(unlock.problemProperty().get().key()).isEqualTo("error.database.wrongPassword");
    unlock.passwordProperty().set("file-secret-1");
    unlock.unlock();
    assertThat(restarted.stateProperty().get()).isEqualTo(ShellState.SIGN_IN);
    context = access.opened();
  }

  @Test
  void signedInAdminSeesTheAdministrationAreas() {
    MainWindowViewModel viewModel = signedInAdmin();
    assertThat(viewModel.stateProperty().get()).isEqualTo(ShellState.READY);
    assertThat(viewModel.visibleAreas())
        .containsExactly(
            NavigationArea.OVERVIEW,
            NavigationArea.PLACES,
            NavigationArea.CATEGORIES,
            NavigationArea.USERS,
            NavigationArea.AUDIT,
            NavigationArea.SETTINGS,
            NavigationArea.ADMINISTRATION);
    assertThat(viewModel.idleLockProperty().get()).isEqualTo(java.time.Duration.ofMinutes(10));
    assertThat(viewModel.statusProperty().get())
        .isEqualTo(Message.of("shell.status.signedIn", "王管理"));
  }

  @Test
  void eachRoleSeesOnlyItsAreas() {
    MainWindowViewModel viewModel = signedInAdmin();
    var admin = viewModel.sessionProperty().get();
    context.users().create(admin, "expert", "", Set.of(Role.EXPERT), PASSWORD);
    context.users().create(admin, "supervisor", "", Set.of(Role.SUPERVISOR), PASSWORD);
    viewModel.switchUser();
    viewModel.signedIn(context.authentication().signIn("expert", PASSWORD));
    viewModel.passwordFormDone();
    assertThat(viewModel.visibleAreas())
        .containsExactly(
            NavigationArea.OVERVIEW, NavigationArea.REGISTRY, NavigationArea.EVALUATION);
    viewModel.switchUser();
    viewModel.signedIn(context.authentication().signIn("supervisor", PASSWORD));
    assertThat(viewModel.visibleAreas())
        .containsExactly(
            NavigationArea.OVERVIEW,
            NavigationArea.REGISTRY,
            NavigationArea.PROJECTS,
            NavigationArea.EVALUATION,
            NavigationArea.EXPERTS,
            NavigationArea.CONTRACTS,
            NavigationArea.DELIVERY,
            NavigationArea.RECORDS,
            NavigationArea.WARNINGS,
            NavigationArea.PERFORMANCE,
            NavigationArea.PLACES,
            NavigationArea.AUDIT,
            NavigationArea.ADMINISTRATION);
  }

  @Test
  void resetPasswordForcesTheChangeBeforeAnythingElse() {
    MainWindowViewModel viewModel = signedInAdmin();
    context
        .users()
        .create(viewModel.sessionProperty().get(), "officer", "", Set.of(Role.OFFICER), PASSWORD);
    viewModel.switchUser();
    viewModel.signedIn(context.authentication().signIn("officer", PASSWORD));
    assertThat(viewModel.stateProperty().get()).isEqualTo(ShellState.CHANGE_PASSWORD);
    assertThat(viewModel.passwordChangeForcedProperty().get()).isTrue();
  }

  @Test
  void lockLetsOnlyTheSameUserBackIn() {
    MainWindowViewModel viewModel = signedInAdmin();
    var admin = viewModel.sessionProperty().get();
    context.users().create(admin, "other", "", Set.of(Role.ADMIN), PASSWORD);
    viewModel.lock();
    assertThat(viewModel.stateProperty().get()).isEqualTo(ShellState.LOCKED);
    viewModel.signedIn(context.authentication().signIn("other", PASSWORD));
    assertThat(viewModel.stateProperty().get()).isEqualTo(ShellState.LOCKED);
    assertThat(viewModel.sessionProperty().get().username()).isEqualTo("admin");
    viewModel.signedIn(context.authentication().signIn("admin", PASSWORD));
    assertThat(viewModel.stateProperty().get()).isEqualTo(ShellState.READY);
  }

  @Test
  void aScreenWithUnsavedChangesHoldsNavigationSignOutAndRelabelUntilItLetsGo() {
    MainWindowViewModel viewModel = signedInAdmin();
    List<Runnable> postponed = new ArrayList<>();
    viewModel.setLeaveGuard(
        thenLeave -> {
          postponed.add(thenLeave);
          return false;
        });
    viewModel.selectArea(NavigationArea.USERS);
    viewModel.signOut();
    viewModel.switchLanguage(Messages.ENGLISH);
    assertThat(viewModel.selectedAreaProperty().get()).isEqualTo(NavigationArea.OVERVIEW);
    assertThat(viewModel.stateProperty().get()).isEqualTo(ShellState.READY);
    assertThat(viewModel.localeProperty().get()).isEqualTo(Messages.CHINESE);

    postponed.get(0).run(); // the screen saved its changes: the officer goes where they clicked
    assertThat(viewModel.selectedAreaProperty().get()).isEqualTo(NavigationArea.USERS);
    viewModel.setLeaveGuard(LeaveGuard.NONE);
    viewModel.signOut();
    assertThat(viewModel.stateProperty().get()).isEqualTo(ShellState.SIGN_IN);
  }

  @Test
  void switchUserForgetsTheSessionAndIsAudited() {
    MainWindowViewModel viewModel = signedInAdmin();
    var admin = viewModel.sessionProperty().get();
    viewModel.selectedAreaProperty().set(NavigationArea.USERS);
    viewModel.switchUser();
    assertThat(viewModel.sessionProperty().get()).isNull();
    assertThat(viewModel.stateProperty().get()).isEqualTo(ShellState.SIGN_IN);
    assertThat(viewModel.selectedAreaProperty().get()).isEqualTo(NavigationArea.OVERVIEW);
    assertThatThrownBy(() -> context.audit().search(admin, AuditFilter.ALL))
        .hasMessageContaining("error.session.invalid");
    var again = context.authentication().signIn("admin", PASSWORD).session();
    assertThat(context.audit().search(again, AuditFilter.ALL))
        .extracting(e -> e.action())
        .contains(AuditAction.SIGN_OUT);
  }

  @Test
  void failedOpenShowsTheLocalizedReason() {
    MainWindowViewModel viewModel =
        viewModel(failing(new CareEvalException("error.dataDir.inUse", "/data", "officer@pc")));
    viewModel.openDatabase();
    assertThat(viewModel.stateProperty().get()).isEqualTo(ShellState.FAILED);
    assertThat(viewModel.failureProperty().get().key()).isEqualTo("error.dataDir.inUseWindow");
    assertThat(dialogs)
        .singleElement()
        .asString()
        .contains("无法打开数据", "/data", "officer@pc", "任务栏")
        .doesNotContain("--data-dir");
  }

  @Test
  void unexpectedFailureIsShownAsSuch() {
    MainWindowViewModel viewModel = viewModel(failing(new IllegalStateException("boom")));
    viewModel.openDatabase();
    assertThat(viewModel.failureProperty().get().key()).isEqualTo("error.unexpected");
    assertThat(dialogs).singleElement().asString().contains("boom");
  }

  @Test
  void languageSwitchIsRememberedInThePreferencesFile() {
    MainWindowViewModel viewModel = opened();
    assertThat(viewModel.localeProperty().get()).isEqualTo(Messages.CHINESE);
    viewModel.switchLanguage(Messages.ENGLISH);
    assertThat(viewModel.messages().get("nav.overview")).isEqualTo("Overview");
    assertThat(UserPreferences.load(temp.resolve("preferences.properties")).language())
        .isEqualTo(Messages.ENGLISH);
  }

  @Test
  void aboutShowsTheVersions() {
    viewModel(failing(new IllegalStateException("unused"))).showAbout();
    assertThat(dialogs).singleElement().asString().contains("关于", "CareEval", "9.9");
  }
}
