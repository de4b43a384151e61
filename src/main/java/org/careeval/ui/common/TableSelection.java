package org.careeval.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TableView;

/** Keeps a table's selected row and a view model's selection in step, both ways. */
public final class TableSelection {

  private TableSelection() {}

  public static <T> void bind(TableView<T> table, ObjectProperty<T> selected) {
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                selected.set(now);
              }
            });
    selected.addListener((obs, old, now) -> show(table, now));
    show(table, selected.get());
  }

  private static <T> void show(TableView<T> table, T item) {
    if (item == null) {
      table.getSelectionModel().clearSelection();
    } else if (table.getSelectionModel().getSelectedItem() != item) {
      table.getSelectionModel().select(item);
    }
  }
}
