package org.careeval.domain.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One installment of a contract: its order, amount, the condition that releases it — a date, the
 * acceptance of a named stage, or a periodic evaluation at or above a grade — and, once paid, who
 * released it and when. {@code stage} names the stage, or for an evaluation the period graded
 * (2027Q4, 末期).
 */
public record Installment(
    int seq,
    BigDecimal amount,
    Condition condition,
    Optional<LocalDate> onDate,
    String stage,
    Optional<Grade> minGrade,
    Optional<String> releasedBy,
    Optional<Instant> releasedAt) {

  /** What releases the installment. */
  public enum Condition {
    DATE("installment.condition.date"),
    STAGE("installment.condition.stage"),
    EVALUATION("installment.condition.evaluation");

    private final String labelKey;

    Condition(String labelKey) {
      this.labelKey = labelKey;
    }

    public String labelKey() {
      return labelKey;
    }
  }

  public boolean paid() {
    return releasedAt.isPresent();
  }
}
