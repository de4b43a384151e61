package org.careeval.domain.records;

import java.util.Arrays;
import java.util.Optional;

/**
 * The group of children a service reached (domain rules 5.1): both parents away, one parent away
 * (the father, the mother), children in difficulty (困境儿童), other children. Counted, never named.
 */
public enum Beneficiary {
  BOTH_PARENTS_AWAY("父母双方外出", "both-parents-away"),
  FATHER_AWAY("父亲外出", "father-away"),
  MOTHER_AWAY("母亲外出", "mother-away"),
  IN_DIFFICULTY("困境儿童", "in-difficulty"),
  OTHER("其他儿童", "other");

  private final String chinese;
  private final String code;

  Beneficiary(String chinese, String code) {
    this.chinese = chinese;
    this.code = code;
  }

  public String chinese() {
    return chinese;
  }

  /** As scripts read it. */
  public String code() {
    return code;
  }

  public static Optional<Beneficiary> fromChinese(String text) {
    return Arrays.stream(values()).filter(b -> b.chinese.equals(text.strip())).findFirst();
  }
}
