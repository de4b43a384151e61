import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Baseline for G8: a bare JavaFX window; writes the time it was shown to the marker file. */
public class BareWindow extends Application {
  @Override
  public void start(Stage stage) throws Exception {
    stage.setScene(new Scene(new Label("CareEval"), 1200, 700));
    stage.show();
    Files.writeString(
        Path.of(System.getProperty("careeval.benchmark.shownMarker")),
        Long.toString(System.currentTimeMillis()));
    if (Boolean.getBoolean("careeval.benchmark.exitWhenShown")) {
      Platform.runLater(Platform::exit);
    }
  }
}
