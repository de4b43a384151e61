package org.careeval.ui.account;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careeval.service.CareEvalServices;
import org.careeval.ui.common.DataAccess;
import org.careeval.ui.common.UiExecutor;

/** The database file is encrypted: ask for its password before anything else. */
public final class DatabasePasswordViewModel extends FormViewModel {

  private final DataAccess dataAccess;
  private final Consumer<CareEvalServices> onOpened;
  private final StringProperty password = new SimpleStringProperty("");

  public DatabasePasswordViewModel(
      DataAccess dataAccess, UiExecutor executor, Consumer<CareEvalServices> onOpened) {
    super(executor);
    this.dataAccess = dataAccess;
    this.onOpened = onOpened;
  }

  public void unlock() {
    char[] secret = password.get().toCharArray();
    password.set("");
    submit(() -> dataAccess.open(Optional.of(secret)), onOpened, () -> Arrays.fill(secret, '\0'));
  }

  public StringProperty passwordProperty() {
    return password;
  }
}
