package org.careeval.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.careeval.service.UserPreferences;

/**
 * Every table of a screen (with an {@code fx:id}) comes back as the officer left it: column widths
 * and sort, per installation, saved with the window's other preferences when it closes. Columns are
 * known by their {@code fx:id}; a column added or renamed later simply starts at its default.
 */
public final class TableMemory {

  private TableMemory() {}

  /** Remembers every table below {@code root}, under keys starting with {@code scope}. */
  public static void remember(Parent root, String scope, UserPreferences preferences) {
    for (Node node : root.lookupAll(".table-view")) {
      if (node instanceof TableView<?> table && table.getId() != null) {
        remember(table, scope + "." + table.getId(), preferences);
      }
    }
  }

  static <S> void remember(TableView<S> table, String key, UserPreferences preferences) {
    Map<String, TableColumn<S, ?>> columns = new LinkedHashMap<>();
    table.getColumns().stream()
        .filter(c -> c.getId() != null)
        .forEach(c -> columns.put(c.getId(), c));
    restoreWidths(columns, preferences.table(key + ".widths"));
    restoreSort(table, columns, preferences.table(key + ".sort"));
    Runnable saveWidths =
        () ->
            preferences.setTable(
                key + ".widths",
                columns.entrySet().stream()
                    .map(e -> e.getKey() + ":" + Math.round(e.getValue().getWidth()))
                    .collect(Collectors.joining(",")));
    Runnable saveSort =
        () ->
            preferences.setTable(
                key + ".sort",
                table.getSortOrder().stream()
                    .filter(c -> c.getId() != null)
                    .map(c -> c.getId() + ":" + c.getSortType())
                    .collect(Collectors.joining(",")));
    columns
        .values()
        .forEach(
            c -> {
              c.widthProperty().addListener((obs, old, now) -> saveWidths.run());
              c.sortTypeProperty().addListener((obs, old, now) -> saveSort.run());
            });
    table
        .getSortOrder()
        .addListener((ListChangeListener<TableColumn<S, ?>>) change -> saveSort.run());
  }

  private static <S> void restoreWidths(
      Map<String, TableColumn<S, ?>> columns, Optional<String> stored) {
    pairs(stored)
        .forEach(
            (id, width) -> {
              TableColumn<S, ?> column = columns.get(id);
              if (column != null) {
                try {
                  column.setPrefWidth(Double.parseDouble(width));
                } catch (NumberFormatException e) {
                  // a hand-edited preferences file: the default width stays
                }
              }
            });
  }

  private static <S> void restoreSort(
      TableView<S> table, Map<String, TableColumn<S, ?>> columns, Optional<String> stored) {
    List<TableColumn<S, ?>> order = new ArrayList<>();
    pairs(stored)
        .forEach(
            (id, type) -> {
              TableColumn<S, ?> column = columns.get(id);
              if (column != null && column.isSortable()) {
                column.setSortType(
                    "DESCENDING".equals(type)
                        ? TableColumn.SortType.DESCENDING
                        : TableColumn.SortType.ASCENDING);
                order.add(column);
              }
            });
    if (!order.isEmpty()) {
      table.getSortOrder().setAll(order);
    }
  }

  private static Map<String, String> pairs(Optional<String> stored) {
    Map<String, String> pairs = new LinkedHashMap<>();
    stored.ifPresent(
        text -> {
          for (String pair : text.split(",")) {
            int colon = pair.indexOf(':');
            if (colon > 0) {
              pairs.put(pair.substring(0, colon), pair.substring(colon + 1));
            }
          }
        });
    return pairs;
  }
}
