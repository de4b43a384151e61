package org.careeval.ui.shell;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.UiStyles;

/** The main window: menu, navigation, the selected area and the status bar. Binds only. */
public final class MainWindowView {

  @FXML private BorderPane root;
  @FXML private VBox navigation;
  @FXML private StackPane content;
  @FXML private VBox loadingPane;
  @FXML private VBox failurePane;
  @FXML private Label failureLabel;
  @FXML private Label statusLabel;
  @FXML private ProgressBar busyIndicator;
  @FXML private RadioMenuItem chineseItem;
  @FXML private RadioMenuItem englishItem;

  private final MainWindowViewModel viewModel;
  private final Messages messages;
  private final Function<NavigationArea, Parent> areaViews;
  private final Runnable exit;
  private final ToggleGroup areas = new ToggleGroup();

  public MainWindowView(
      MainWindowViewModel viewModel,
      Messages messages,
      Function<NavigationArea, Parent> areaViews,
      Runnable exit) {
    this.viewModel = viewModel;
    this.messages = messages;
    this.areaViews = areaViews;
    this.exit = exit;
  }

  @FXML
  private void initialize() {
    statusLabel.textProperty().bind(render(viewModel.statusProperty()));
    busyIndicator.visibleProperty().bind(viewModel.busyProperty());
    busyIndicator.managedProperty().bind(viewModel.busyProperty());
    failureLabel.textProperty().bind(render(viewModel.failureProperty()));
    failurePane.visibleProperty().bind(viewModel.failureProperty().isNotNull());
    loadingPane.visibleProperty().bind(viewModel.busyProperty());
    navigation.disableProperty().bind(viewModel.servicesProperty().isNull());
    chineseItem.setSelected(viewModel.localeProperty().get().equals(Messages.CHINESE));
    englishItem.setSelected(viewModel.localeProperty().get().equals(Messages.ENGLISH));
    buildNavigation();
    viewModel.servicesProperty().addListener((obs, old, now) -> showSelectedArea());
    viewModel.selectedAreaProperty().addListener((obs, old, now) -> showSelectedArea());
    showSelectedArea();
  }

  private StringBinding render(ReadOnlyObjectProperty<Message> source) {
    return Bindings.createStringBinding(
        () -> source.get() == null ? "" : source.get().render(messages), source);
  }

  private void buildNavigation() {
    for (NavigationArea area : NavigationArea.values()) {
      ToggleButton button = new ToggleButton(messages.get(area.labelKey()));
      button.setId("nav-" + area.name().toLowerCase(Locale.ROOT));
      button.getStyleClass().add(UiStyles.NAV_BUTTON);
      button.setMaxWidth(Double.MAX_VALUE);
      button.setUserData(area);
      button.setToggleGroup(areas);
      button.setSelected(area == viewModel.selectedAreaProperty().get());
      navigation.getChildren().add(button);
    }
    areas
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == null) {
                old.setSelected(true); // one area is always selected
              } else {
                viewModel.selectedAreaProperty().set((NavigationArea) now.getUserData());
              }
            });
  }

  private void showSelectedArea() {
    if (viewModel.servicesProperty().get() == null) {
      return;
    }
    Parent view = areaViews.apply(viewModel.selectedAreaProperty().get());
    content.getChildren().setAll(view);
  }

  @FXML
  private void onChinese() {
    viewModel.switchLanguage(Messages.CHINESE);
  }

  @FXML
  private void onEnglish() {
    viewModel.switchLanguage(Messages.ENGLISH);
  }

  @FXML
  private void onAbout() {
    viewModel.showAbout();
  }

  @FXML
  private void onExit() {
    exit.run();
  }

  Parent root() {
    return root;
  }
}
