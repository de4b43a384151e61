package org.careeval.domain.organization;

/** Valid, made-up credit codes for tests: a social-service organization of one county. */
public final class SyntheticCodes {

  private SyntheticCodes() {}

  /** The {@code n}-th code (n ≥ 0): 52411525, nine digits from n, and the right check character. */
  public static String uscc(int n) {
    String first17 = "52411525" + String.format("%09d", n);
    return first17 + Uscc.checkCharacter(first17);
  }

  /** A code whose only fault is its check character. */
  public static String wrongCheckCharacter(int n) {
    String valid = uscc(n);
    char wrong = valid.charAt(17) == '0' ? '1' : '0';
    return valid.substring(0, 17) + wrong;
  }
}
