package org.careeval.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.careeval.service.CareEvalServices;
import org.careeval.service.UserPreferences;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.admin.OverviewView;
import org.careeval.ui.admin.SystemInfoView;
import org.careeval.ui.admin.SystemInfoViewModel;
import org.careeval.ui.common.UiExecutor;
import org.careeval.ui.common.ViewLoader;

/**
 * Puts the main window on the stage: restores its size and position, builds the area views once the
 * database is open, and rebuilds every label when the language changes, keeping the view models
 * (and so what the user was looking at).
 */
public final class MainWindow {

  static final double DEFAULT_WIDTH = 1200;
  static final double DEFAULT_HEIGHT = 700;
  private static final String[] STYLESHEETS = {
    "/org/careeval/ui/theme/tokens.css", "/org/careeval/ui/theme/base.css"
  };

  private final Stage stage;
  private final MainWindowViewModel viewModel;
  private final UserPreferences preferences;
  private final UiExecutor executor;
  private final Map<NavigationArea, Parent> areaViews = new EnumMap<>(NavigationArea.class);
  private SystemInfoViewModel systemInfo;
  private ViewLoader loader;

  public MainWindow(
      Stage stage,
      MainWindowViewModel viewModel,
      UserPreferences preferences,
      UiExecutor executor) {
    this.stage = stage;
    this.viewModel = viewModel;
    this.preferences = preferences;
    this.executor = executor;
  }

  /**
   * Builds the scene and shows the window, then opens the database in the background.
   *
   * @param beforeShow waits for work started in parallel that must finish before the first frame,
   *     such as loading the bundled fonts
   */
  public void show(Runnable beforeShow) {
    Scene scene = new Scene(buildRoot());
    for (String sheet : STYLESHEETS) {
      scene.getStylesheets().add(MainWindow.class.getResource(sheet).toExternalForm());
    }
    stage.setScene(scene);
    stage.setMinWidth(1000);
    stage.setMinHeight(600);
    restoreBounds();
    viewModel.localeProperty().addListener((obs, old, now) -> relabel());
    viewModel.selectedAreaProperty().addListener((obs, old, now) -> refreshArea());
    beforeShow.run();
    stage.show();
    viewModel.openDatabase();
  }

  private Parent buildRoot() {
    loader = new ViewLoader(viewModel.messages());
    stage.setTitle(loader.messages().get("app.name"));
    MainWindowView view =
        new MainWindowView(viewModel, loader.messages(), this::areaView, stage::close);
    return loader.load(view);
  }

  private void relabel() {
    areaViews.clear();
    stage.getScene().setRoot(buildRoot());
  }

  private Parent areaView(NavigationArea area) {
    CareEvalServices services = viewModel.servicesProperty().get();
    if (systemInfo == null) {
      systemInfo = new SystemInfoViewModel(services.system(), executor);
      systemInfo.load();
    }
    Messages messages = loader.messages();
    return areaViews.computeIfAbsent(
        area,
        a ->
            switch (a) {
              case OVERVIEW -> loader.load(new OverviewView(systemInfo, messages));
              case ADMINISTRATION -> loader.load(new SystemInfoView(systemInfo, messages));
            });
  }

  /** Figures shown in an area are read again whenever the user comes back to it. */
  private void refreshArea() {
    if (systemInfo != null) {
      systemInfo.load();
    }
  }

  private void restoreBounds() {
    double width = preferences.window("width").orElse(DEFAULT_WIDTH);
    double height = preferences.window("height").orElse(DEFAULT_HEIGHT);
    stage.setWidth(width);
    stage.setHeight(height);
    var x = preferences.window("x");
    var y = preferences.window("y");
    boolean visible =
        x.isPresent()
            && y.isPresent()
            && !Screen.getScreensForRectangle(
                    new Rectangle2D(x.getAsDouble(), y.getAsDouble(), width, height))
                .isEmpty();
    if (visible) {
      stage.setX(x.getAsDouble());
      stage.setY(y.getAsDouble());
    } else {
      stage.centerOnScreen(); // never restore onto a monitor that is no longer attached
    }
    stage.setMaximized(preferences.windowMaximized());
  }

  /** Remembers size and position, and closes the database. */
  public void close() {
    preferences.setWindowMaximized(stage.isMaximized());
    if (!stage.isMaximized()) {
      preferences.setWindow("x", stage.getX());
      preferences.setWindow("y", stage.getY());
      preferences.setWindow("width", stage.getWidth());
      preferences.setWindow("height", stage.getHeight());
    }
    preferences.save();
    viewModel.close();
  }
}
