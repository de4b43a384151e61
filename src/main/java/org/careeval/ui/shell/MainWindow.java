package org.careeval.ui.shell;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.careeval.domain.user.Session;
import org.careeval.service.CareEvalServices;
import org.careeval.service.UserPreferences;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.account.ChangePasswordView;
import org.careeval.ui.account.ChangePasswordViewModel;
import org.careeval.ui.account.DatabasePasswordView;
import org.careeval.ui.account.DatabasePasswordViewModel;
import org.careeval.ui.account.FirstAdminView;
import org.careeval.ui.account.FirstAdminViewModel;
import org.careeval.ui.account.SignInView;
import org.careeval.ui.account.SignInViewModel;
import org.careeval.ui.common.AreaScreen;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.LeaveGuard;
import org.careeval.ui.common.NavigationArea;
import org.careeval.ui.common.ScreenActions;
import org.careeval.ui.common.ScreenContext;
import org.careeval.ui.common.SlowWork;
import org.careeval.ui.common.TableMemory;
import org.careeval.ui.common.Theme;
import org.careeval.ui.common.UiExecutor;
import org.careeval.ui.common.UiStyles;
import org.careeval.ui.common.ViewLoader;

/**
 * Puts the main window on the stage and shows what the state calls for: start-up, first-admin
 * setup, sign-in, password change, lock screen, or the signed-in user's areas. A user's screens and
 * their view models belong to that user's session and are discarded when it ends, so the next
 * person at the PC never sees them. Relabelling on a language switch rebuilds the views but keeps
 * the view models.
 */
public final class MainWindow {

  static final double DEFAULT_WIDTH = 1200;
  static final double DEFAULT_HEIGHT = 700;

  /** The screens of one signed-in user, made on first visit. */
  private static final class UserScreens {
    final Map<NavigationArea, AreaScreen> shown = new EnumMap<>(NavigationArea.class);
    ScreenContext context;
  }

  private final ScreenRegistry registry = new ScreenRegistry();
  private final Stage stage;
  private final MainWindowViewModel viewModel;
  private final UserPreferences preferences;
  private final UiExecutor executor;
  private final ReadOnlyBooleanProperty slowWork;
  private ScreenActions actions = ScreenActions.NONE;
  private final DialogService dialogs;
  private final PauseTransition idle = new PauseTransition();
  private UserScreens screens = new UserScreens();
  private ViewLoader loader;
  private MainWindowView view;

  public MainWindow(
      Stage stage,
      MainWindowViewModel viewModel,
      UserPreferences preferences,
      UiExecutor executor,
      DialogService dialogs) {
    this.stage = stage;
    this.viewModel = viewModel;
    this.preferences = preferences;
    this.executor = executor;
    this.slowWork = SlowWork.of(executor.workingProperty());
    this.dialogs = dialogs;
  }

  /**
   * Builds the scene and shows the window, then opens the database in the background.
   *
   * @param beforeShow waits for work started in parallel that must finish before the first frame,
   *     such as loading the bundled fonts
   */
  public void show(Runnable beforeShow) {
    Scene scene = new Scene(buildRoot());
    Theme.apply(scene);
    stage.setScene(scene);
    stage.setOnCloseRequest(
        e -> {
          if (!viewModel.leaveScreen(stage::close)) {
            e.consume(); // the officer keeps editing, or the window closes once the save succeeded
          }
        });
    stage.setMinWidth(1000);
    stage.setMinHeight(600);
    restoreBounds();
    viewModel.localeProperty().addListener((obs, old, now) -> relabel());
    viewModel.stateProperty().addListener((obs, old, now) -> stateChanged(now));
    viewModel
        .selectedAreaProperty()
        .addListener(
            (obs, old, now) -> {
              if (viewModel.stateProperty().get() == ShellState.READY) {
                showContent();
              }
            });
    viewModel.sessionProperty().addListener((obs, old, now) -> sessionChanged(old, now));
    watchIdleTime(scene);
    installShortcuts(scene);
    beforeShow.run();
    stage.show();
    viewModel.openDatabase();
  }

  private Parent buildRoot() {
    // JavaFX labels its own parts (text menus, the calendar popup) in the default locale
    Locale.setDefault(viewModel.localeProperty().get());
    loader = new ViewLoader(viewModel.messages());
    stage.setTitle(loader.messages().get("app.name"));
    view = new MainWindowView(viewModel, loader.messages(), this::exit, slowWork);
    Parent root = loader.load(view);
    showContent();
    return root;
  }

  private void relabel() {
    screens = new UserScreens(); // every screen speaks the language it was made with
    stage.getScene().setRoot(buildRoot());
  }

  private void sessionChanged(Session old, Session now) {
    if (now == null || old == null || old.userId() != now.userId()) {
      screens = new UserScreens(); // nothing of the previous user survives
    }
  }

