package org.careeval.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.careeval.service.i18n.Messages;

/**
 * Loads a view's FXML (same package and base name as its class) with the message bundle and the
 * given controller instance. Any other controller the FXML asks for is a mistake and fails fast.
 */
public final class ViewLoader {

  private final Messages messages;

  public ViewLoader(Messages messages) {
    this.messages = messages;
  }

  public Messages messages() {
    return messages;
  }

  /** Loads {@code View.fxml} beside {@code view}'s class, with {@code view} as controller. */
  public Parent load(Object view) {
    Class<?> type = view.getClass();
    URL fxml = type.getResource(type.getSimpleName() + ".fxml");
    if (fxml == null) {
      throw new IllegalStateException("No FXML for " + type.getName());
    }
    FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
    loader.setControllerFactory(
        requested -> {
          if (requested != type) {
            throw new IllegalStateException(
                "FXML " + fxml + " asks for controller " + requested + ", expected " + type);
          }
          return view;
        });
    try {
      return loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
