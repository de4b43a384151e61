package org.careeval.ui.account;

import java.util.Arrays;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careeval.domain.user.Session;
import org.careeval.service.security.UserService;
import org.careeval.ui.common.UiExecutor;

/**
 * Changing one's own password: forced after an admin reset (no way around it), or chosen from the
 * account menu (can be cancelled).
 */
public final class ChangePasswordViewModel extends FormViewModel {

  private final UserService users;
  private final Session session;
  private final boolean forced;
  private final Runnable onDone;
  private final StringProperty current = new SimpleStringProperty("");
  private final StringProperty newPassword = new SimpleStringProperty("");
  private final StringProperty confirmation = new SimpleStringProperty("");

  public ChangePasswordViewModel(
      UserService users, Session session, boolean forced, UiExecutor executor, Runnable onDone) {
    super(executor);
    this.users = users;
    this.session = session;
    this.forced = forced;
    this.onDone = onDone;
  }

  public void change() {
    if (!newPassword.get().equals(confirmation.get())) {
      reject("error.password.mismatch");
      return;
    }
    char[] old = current.get().toCharArray();
    char[] fresh = newPassword.get().toCharArray();
    submit(
        () -> {
          users.changeOwnPassword(session, old, fresh);
          return Boolean.TRUE;
        },
        done -> onDone.run(),
        () -> {
          Arrays.fill(old, '\0');
          Arrays.fill(fresh, '\0');
        });
  }

  /** Leaves without changing; not possible when the change is required. */
  public void cancel() {
    if (!forced) {
      onDone.run();
    }
  }

  public boolean isForced() {
    return forced;
  }

  public StringProperty currentProperty() {
    return current;
  }

  public StringProperty newPasswordProperty() {
    return newPassword;
  }

  public StringProperty confirmationProperty() {
    return confirmation;
  }
}
