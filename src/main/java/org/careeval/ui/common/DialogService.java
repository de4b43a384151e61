package org.careeval.ui.common;

import java.util.List;
import org.careeval.domain.system.ComponentVersion;

/**
 * All dialogs a view model may open. View models never build {@code Alert}s themselves, so tests
 * replace this with a recording fake. Texts arrive already localized.
 */
public interface DialogService {

  /** Shows a problem the user must read: what happened and what to do. */
  void showError(String title, String message);

  /** Shows the About dialog with the versions of the application's parts. */
  void showAbout(String title, String header, List<ComponentVersion> versions);
}
