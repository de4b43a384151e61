package org.careeval.ui.account;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.system.FilePassphrase;
import org.careeval.service.CareEvalServices;
import org.careeval.service.i18n.Messages;
import org.careeval.service.security.SignInResult;
import org.careeval.ui.common.DataAccess;
import org.careeval.ui.common.UiExecutor;

/**
 * First start: create the first administrator and sign in. While no database file exists yet the
 * administrator may choose to encrypt it; once it is created that choice is gone.
 */
public final class FirstAdminViewModel extends FormViewModel {

  private final DataAccess dataAccess;
  private final Consumer<CareEvalServices> onOpened;
  private final Consumer<SignInResult> onSignedIn;
  private final IntConsumer onDemoLoaded;
  private final Messages messages;
  private final AtomicReference<CareEvalServices> services = new AtomicReference<>();
  private final ReadOnlyBooleanWrapper encryptionOffered;
  private final StringProperty username = new SimpleStringProperty("");
  private final StringProperty displayName = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty confirmation = new SimpleStringProperty("");
  private final BooleanProperty encrypt = new SimpleBooleanProperty(false);
  private final StringProperty filePassword = new SimpleStringProperty("");
  private final StringProperty filePasswordConfirmation = new SimpleStringProperty("");

  /**
   * @param existing the open services when the database already exists (without users)
   * @param onOpened told when this form creates and opens the database
   */
  public FirstAdminViewModel(
      Optional<CareEvalServices> existing,
      DataAccess dataAccess,
      UiExecutor executor,
      Consumer<CareEvalServices> onOpened,
      Consumer<SignInResult> onSignedIn,
      IntConsumer onDemoLoaded,
      Messages messages) {
    super(executor);
    this.dataAccess = dataAccess;
    this.onOpened = onOpened;
    this.onSignedIn = onSignedIn;
    this.onDemoLoaded = onDemoLoaded;
    this.messages = messages;
    existing.ifPresent(services::set);
    this.encryptionOffered = new ReadOnlyBooleanWrapper(existing.isEmpty());
  }

  public void create() {
    if (!password.get().equals(confirmation.get())) {
      reject("error.password.mismatch");
      return;
    }
    boolean encrypted = encrypt.get() && encryptionOffered.get();
    if (encrypted && !filePassword.get().equals(filePasswordConfirmation.get())) {
      reject("error.filePassword.mismatch");
      return;
    }
    if (encrypted) {
      try {
        FilePassphrase.check(filePassword.get().toCharArray());
      } catch (CareEvalException e) {
        reject(e.messageKey(), e.arguments());
        return;
      }
    }
    String name = username.get();
    String shown = displayName.get();
    char[] secret = password.get().toCharArray();
    Optional<char[]> fileSecret =
        encrypted ? Optional.of(filePassword.get().toCharArray()) : Optional.empty();
    submit(
        () -> {
          CareEvalServices open = openedServices(fileSecret);
          open.users().createFirstAdmin(name, shown, secret);
          return open.authentication().signIn(name, secret);
        },
        result -> {
          announceOpened();
          onSignedIn.accept(result);
        },
        () -> {
          Arrays.fill(secret, '\0');
          fileSecret.ifPresent(f -> Arrays.fill(f, '\0'));
          announceOpened(); // also when creating the admin failed after the file was created
        });
  }

  /** Instead of creating an administrator: load the demo county (demo users for every role). */
  public void loadDemo() {
    submit(
        () -> openedServices(Optional.empty()).demo().load(messages),
        organizations -> {
          announceOpened();
          onDemoLoaded.accept(organizations);
        },
        this::announceOpened);
  }

  private CareEvalServices openedServices(Optional<char[]> fileSecret) {
    CareEvalServices open = services.get();
    if (open == null) {
      open = dataAccess.open(fileSecret);
      services.set(open);
    }
    return open;
  }

  /** Tells the shell once that this form created the database; the choice of encryption is over. */
  private void announceOpened() {
    if (services.get() != null && encryptionOffered.get()) {
      encryptionOffered.set(false);
      onOpened.accept(services.get());
    }
  }

  public ReadOnlyBooleanProperty encryptionOfferedProperty() {
    return encryptionOffered.getReadOnlyProperty();
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

  public BooleanProperty encryptProperty() {
    return encrypt;
  }

  public StringProperty filePasswordProperty() {
    return filePassword;
  }

  public StringProperty filePasswordConfirmationProperty() {
    return filePasswordConfirmation;
  }
}
