package org.careeval.domain.performance;

/**
 * What an evaluation is (domain rules 3.3): quarterly monitoring (no grade by default), mid-term,
 * final (the full 100-point evaluation and grade) and the follow-up of a spot check.
 */
public enum EvaluationKind {
  QUARTERLY("季度监控"),
  MID_TERM("中期评价"),
  FINAL("终期评价"),
  SPOT_CHECK_FOLLOW_UP("抽查复核");

  private final String chinese;

  EvaluationKind(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
