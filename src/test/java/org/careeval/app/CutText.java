package org.careeval.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/**
 * Finds text that JavaFX shortened with an ellipsis because its control is too narrow: the text
 * node a skin draws differs from the control's text. Measures what is drawn, so it holds for any
 * font, language and window size.
 */
final class CutText {

  private CutText() {}

  /** Every visible label, button, tab, header and filter whose text is cut; table cells apart. */
  static List<String> labelsIn(Parent root) {
    List<String> cut = new ArrayList<>();
    visit(
        root,
        node -> {
          if (node instanceof Labeled labeled && !(node instanceof TableCell<?, ?>)) {
            describeIfCut(labeled).ifPresent(cut::add);
          }
          if (node instanceof TableView<?> table) {
            columnsOverflow(table).ifPresent(cut::add);
          }
          if (node.getStyleClass().contains("tab-down-button")) {
            cut.add("tabs hidden behind the overflow arrow of " + tabPaneOf(node));
          }
        });
    return cut;
  }

  /**
   * The visible cells of one table column (by its id) whose text is cut or whose graphic (badges)
   * is wider than the cell.
   */
  static List<String> cellsIn(Parent root, String columnId) {
    List<String> cut = new ArrayList<>();
    int[] seen = {0};
    visit(
        root,
        node -> {
          if (node instanceof TableCell<?, ?> cell
              && cell.getTableColumn() != null
              && columnId.equals(cell.getTableColumn().getId())) {
            seen[0]++;
            describeIfCut(cell).ifPresent(cut::add);
            Node graphic = cell.getGraphic();
            double room = cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset();
            if (graphic != null && graphic.prefWidth(-1) > room + 0.5) {
              cut.add(
                  "graphic of a "
                      + columnId
                      + " cell needs "
                      + graphic.prefWidth(-1)
                      + " px, has "
                      + room);
            }
          }
        });
    if (seen[0] == 0) {
      throw new AssertionError("no visible cell of column #" + columnId);
    }
    return cut;
  }

  /** Columns wider than the rows' viewport run off the right edge (without a scroll bar). */
  private static java.util.Optional<String> columnsOverflow(TableView<?> table) {
    double columns =
        table.getVisibleLeafColumns().stream().mapToDouble(column -> column.getWidth()).sum();
    return java.util.Optional.ofNullable(table.lookup(".clipped-container"))
        .map(node -> ((javafx.scene.layout.Region) node).getWidth())
        .filter(viewport -> viewport > 0 && columns > viewport + 1) // 0: not laid out, hidden
        .map(
            viewport ->
                "columns of #"
                    + table.getId()
                    + " need "
                    + columns
                    + " px, the table shows "
                    + viewport);
  }

  private static String tabPaneOf(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n instanceof javafx.scene.control.TabPane pane) {
        return "#" + pane.getId() + " " + pane.getTabs().stream().map(t -> t.getText()).toList();
      }
    }
    return "a tab pane";
  }

  private static java.util.Optional<String> describeIfCut(Labeled labeled) {
    String text = labeled.getText();
    if (text == null || text.isBlank()) {
      return java.util.Optional.empty();
    }
    // a mnemonic's underscore is not drawn: 文件(_F) shows as 文件(F)
    String full = labeled.isMnemonicParsing() ? text.replaceFirst("_", "") : text;
    return labeled.getChildrenUnmodifiable().stream()
        .filter(node -> node.getClass().getSimpleName().equals("LabeledText")) // not an icon
        .map(node -> ((Text) node).getText())
        .filter(drawn -> !drawn.equals(full))
        .findFirst()
        .map(
            drawn ->
                labeled.getClass().getSimpleName() + " “" + full + "” drawn as “" + drawn + "”");
  }

  private static void visit(Node node, java.util.function.Consumer<Node> action) {
    if (!node.isVisible()) {
      return;
    }
    action.accept(node);
    if (node instanceof Parent parent) {
      parent.getChildrenUnmodifiable().forEach(child -> visit(child, action));
    }
  }
}
