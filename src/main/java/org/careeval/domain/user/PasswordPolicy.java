package org.careeval.domain.user;

import java.time.Duration;
import org.careeval.domain.CareEvalException;

/**
 * Password and sign-in rules. Each value is a system setting [L] with these defaults: at least 8
 * characters (at most 128, to bound hashing work), 5 failed sign-ins lock the account for 15
 * minutes, the window locks after 10 idle minutes.
 */
public record PasswordPolicy(
    int minimumLength, int maxFailedSignIns, Duration lockout, Duration idleLock) {

  public static final int MAXIMUM_LENGTH = 128;

  /**
   * @throws CareEvalException if the new password is too short or too long
   */
  public void check(char[] password) {
    if (password.length < minimumLength) {
      throw new CareEvalException("error.password.tooShort", minimumLength);
    }
    if (password.length > MAXIMUM_LENGTH) {
      throw new CareEvalException("error.password.tooLong", MAXIMUM_LENGTH);
    }
  }
}
