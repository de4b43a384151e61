import javafx.application.Application;

/** Main class of the bare-window baseline; like Launcher it does not extend Application. */
public class BareWindowLauncher {
  public static void main(String[] args) {
    Application.launch(BareWindow.class, args);
  }
}
