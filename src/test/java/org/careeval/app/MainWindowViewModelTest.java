package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.audit.AuditFilter;
import org.careeval.domain.system.ComponentVersion;
import org.careeval.domain.user.Role;
import org.careeval.service.CareEvalServices;
import org.careeval.service.UserPreferences;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.ImmediateUiExecutor;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.RecordingDialogService;
import org.careeval.ui.shell.MainWindowViewModel;
import org.careeval.ui.shell.NavigationArea;
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

  private MainWindowViewModel viewModel(Supplier<CareEvalServices> opener) {
    return new MainWindowViewModel(
        opener,
        new ImmediateUiExecutor(),
        recorder,
        UserPreferences.load(temp.resolve("preferences.properties")),
        () -> List.of(new ComponentVersion("CareEval", "9.9")));
  }

  private MainWindowViewModel opened() {
    context = TestContexts.open(temp.resolve("data"), clock);
    MainWindowViewModel viewModel = viewModel(() -> context);
    viewModel.openDatabase();
    return viewModel;
  }

  private MainWindowViewModel signedInAdmin() {
    MainWindowViewModel viewModel = opened();
    context.users().createFirstAdmin("admin", "王管理", PASSWORD);
    viewModel.signedIn(context.authentication().signIn("admin", PASSWORD));
    return viewModel;
  }

  @Test
  void newDataDirectoryAsksForTheFirstAdministrator() {
    MainWindowViewModel viewModel = opened();
    assertThat(viewModel.stateProperty().get()).isEqualTo(ShellState.SETUP);
    assertThat(viewModel.visibleAreas()).isEmpty();
    assertThat(viewModel.busyProperty().get()).isFalse();
  }

  @Test
  void existingUsersMeanSignIn() {
    context = TestContexts.open(temp.resolve("data"), clock);
    context.users().createFirstAdmin("admin", "", PASSWORD);
    MainWindowViewModel viewModel = viewModel(() -> context);
    viewModel.openDatabase();
    assertThat(viewModel.stateProperty().get()).isEqualTo(ShellState.SIGN_IN);
  }

  @Test
  void signedInAdminSeesEveryArea() {
    MainWindowViewModel viewModel = signedInAdmin();
    assertThat(viewModel.stateProperty().get()).isEqualTo(ShellState.READY);
    assertThat(viewModel.visibleAreas()).containsExactly(NavigationArea.values());
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
    assertThat(viewModel.visibleAreas()).containsExactly(NavigationArea.OVERVIEW);
    viewModel.switchUser();
    viewModel.signedIn(context.authentication().signIn("supervisor", PASSWORD));
    assertThat(viewModel.visibleAreas())
        .containsExactly(
            NavigationArea.OVERVIEW, NavigationArea.AUDIT, NavigationArea.ADMINISTRATION);
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
  void switchUserForgetsTheSessionAndIsAudited() {
    MainWindowViewModel viewModel = signedInAdmin();
    var admin = viewModel.sessionProperty().get();
    viewModel.selectedAreaProperty().set(NavigationArea.USERS);
    viewModel.switchUser();
    assertThat(viewModel.sessionProperty().get()).isNull();
    assertThat(viewModel.stateProperty().get()).isEqualTo(ShellState.SIGN_IN);
    assertThat(viewModel.selectedAreaProperty().get()).isEqualTo(NavigationArea.OVERVIEW);
    assertThat(context.audit().search(admin, AuditFilter.ALL))
        .extracting(e -> e.action())
        .contains(AuditAction.SIGN_OUT);
  }

  @Test
  void failedOpenShowsTheLocalizedReason() {
    MainWindowViewModel viewModel =
        viewModel(
            () -> {
              throw new CareEvalException("error.dataDir.inUse", "/data", "officer@pc");
            });
    viewModel.openDatabase();
    assertThat(viewModel.stateProperty().get()).isEqualTo(ShellState.FAILED);
    assertThat(viewModel.failureProperty().get().key()).isEqualTo("error.dataDir.inUse");
    assertThat(dialogs).singleElement().asString().contains("无法打开数据", "/data", "officer@pc");
  }

  @Test
  void unexpectedFailureIsShownAsSuch() {
    MainWindowViewModel viewModel =
        viewModel(
            () -> {
              throw new IllegalStateException("boom");
            });
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
    viewModel(() -> null).showAbout();
    assertThat(dialogs).singleElement().asString().contains("关于", "CareEval", "9.9");
  }
}
