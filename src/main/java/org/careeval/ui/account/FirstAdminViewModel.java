package org.careeval.ui.account;

import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careeval.service.security.AuthenticationService;
import org.careeval.service.security.SignInResult;
import org.careeval.service.security.UserService;
import org.careeval.ui.common.UiExecutor;

/** First start of a new data directory: create the first administrator and sign in. */
public final class FirstAdminViewModel extends FormViewModel {

  private final UserService users;
  private final AuthenticationService authentication;
  private final Consumer<SignInResult> onSignedIn;
  private final StringProperty username = new SimpleStringProperty("");
  private final StringProperty displayName = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty confirmation = new SimpleStringProperty("");

  public FirstAdminViewModel(
      UserService users,
      AuthenticationService authentication,
      UiExecutor executor,
      Consumer<SignInResult> onSignedIn) {
    super(executor);
    this.users = users;
    this.authentication = authentication;
    this.onSignedIn = onSignedIn;
  }

  public void create() {
    if (!password.get().equals(confirmation.get())) {
      reject("error.password.mismatch");
      return;
    }
    String name = username.get();
    String shown = displayName.get();
    char[] secret = password.get().toCharArray();
    submit(
        () -> {
          users.createFirstAdmin(name, shown, secret);
          return authentication.signIn(name, secret);
        },
        onSignedIn,
        () -> java.util.Arrays.fill(secret, '\0'));
  }

  public StringProperty usernameProperty() {
    return username;
  }

  public StringProperty displayNameProperty() {
    return displayName;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  public StringProperty confirmationProperty() {
    return confirmation;
  }
}
