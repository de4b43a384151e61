package org.careeval.domain.organization;

import java.util.Optional;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.Problem;
import org.careeval.domain.user.Session;

/**
 * Object-level decisions about one organization, which a role alone cannot make (ADR 0013):
 * services establish who is acting (session, role, active), then ask the policy about this very
 * record.
 */
public final class OrganizationPolicy {

  private OrganizationPolicy() {}

  /**
   * Four eyes (rule 1.6.3): accepting a code whose check character fails is a second person's
   * decision, so the person who registered it may not accept it, whatever roles they hold.
   *
   * @param registeredBy who registered the organization, when known
   */
  public static Optional<Problem> acceptCheckFailure(
      Session acting, Optional<String> registeredBy) {
    return registeredBy
        .filter(acting.username()::equals)
        .map(
            name ->
                new Problem(
                    OrganizationDraft.CODE,
                    new LocalizedText("error.org.overrideOwnRegistration")));
  }
}
