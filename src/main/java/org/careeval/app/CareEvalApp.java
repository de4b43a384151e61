package org.careeval.app;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.stage.Stage;
import org.careeval.domain.system.DataDirectory;
import org.careeval.persistence.Database;
import org.careeval.service.CareEvalServices;
import org.careeval.service.UserPreferences;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.DataAccess;
import org.careeval.ui.common.Fonts;
import org.careeval.ui.common.FxDialogService;
import org.careeval.ui.common.FxUiExecutor;
import org.careeval.ui.common.UiExecutor;
import org.careeval.ui.shell.MainWindow;
import org.careeval.ui.shell.MainWindowViewModel;

/**
 * The JavaFX application. The data directory comes from {@code --data-dir=DIR} (passed on by {@link
 * Launcher}), else {@code CAREEVAL_HOME}, else the platform default.
 */
public final class CareEvalApp extends Application {

  public static final String DATA_DIR_PARAMETER = "data-dir";

  private UiExecutor executor;
  private MainWindow window;

  @Override
  public void start(Stage stage) {
    DataDirectory directory =
        DataDirectory.resolve(
            Optional.ofNullable(getParameters().getNamed().get(DATA_DIR_PARAMETER)));
    LogFiles.appendTo(directory); // the window has no console
    // parsing 20 MB of fonts overlaps with building the scene; both must be done before show
    CompletableFuture<Boolean> fonts = CompletableFuture.supplyAsync(Fonts::load);
    UserPreferences preferences = UserPreferences.load(directory.preferencesFile());
    executor = new FxUiExecutor();
    FxDialogService dialogs = new FxDialogService(stage, () -> Messages.of(preferences.language()));
    MainWindowViewModel viewModel =
        new MainWindowViewModel(
            dataAccess(directory), executor, dialogs, preferences, AppContext::componentVersions);
    window = new MainWindow(stage, viewModel, preferences, executor, dialogs);
    window.show(fonts::join);
    StartupMarker.windowShown();
  }

  static DataAccess dataAccess(DataDirectory directory) {
    return new DataAccess() {
      @Override
      public boolean databaseExists() {
        return Database.exists(directory);
      }

      @Override
      public boolean databaseEncrypted() {
        return Database.isEncrypted(directory);
      }

      @Override
      public CareEvalServices open(Optional<char[]> filePassword) {
        return AppContext.open(directory, filePassword);
      }
    };
  }

  @Override
  public void stop() {
    if (window != null) {
      window.close();
    }
    if (executor != null) {
      executor.shutdown();
    }
  }
}