  private void stateChanged(ShellState state) {
    if (state == ShellState.READY) {
      idle.playFromStart();
    } else {
      idle.stop();
    }
    showContent();
  }

  /** Ctrl+F, Ctrl+N, Ctrl+S and Esc act on the screen shown (Cmd on a Mac). */
  private void installShortcuts(Scene scene) {
    Map<KeyCombination, Runnable> keys = scene.getAccelerators();
    keys.put(shortcut(KeyCode.F), () -> actions.find().run());
    keys.put(shortcut(KeyCode.N), () -> actions.create().run());
    keys.put(shortcut(KeyCode.S), () -> actions.save().run());
    keys.put(new KeyCodeCombination(KeyCode.ESCAPE), () -> actions.cancel().run());
  }

  private static KeyCombination shortcut(KeyCode key) {
    return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
  }

  private void watchIdleTime(Scene scene) {
    idle.setDuration(Duration.millis(viewModel.idleLockProperty().get().toMillis()));
    viewModel
        .idleLockProperty()
        .addListener((obs, old, now) -> idle.setDuration(Duration.millis(now.toMillis())));
    idle.setOnFinished(e -> viewModel.lock());
    scene.addEventFilter(
        InputEvent.ANY,
        e -> {
          if (viewModel.stateProperty().get() == ShellState.READY) {
            idle.playFromStart();
          }
        });
  }

  private void showContent() {
    viewModel.setLeaveGuard(LeaveGuard.NONE);
    actions = ScreenActions.NONE;
    view.showContent(contentFor(viewModel.stateProperty().get()));
  }

  private Parent contentFor(ShellState state) {
    CareEvalServices services = viewModel.servicesProperty().get();
    Messages messages = loader.messages();
    Session session = viewModel.sessionProperty().get();
    return switch (state) {
      case OPENING, FAILED -> null;
      case UNLOCK_DATABASE ->
          form(
              new DatabasePasswordView(
                  new DatabasePasswordViewModel(
                      viewModel.dataAccess(), executor, viewModel::databaseOpened),
                  messages));
      case SETUP ->
          form(
              new FirstAdminView(
                  new FirstAdminViewModel(
                      Optional.ofNullable(services),
                      viewModel.dataAccess(),
                      executor,
                      viewModel::databaseOpened,
                      viewModel::signedIn,
                      viewModel::demoLoaded,
                      messages),
                  messages));
      case SIGN_IN -> signIn(services, Optional.empty());
      case LOCKED -> signIn(services, Optional.of(session.username()));
      case CHANGE_PASSWORD ->
          form(
              new ChangePasswordView(
                  new ChangePasswordViewModel(
                      services.users(),
                      session,
                      viewModel.passwordChangeForcedProperty().get(),
                      executor,
                      viewModel::passwordFormDone),
                  messages));
      case READY -> areaView(viewModel.selectedAreaProperty().get(), services, session);
    };
  }

  private Parent signIn(CareEvalServices services, Optional<String> lockedUser) {
    SignInViewModel signIn =
        new SignInViewModel(services.authentication(), executor, lockedUser, viewModel::signedIn);
    return form(new SignInView(signIn, loader.messages(), viewModel::switchUser));
  }

  /**
   * Forms keep their preferred size, centred in the content area; a form taller than the window
   * (setup with encryption on a 1366×768 screen) scrolls instead of being squeezed.
   */
  private Parent form(Object formView) {
    Region form = (Region) loader.load(formView);
    form.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    StackPane holder = new StackPane(form);
    holder.getStyleClass().add(UiStyles.FORM_HOLDER);
    ScrollPane scroll = new ScrollPane(holder);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add(UiStyles.FORM_SCROLL);
    holder
        .minHeightProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getHeight(), scroll.viewportBoundsProperty()));
    return scroll;
  }

  /** The area's screen for the signed-in user, made on first visit, its figures read again. */
  private Parent areaView(NavigationArea area, CareEvalServices services, Session session) {
    if (screens.context == null) {
      screens.context =
          new ScreenContext(services, session, executor, dialogs, loader, viewModel::selectArea);
    }
    AreaScreen screen =
        screens.shown.computeIfAbsent(
            area,
            a -> {
              AreaScreen made = registry.factoryFor(a).create(screens.context);
              // every table comes back with the widths and sort the officer left it with
              TableMemory.remember(made.view(), a.name().toLowerCase(Locale.ROOT), preferences);
              return made;
            });
    screen.refresh().run();
    viewModel.setLeaveGuard(screen.guard());
    actions = screen.actions();
    return screen.view();
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

  /** The Exit menu item: closes the window, asking first about unsaved changes. */
  private void exit() {
    viewModel.leaveScreen(stage::close);
  }

  /** Remembers size and position, and closes the database. */
  public void close() {
    idle.stop();
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
