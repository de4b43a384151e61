package org.careeval.domain.performance;

/** Something about a scored indicator the evaluator must still see to. */
public enum Flag {
  /** An actual of 130 % of the target or more with no note (财预〔2020〕10号: a target set too low). */
  NOTE_REQUIRED("note-required");

  private final String code;

  Flag(String code) {
    this.code = code;
  }

  /** As the command line prints it. */
  public String code() {
    return code;
  }
}
