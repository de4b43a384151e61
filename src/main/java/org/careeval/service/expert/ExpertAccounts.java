package org.careeval.service.expert;

import java.util.Optional;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.UserAccount;
import org.careeval.persistence.Transaction;
import org.careeval.persistence.UserRepository;

/** The one rule for an account an expert scores with: an active user holding the expert role. */
public final class ExpertAccounts {

  private ExpertAccounts() {}

  public static void refuseUnlessExpert(
      Transaction tx, UserRepository users, Optional<String> username) {
    if (username.isEmpty()) {
      return;
    }
    Optional<UserAccount> account =
        users.findCredentials(tx, username.get()).map(UserRepository.Credentials::account);
    if (account.isEmpty()
        || !account.get().active()
        || !account.get().roles().contains(Role.EXPERT)) {
      throw new CareEvalException("error.panel.accountNotExpert", username.get());
    }
  }
}
