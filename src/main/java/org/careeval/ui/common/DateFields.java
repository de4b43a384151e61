package org.careeval.ui.common;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.careeval.domain.TextDates;
import org.careeval.service.i18n.Messages;

/**
 * Date pickers that read a date the ways officers type one (2025-01-01, 2025/1/1, 20250101,
 * 2025年1月1日, full-width digits too) whatever the OS locale, and show it as yyyy-MM-dd. Text that is
 * not a date is never turned into "no date" or a silent fallback: it stays in the field, marked,
 * with a message that says what to type, and the field reports itself unreadable so a form can hold
 * back Save.
 */
public final class DateFields {

  /** Marks a picker whose text is not a date ({@code .date-picker:unreadable} in the theme). */
  public static final PseudoClass UNREADABLE = PseudoClass.getPseudoClass("unreadable");

  private DateFields() {}

  /**
   * Makes the picker read and show dates as above.
   *
   * @return true while the picker's text is empty or a date
   */
  public static BooleanExpression install(DatePicker picker, Messages messages) {
    ReadOnlyBooleanWrapper readable = new ReadOnlyBooleanWrapper(true);
    picker.setConverter(converter(picker));
    if (picker.getPromptText() == null || picker.getPromptText().isBlank()) {
      picker.setPromptText(messages.get("common.date.prompt"));
    }
    String hint = messages.get("common.date.hint");
    Tooltip tooltip = new Tooltip(hint);
    picker.setTooltip(tooltip); // the skin binds the editor's tooltip to the picker's
    picker
        .getEditor()
        .textProperty()
        .addListener(
            (obs, old, text) -> {
              boolean ok = read(text).isPresent();
              readable.set(ok);
              picker.pseudoClassStateChanged(UNREADABLE, !ok);
              tooltip.setText(ok ? hint : messages.get("common.date.unreadable", text.strip()));
            });
    return readable.getReadOnlyProperty();
  }

  /**
   * What the text means: empty for text that is no date, an empty inner value for blank text (no
   * date chosen).
   */
  static Optional<Optional<LocalDate>> read(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of(Optional.empty());
    }
    return TextDates.parse(text).map(Optional::of);
  }

  /**
   * Shows ISO dates; reads the accepted forms. Unreadable text keeps the picker's current value, so
   * leaving the field never clears a saved date behind the officer's back.
   */
  static StringConverter<LocalDate> converter(DatePicker picker) {
    return new StringConverter<>() {
      @Override
      public String toString(LocalDate date) {
        return date == null ? "" : Formats.date(date);
      }

      @Override
      public LocalDate fromString(String text) {
        return read(text).map(date -> date.orElse(null)).orElse(picker.getValue());
      }
    };
  }
}
