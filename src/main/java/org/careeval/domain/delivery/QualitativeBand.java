package org.careeval.domain.delivery;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three bands of a qualitative indicator (财预〔2020〕10号): achieved, partly achieved with some
 * effect, not achieved.
 */
public enum QualitativeBand {
  ACHIEVED("达成"),
  PARTLY("部分达成"),
  NOT_ACHIEVED("未达成");

  private final String chinese;

  QualitativeBand(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }

  public static Optional<QualitativeBand> fromChinese(String text) {
    return Arrays.stream(values()).filter(b -> b.chinese.equals(text.strip())).findFirst();
  }
}
