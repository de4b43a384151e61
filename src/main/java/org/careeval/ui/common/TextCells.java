package org.careeval.ui.common;

import java.util.function.Predicate;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WritableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.Callback;

/**
 * An editable text cell that keeps what was typed when the officer clicks elsewhere — JavaFX's own
 * text cell commits only on Enter and drops the text on a click into another cell or a button,
 * which in a grid of counts loses input silently. Enter keeps it too, Esc puts the value back. A
 * screen's save ends the table's edit first ({@code table.edit(-1, null)}) so it saves what is
 * typed.
 */
public final class TextCells {

  private TextCells() {}

  /** Cells of a column whose values are writable properties of the row. */
  public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> committingOnFocusLoss() {
    return committingOnFocusLoss(row -> true);
  }

  /** As {@link #committingOnFocusLoss()}, editable only on the rows the test accepts. */
  public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> committingOnFocusLoss(
      Predicate<S> editableRow) {
    return column -> new Cell<>(editableRow);
  }

  private static final class Cell<S> extends TableCell<S, String> {
    private final Predicate<S> editableRow;
    private TextField field;
    private boolean discarding;

    Cell(Predicate<S> editableRow) {
      this.editableRow = editableRow;
    }

    @Override
    public void startEdit() {
      S row = getTableRow() == null ? null : getTableRow().getItem();
      if (row == null || !editableRow.test(row)) {
        return;
      }
      super.startEdit();
      if (!isEditing()) {
        return;
      }
      field = new TextField(getItem());
      field.setOnAction(e -> getTableView().edit(-1, null));
      field.setOnKeyPressed(
          e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
              discarding = true;
              getTableView().edit(-1, null);
            }
          });
      field
          .focusedProperty()
          .addListener(
              (obs, was, is) -> {
                if (!is && isEditing()) {
                  getTableView().edit(-1, null);
                }
              });
      setText(null);
      setGraphic(field);
      field.selectAll();
      field.requestFocus();
    }

    /**
     * The table ends an edit by cancelling it — on Enter, a click into another cell, the focus
     * moving on or a save that stops editing first: the typed text is kept unless Esc was pressed.
     */
    @Override
    public void cancelEdit() {
      TextField typed = field;
      field = null;
      if (typed != null && !discarding) {
        keep(typed.getText());
      }
      discarding = false;
      super.cancelEdit();
      show();
    }

    @SuppressWarnings("unchecked")
    private void keep(String text) {
      if (getTableColumn() == null || getIndex() < 0) {
        return;
      }
      ObservableValue<String> value = getTableColumn().getCellObservableValue(getIndex());
      if (value instanceof WritableValue<?> writable) {
        ((WritableValue<String>) writable).setValue(text);
      }
    }

    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      if (field == null) {
        show();
      }
    }

    private void show() {
      setGraphic(null);
      setText(isEmpty() || getItem() == null ? "" : getItem());
    }
  }
}
