package org.careeval.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The fields of a short "add" form, held by a view model: whether anything is typed in them (so
 * leaving asks first), and emptying them once the entry is added or discarded.
 */
public final class EntryForm {

  private final List<Property<?>> fields = new ArrayList<>();
  private final ReadOnlyBooleanWrapper typed = new ReadOnlyBooleanWrapper(false);

  /** A text field of the form, empty at first. */
  public StringProperty text() {
    return watched(new SimpleStringProperty(""));
  }

  /** A choice or date of the form, none at first. */
  public <T> ObjectProperty<T> value() {
    return watched(new SimpleObjectProperty<>());
  }

  private <P extends Property<?>> P watched(P field) {
    fields.add(field);
    field.addListener(changed -> typed.set(fields.stream().anyMatch(EntryForm::filled)));
    return field;
  }

  private static boolean filled(Property<?> field) {
    Object value = field.getValue();
    return value instanceof String text ? !text.isBlank() : value != null;
  }

  /** True while something is typed or chosen in the form. */
  public ReadOnlyBooleanProperty typedProperty() {
    return typed.getReadOnlyProperty();
  }

  public void clear() {
    for (Property<?> field : fields) {
      if (field instanceof StringProperty text) {
        text.set("");
      } else {
        field.setValue(null);
      }
    }
  }
}
