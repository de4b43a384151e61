package org.careeval.ui.shell;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.careeval.domain.user.Session;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Icons;
import org.careeval.ui.common.MessageLabels;
import org.careeval.ui.common.NavigationArea;
import org.careeval.ui.common.UiStyles;

/** The main window: menu, navigation, the current content and the status bar. Binds only. */
public final class MainWindowView {

  @FXML private BorderPane root;
  @FXML private VBox navigation;
  @FXML private StackPane content;
  @FXML private VBox loadingPane;
  @FXML private VBox failurePane;
  @FXML private Label failureLabel;
  @FXML private Label statusLabel;
  @FXML private Label userLabel;
  @FXML private ProgressBar busyIndicator;
  @FXML private RadioMenuItem chineseItem;
  @FXML private RadioMenuItem englishItem;
  @FXML private Menu accountMenu;

  private final MainWindowViewModel viewModel;
  private final Messages messages;
  private final Runnable exit;
  private final ObservableBooleanValue slowWork;
  private final ToggleGroup areas = new ToggleGroup();

  /**
   * @param slowWork true while background work has been running long enough to need a sign
   */
  public MainWindowView(
      MainWindowViewModel viewModel,
      Messages messages,
      Runnable exit,
      ObservableBooleanValue slowWork) {
    this.viewModel = viewModel;
    this.messages = messages;
    this.exit = exit;
    this.slowWork = slowWork;
  }

  @FXML
  private void initialize() {
    BooleanBinding working = Bindings.or(viewModel.busyProperty(), slowWork);
    statusLabel
        .textProperty()
        .bind(
            Bindings.when(BooleanExpression.booleanExpression(slowWork))
                .then(messages.get("shell.status.working"))
                .otherwise(MessageLabels.text(viewModel.statusProperty(), messages)));
    busyIndicator.visibleProperty().bind(working);
    busyIndicator.managedProperty().bind(working);
    failureLabel.textProperty().bind(MessageLabels.text(viewModel.failureProperty(), messages));
    failurePane.visibleProperty().bind(viewModel.stateProperty().isEqualTo(ShellState.FAILED));
    loadingPane.visibleProperty().bind(viewModel.stateProperty().isEqualTo(ShellState.OPENING));
    BooleanBinding ready = viewModel.stateProperty().isEqualTo(ShellState.READY);
    navigation.visibleProperty().bind(ready);
    navigation.managedProperty().bind(ready);
    accountMenu.disableProperty().bind(ready.not());
    userLabel
        .textProperty()
        .bind(Bindings.createStringBinding(this::userText, viewModel.sessionProperty()));
    showLanguage();
    viewModel.sessionProperty().addListener((obs, old, now) -> buildNavigation());
    viewModel.selectedAreaProperty().addListener((obs, old, now) -> selectButton(now));
    buildNavigation();
  }

  private String userText() {
    Session session = viewModel.sessionProperty().get();
    if (session == null) {
      return "";
    }
    String roles =
        session.roles().stream()
            .sorted()
            .map(role -> messages.get(role.labelKey()))
            .reduce((a, b) -> a + "、" + b)
            .orElse(messages.get("shell.user.noRole"));
    return messages.get("shell.user.current", session.displayName(), roles);
  }

  /** One button per area the signed-in user may use. */
  private void buildNavigation() {
    navigation.getChildren().clear();
    areas.getToggles().clear();
    for (NavigationArea area : viewModel.visibleAreas()) {
      ToggleButton button = new ToggleButton(messages.get(area.labelKey()));
      button.setId("nav-" + area.name().toLowerCase(Locale.ROOT));
      button.getStyleClass().add(UiStyles.NAV_BUTTON);
      button.setGraphic(Icons.of(area.icon()));
      button.setMaxWidth(Double.MAX_VALUE);
      button.setUserData(area);
      button.setToggleGroup(areas);
      button.setOnAction(
          e -> {
            viewModel.selectArea(area);
            selectButton(viewModel.selectedAreaProperty().get());
          });
      navigation.getChildren().add(button);
    }
    selectButton(viewModel.selectedAreaProperty().get());
  }

  private void selectButton(NavigationArea area) {
    // one area is always selected, even when its button is clicked twice
    areas.getToggles().forEach(t -> t.setSelected(t.getUserData() == area));
  }

  /** Shows a screen in the content area; null shows the start-up and failure panes. */
  void showContent(Parent view) {
    if (view == null) {
      content.getChildren().setAll(loadingPane, failurePane);
    } else {
      content.getChildren().setAll(view);
    }
  }

  @FXML
  private void onChinese() {
    viewModel.switchLanguage(Messages.CHINESE);
    showLanguage();
  }

  @FXML
  private void onEnglish() {
    viewModel.switchLanguage(Messages.ENGLISH);
    showLanguage();
  }

  /** The language items show the language in use (it stays when the officer kept editing). */
  private void showLanguage() {
    chineseItem.setSelected(viewModel.localeProperty().get().equals(Messages.CHINESE));
    englishItem.setSelected(viewModel.localeProperty().get().equals(Messages.ENGLISH));
  }

  @FXML
  private void onAbout() {
    viewModel.showAbout();
  }

  @FXML
  private void onChangePassword() {
    viewModel.requestPasswordChange();
  }

  @FXML
  private void onLock() {
    viewModel.lock();
  }

  @FXML
  private void onSwitchUser() {
    viewModel.signOut();
  }

  @FXML
  private void onExit() {
    exit.run();
  }
}
