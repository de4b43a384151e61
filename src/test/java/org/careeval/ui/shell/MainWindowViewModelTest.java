package org.careeval.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.system.ComponentVersion;
import org.careeval.service.CareEvalServices;
import org.careeval.service.SystemService;
import org.careeval.service.UserPreferences;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.ImmediateUiExecutor;
import org.careeval.ui.common.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's state without a window: opening, failure, language, About. */
class MainWindowViewModelTest {

  @TempDir Path temp;

  private final List<String> dialogs = new ArrayList<>();
  private final DialogService recorder =
      new DialogService() {
        @Override
        public void showError(String title, String message) {
          dialogs.add(title + " | " + message);
        }

        @Override
        public void showAbout(String title, String header, List<ComponentVersion> versions) {
          dialogs.add(title + " | " + header + " | " + versions);
        }
      };

  private static final class FakeServices implements CareEvalServices {
    boolean closed;

    @Override
    public SystemService system() {
      return null;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private MainWindowViewModel viewModel(java.util.function.Supplier<CareEvalServices> opener) {
    return new MainWindowViewModel(
        opener,
        new ImmediateUiExecutor(),
        recorder,
        UserPreferences.load(temp.resolve("preferences.properties")),
        () -> List.of(new ComponentVersion("CareEval", "9.9")));
  }

  @Test
  void successfulOpenMakesServicesAvailableAndSaysReady() {
    FakeServices services = new FakeServices();
    MainWindowViewModel viewModel = viewModel(() -> services);
    viewModel.openDatabase();
    assertThat(viewModel.servicesProperty().get()).isSameAs(services);
    assertThat(viewModel.statusProperty().get()).isEqualTo(Message.of("shell.status.ready"));
    assertThat(viewModel.busyProperty().get()).isFalse();
    assertThat(viewModel.failureProperty().get()).isNull();
    viewModel.close();
    assertThat(services.closed).isTrue();
  }

  @Test
  void failedOpenShowsTheLocalizedReasonAndKeepsTheWindowUsable() {
    MainWindowViewModel viewModel =
        viewModel(
            () -> {
              throw new CareEvalException("error.dataDir.inUse", "/data", "officer@pc");
            });
    viewModel.openDatabase();
    assertThat(viewModel.servicesProperty().get()).isNull();
    assertThat(viewModel.failureProperty().get().key()).isEqualTo("error.dataDir.inUse");
    assertThat(viewModel.statusProperty().get()).isEqualTo(Message.of("shell.status.failed"));
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
    MainWindowViewModel viewModel = viewModel(FakeServices::new);
    assertThat(viewModel.localeProperty().get()).isEqualTo(Messages.CHINESE);
    viewModel.switchLanguage(Messages.ENGLISH);
    assertThat(viewModel.localeProperty().get()).isEqualTo(Messages.ENGLISH);
    assertThat(viewModel.messages().get("nav.overview")).isEqualTo("Overview");
    assertThat(UserPreferences.load(temp.resolve("preferences.properties")).language())
        .isEqualTo(Messages.ENGLISH);
  }

  @Test
  void aboutShowsTheVersions() {
    viewModel(FakeServices::new).showAbout();
    assertThat(dialogs).singleElement().asString().contains("关于", "CareEval", "9.9");
  }
}
