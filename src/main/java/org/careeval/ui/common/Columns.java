package org.careeval.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Table columns an officer can read at 1366×768: the columns that identify a row (names, codes) as
 * wide as their longest value, and every text cell carrying its full value as a tooltip, so a value
 * cut by a narrow column can still be read.
 */
public final class Columns {

  /** Room for the cell's padding and the column's border around the measured text. */
  private static final double CELL_PADDING = 14;

  /** Measuring more rows than this would slow down a large register for little gain. */
  private static final int MEASURED_ROWS = 2_000;

  private Columns() {}

  /** Gives every plain text column of the table cells with the full value as tooltip. */
  /** A cell's fixed text, for a column's cell value factory. */
  public static javafx.beans.value.ObservableValue<String> text(String value) {
    return new javafx.beans.property.ReadOnlyStringWrapper(value);
  }

  public static void withTooltips(TableView<?> table) {
    table.getColumns().forEach(Columns::withTooltip);
  }

  @SuppressWarnings("unchecked")
  private static <S, T> void withTooltip(TableColumn<S, T> column) {
    if ((Object) column.getCellFactory() == TableColumn.DEFAULT_CELL_FACTORY) {
      column.setCellFactory(c -> (TableCell<S, T>) new TooltipCell<S>());
    }
  }

  /**
   * Keeps the column at least as wide as its header and its longest value, measured in the table's
   * font whenever the rows change; other columns give way (and tooltips show what they cut).
   */
  public static <S> void fitContent(TableView<S> table, TableColumn<S, String> column) {
    fitContent(table, column, text -> textWidth(text, FontWeight.NORMAL, Fonts.BASE_SIZE));
  }

  /** As {@link #fitContent(TableView, TableColumn)}, for values drawn otherwise than as text. */
  public static <S, T> void fitContent(
      TableView<S> table, TableColumn<S, T> column, ToDoubleFunction<T> width) {
    // a search refilters the rows at every keystroke: each value is measured once, then looked up
    Map<T, Double> measured = new HashMap<>();
    ToDoubleFunction<T> remembered = value -> measured.computeIfAbsent(value, width::applyAsDouble);
    Runnable fit = () -> column.setMinWidth(widest(table, column, remembered));
    table.getItems().addListener((ListChangeListener<S>) change -> fit.run());
    table.itemsProperty().addListener((obs, old, now) -> fit.run());
    fit.run();
  }

  private static <S, T> double widest(
      TableView<S> table, TableColumn<S, T> column, ToDoubleFunction<T> width) {
    // headers are bold
    double widest = textWidth(column.getText(), FontWeight.BOLD, Fonts.BASE_SIZE);
    int rows = Math.min(table.getItems().size(), MEASURED_ROWS);
    for (int row = 0; row < rows; row++) {
      T value = column.getCellData(row);
      if (value != null) {
        widest = Math.max(widest, width.applyAsDouble(value));
      }
    }
    return Math.ceil(widest + CELL_PADDING);
  }

  /** How wide the text is drawn in the application's font at the given weight and size. */
  public static double textWidth(String text, FontWeight weight, double size) {
    Text probe = new Text(text);
    probe.setFont(Font.font(Fonts.FAMILY, weight, size));
    return probe.getLayoutBounds().getWidth();
  }

  /** A text cell whose tooltip is its full value. */
  private static final class TooltipCell<S> extends TableCell<S, Object> {
    private final Tooltip tooltip = new Tooltip();

    @Override
    protected void updateItem(Object item, boolean empty) {
      super.updateItem(item, empty);
      String text = empty || item == null ? "" : item.toString();
      setText(text);
      tooltip.setText(text);
      setTooltip(text.isEmpty() ? null : tooltip);
    }
  }
}
