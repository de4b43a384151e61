package org.careeval.ui.common;

import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import org.careeval.service.i18n.Messages;

/**
 * The dirty-state guard of a form: when the form has changes, leaving it asks save / discard / keep
 * editing. Saving runs the form's own save and leaves only once it succeeded, so a refused save
 * keeps the officer on the form with its message.
 */
public final class UnsavedChanges implements LeaveGuard {

  private final ObservableBooleanValue dirty;
  private final DialogService dialogs;
  private final Messages messages;
  private final Consumer<Runnable> saveThen;
  private final Runnable discard;

  /**
   * @param saveThen saves the form, then runs the given continuation if the save succeeded
   * @param discard puts the form back to what was saved
   */
  public UnsavedChanges(
      ObservableBooleanValue dirty,
      DialogService dialogs,
      Messages messages,
      Consumer<Runnable> saveThen,
      Runnable discard) {
    this.dirty = dirty;
    this.dialogs = dialogs;
    this.messages = messages;
    this.saveThen = saveThen;
    this.discard = discard;
  }

  @Override
  public boolean mayLeave(Runnable thenLeave) {
    if (!dirty.get()) {
      return true;
    }
    return switch (dialogs.askUnsaved(
        messages.get("common.unsaved.title"), messages.get("common.unsaved.message"))) {
      case SAVE -> {
        saveThen.accept(thenLeave);
        yield false;
      }
      case DISCARD -> {
        discard.run();
        yield true;
      }
      case STAY -> false;
    };
  }
}
