package org.careeval.domain.records;

import java.util.Arrays;
import java.util.Optional;

/** The age bands of the 2016 census (domain rules 5.1): 0–5, 6–13, 14–15 (under 16). */
public enum AgeBand {
  UNDER_6("0-5岁", "0-5"),
  FROM_6_TO_13("6-13岁", "6-13"),
  FROM_14_TO_15("14-15岁", "14-15");

  private final String chinese;
  private final String code;

  AgeBand(String chinese, String code) {
    this.chinese = chinese;
    this.code = code;
  }

  public String chinese() {
    return chinese;
  }

  public String code() {
    return code;
  }

  public static Optional<AgeBand> fromChinese(String text) {
    return Arrays.stream(values()).filter(b -> b.chinese.equals(text.strip())).findFirst();
  }
}
