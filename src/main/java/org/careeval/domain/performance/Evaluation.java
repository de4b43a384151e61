package org.careeval.domain.performance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A periodic evaluation of a contract: its kind and the stage installments name it by (2026Q3, 中期,
 * 末期), when it is due, who evaluates (and the team), its state, total and grade (the grade's rank
 * in the county's bands, 0 the best), findings, and — once signed off by the supervisor, which
 * locks it — who signed, when, and the SHA-256 of its result.
 */
public record Evaluation(
    long id,
    long contractId,
    EvaluationKind kind,
    String stage,
    LocalDate dueOn,
    EvaluatorKind evaluator,
    String evaluatorName,
    String team,
    State state,
    Optional<BigDecimal> total,
    Optional<String> grade,
    Optional<Integer> gradeRank,
    String findings,
    Optional<String> signedBy,
    Optional<Instant> signedAt,
    Optional<String> resultSha256,
    int version) {

  /** Started and being scored, scored (a total), or signed off and locked. */
  public enum State {
    STARTED("performance.state.started"),
    SCORED("performance.state.scored"),
    SIGNED("performance.state.signed");

    private final String labelKey;

    State(String labelKey) {
      this.labelKey = labelKey;
    }

    public String labelKey() {
      return labelKey;
    }
  }

  public boolean signed() {
    return state == State.SIGNED;
  }
}
