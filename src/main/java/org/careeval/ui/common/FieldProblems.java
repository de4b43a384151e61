package org.careeval.ui.common;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableMap;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import org.careeval.service.i18n.Messages;

/**
 * Shows a form's refused fields beside the fields: a red line of text right below each field
 * ({@code .field-problem}) and the field marked ({@code :refused}), from the view model's map of
 * field key to message. The fields must sit directly in a pane (a form column).
 */
public final class FieldProblems {

  private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

  private FieldProblems() {}

  public static void show(
      Map<String, ? extends Control> fields,
      ObservableMap<String, Message> problems,
      Messages messages) {
    fields.forEach((key, field) -> showBelow(field, key, problems, messages));
  }

  private static void showBelow(
      Control field, String key, ObservableMap<String, Message> problems, Messages messages) {
    Label problem = new Label();
    problem.setId(field.getId() + "Problem");
    problem.getStyleClass().add("field-problem");
    problem.setWrapText(true);
    problem
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> problems.containsKey(key) ? problems.get(key).render(messages) : "",
                problems));
    problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
    problem.managedProperty().bind(problem.visibleProperty());
    problem
        .visibleProperty()
        .addListener((obs, was, shown) -> field.pseudoClassStateChanged(REFUSED, shown));
    Node holder = field.getParent();
    if (holder instanceof Pane pane) {
      pane.getChildren().add(pane.getChildren().indexOf(field) + 1, problem);
    }
  }
}
