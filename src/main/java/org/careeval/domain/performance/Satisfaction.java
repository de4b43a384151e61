package org.careeval.domain.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A satisfaction survey of one respondent group (domain rules 3.2): raw counts per answer and the
 * sampling method, never only a percentage. Rate = (very satisfied + satisfied) ÷ valid responses,
 * in percent with two decimals half-up; invalid responses are counted but not in the base.
 */
public record Satisfaction(
    Respondents group,
    String method,
    int verySatisfied,
    int satisfied,
    int neutral,
    int dissatisfied,
    int veryDissatisfied,
    int invalid) {

  /** Who answered. */
  public enum Respondents {
    CHILDREN("儿童"),
    GUARDIANS("监护人或受委托照护人"),
    CHILD_DIRECTORS("村儿童主任"),
    SCHOOL("学校");

    private final String chinese;

    Respondents(String chinese) {
      this.chinese = chinese;
    }

    public String chinese() {
      return chinese;
    }
  }

  public Satisfaction {
    if (verySatisfied < 0
        || satisfied < 0
        || neutral < 0
        || dissatisfied < 0
        || veryDissatisfied < 0
        || invalid < 0) {
      throw new org.careeval.domain.CareEvalException("error.performance.surveyNegative");
    }
  }

  public int valid() {
    return verySatisfied + satisfied + neutral + dissatisfied + veryDissatisfied;
  }

  /** The satisfaction rate in percent, or zero when no answer was valid. */
  public BigDecimal rate() {
    if (valid() == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return BigDecimal.valueOf(100L * (verySatisfied + satisfied))
        .divide(BigDecimal.valueOf(valid()), 2, RoundingMode.HALF_UP);
  }
}
