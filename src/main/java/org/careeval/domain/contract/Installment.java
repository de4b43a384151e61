package org.careeval.domain.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.careeval.domain.LocalizedText;

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

  /** Released on or after {@code date}. */
  public static Installment onDate(int seq, BigDecimal amount, LocalDate date) {
    return agreed(seq, amount, Condition.DATE, Optional.of(date), "", Optional.empty());
  }

  /** Released once the named stage is accepted. */
  public static Installment onStage(int seq, BigDecimal amount, String stage) {
    return agreed(seq, amount, Condition.STAGE, Optional.empty(), stage, Optional.empty());
  }

  /** Released once the named period is evaluated {@code minimum} or better. */
  public static Installment onGrade(int seq, BigDecimal amount, String period, Grade minimum) {
    return agreed(
        seq, amount, Condition.EVALUATION, Optional.empty(), period, Optional.of(minimum));
  }

  private static Installment agreed(
      int seq,
      BigDecimal amount,
      Condition condition,
      Optional<LocalDate> date,
      String stage,
      Optional<Grade> grade) {
    return new Installment(
        seq, amount, condition, date, stage, grade, Optional.empty(), Optional.empty());
  }

  /** The condition in words: 到期日 2027-07-01, 阶段验收 中期, 评价等级 末期 ≥ 良. */
  public LocalizedText describe() {
    return switch (condition) {
      case DATE -> new LocalizedText("installment.describe.date", onDate.orElseThrow().toString());
      case STAGE -> new LocalizedText("installment.describe.stage", stage);
      case EVALUATION ->
          new LocalizedText(
              "installment.describe.evaluation", stage, minGrade.orElseThrow().chinese());
    };
  }

  public boolean paid() {
    return releasedAt.isPresent();
  }
}
