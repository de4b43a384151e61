package org.careeval.domain.system;

import org.careeval.domain.CareEvalException;

/**
 * The passphrase of an encrypted data directory (ADR 0018). The file key is derived from all of it,
 * spaces included; this rule only keeps out passphrases a guess would find.
 */
public final class FilePassphrase {

  public static final int MINIMUM_LENGTH = 10;

  private FilePassphrase() {}

  /**
   * @throws CareEvalException {@code error.filePassword.tooShort} when shorter than {@value
   *     #MINIMUM_LENGTH} characters, {@code error.filePassword.weak} when one character repeated
   */
  public static void check(char[] passphrase) {
    int length = String.valueOf(passphrase).codePointCount(0, passphrase.length);
    if (length < MINIMUM_LENGTH) {
      throw new CareEvalException("error.filePassword.tooShort", MINIMUM_LENGTH);
    }
    if (String.valueOf(passphrase).chars().distinct().count() < 2) {
      throw new CareEvalException("error.filePassword.weak");
    }
  }
}
