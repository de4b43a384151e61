package org.careeval.domain.delivery;

import java.util.Arrays;
import java.util.Optional;

/** How an indicator is scored (财预〔2020〕10号): higher is better, lower is better, or judged. */
public enum IndicatorKind {
  POSITIVE("正向"),
  REVERSE("反向"),
  QUALITATIVE("定性");

  private final String chinese;

  IndicatorKind(String chinese) {
    this.chinese = chinese;
  }

  /** As the template and the sheets write it. */
  public String chinese() {
    return chinese;
  }

  public boolean quantitative() {
    return this != QUALITATIVE;
  }

  public static Optional<IndicatorKind> fromChinese(String text) {
    return Arrays.stream(values()).filter(k -> k.chinese.equals(text.strip())).findFirst();
  }
}
