package org.careeval.ui.common;

import java.util.Comparator;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.FontWeight;
import javafx.util.Callback;

/**
 * Short coloured labels for alerts in a table cell ({@code .badge:danger}, {@code .badge:warning}
 * in the theme), so the rows that need attention stand out without reading every cell.
 */
public final class Badges {

  /** How urgent a badge is; its colour comes from the theme. */
  public enum Tone {
    DANGER,
    WARNING;

    PseudoClass pseudoClass() {
      return PseudoClass.getPseudoClass(name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** One badge: a few characters, the full sentence for its tooltip, and its tone. */
  public record Badge(String text, String description, Tone tone) {}

  /** The theme's badge font size and horizontal padding (base.css, .badge), and their spacing. */
  private static final double FONT_SIZE = 12;

  private static final double PADDING = 12;
  private static final double SPACING = 4;

  private Badges() {}

  /** How wide a cell must be to show these badges uncut: for {@link Columns#fitContent}. */
  public static double width(List<Badge> badges) {
    if (badges.isEmpty()) {
      return 0;
    }
    double first = badgeWidth(urgent(badges).text());
    return badges.size() == 1 ? first : first + SPACING + badgeWidth("+" + (badges.size() - 1));
  }

  private static double badgeWidth(String text) {
    return Columns.textWidth(text, FontWeight.NORMAL, FONT_SIZE) + PADDING;
  }

  private static Badge urgent(List<Badge> badges) {
    return badges.stream().min(Comparator.comparing(Badge::tone)).orElseThrow();
  }

  private static Label label(String text, Tone tone) {
    Label label = new Label(text);
    label.setMinWidth(Region.USE_PREF_SIZE);
    label.getStyleClass().add("badge");
    if (tone != null) {
      label.pseudoClassStateChanged(tone.pseudoClass(), true);
    }
    return label;
  }

  /**
   * A cell factory showing a row's most urgent badge and, when there are more, a "+n" badge; the
   * tooltip lists every badge's full sentence. One badge and a count fit a narrow column, where
   * several badges side by side would each be cut.
   */
  public static <S> Callback<TableColumn<S, List<Badge>>, TableCell<S, List<Badge>>> cells() {
    return column ->
        new TableCell<>() {
          @Override
          protected void updateItem(List<Badge> badges, boolean empty) {
            super.updateItem(badges, empty);
            setText(null);
            if (empty || badges == null || badges.isEmpty()) {
              setGraphic(null);
              setTooltip(null);
              return;
            }
            Badge first = urgent(badges);
            HBox row = new HBox(label(first.text(), first.tone()));
            row.getStyleClass().add("badges");
            if (badges.size() > 1) {
              row.getChildren().add(label("+" + (badges.size() - 1), null));
            }
            setGraphic(row);
            setTooltip(
                new Tooltip(String.join("\n", badges.stream().map(Badge::description).toList())));
          }
        };
  }
}
