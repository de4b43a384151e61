package org.careeval.domain.performance;

/** Who evaluates (财预〔2020〕10号): the organization itself, the department, or a third party. */
public enum EvaluatorKind {
  SELF("单位自评"),
  DEPARTMENT("部门评价"),
  THIRD_PARTY("第三方评价");

  private final String chinese;

  EvaluatorKind(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
