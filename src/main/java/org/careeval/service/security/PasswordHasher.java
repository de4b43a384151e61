package org.careeval.service.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.SecureString;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashes (Password4j, see docs/decisions/0010). The stored string carries its own
 * parameters, so hashes made with older settings still verify after a change.
 */
public final class PasswordHasher {

  /** OWASP's minimum for Argon2id: 19 MiB, 2 iterations, 1 lane. */
  public static final PasswordHasher STANDARD = new PasswordHasher(19 * 1024, 2);

  private final Argon2Function function;
  private final String dummyHash;

  /** Cheaper parameters are for tests only; production uses {@link #STANDARD}. */
  public PasswordHasher(int memoryKiB, int iterations) {
    this.function = Argon2Function.getInstance(memoryKiB, iterations, 1, 32, Argon2.ID, 19);
    this.dummyHash = hash("careeval-timing-equalizer".toCharArray());
  }

  public String hash(char[] password) {
    return Password.hash(new SecureString(password, false))
        .addRandomSalt(16)
        .with(function)
        .getResult();
  }

  public boolean verify(char[] password, String storedHash) {
    return Password.check(new SecureString(password, false), storedHash)
        .with(Argon2Function.getInstanceFromHash(storedHash));
  }

  /** Spends the time of a real check, so an unknown user name cannot be told by timing. */
  public void verifyNothing(char[] password) {
    verify(password, dummyHash);
  }
}
