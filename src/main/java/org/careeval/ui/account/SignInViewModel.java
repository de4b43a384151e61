package org.careeval.ui.account;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careeval.service.security.AuthenticationService;
import org.careeval.service.security.SignInResult;
import org.careeval.ui.common.UiExecutor;

/**
 * The sign-in form. When the window is locked the user name is fixed: only the same user can
 * unlock; another person uses "switch user", which closes the previous user's screens.
 */
public final class SignInViewModel extends FormViewModel {

  private final AuthenticationService authentication;
  private final Optional<String> lockedUser;
  private final Consumer<SignInResult> onSignedIn;
  private final StringProperty username = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");

  public SignInViewModel(
      AuthenticationService authentication,
      UiExecutor executor,
      Optional<String> lockedUser,
      Consumer<SignInResult> onSignedIn) {
    super(executor);
    this.authentication = authentication;
    this.lockedUser = lockedUser;
    this.onSignedIn = onSignedIn;
    lockedUser.ifPresent(username::set);
  }

  public void signIn() {
    String name = username.get();
    char[] secret = password.get().toCharArray();
    password.set(""); // never keep a typed password around after the attempt
    submit(
        () -> authentication.signIn(name, secret),
        onSignedIn,
        () -> java.util.Arrays.fill(secret, '\0'));
  }

  public boolean isLocked() {
    return lockedUser.isPresent();
  }

  public StringProperty usernameProperty() {
    return username;
  }

  public StringProperty passwordProperty() {
    return password;
  }
}
