package org.careeval.domain.delivery;

/**
 * Who of the service's recipients took part in an acceptance (履约验收 of a public service): the
 * children, their guardians or entrusted carers, the village 儿童主任, the school, others. Counted,
 * never named.
 */
public enum RecipientGroup {
  CHILDREN("儿童", true),
  GUARDIANS("监护人或受委托照护人", true),
  CHILD_DIRECTOR("村儿童主任", true),
  SCHOOL("学校", false),
  OTHER("其他", false);

  private final String chinese;
  private final boolean recipient;

  RecipientGroup(String chinese, boolean recipient) {
    this.chinese = chinese;
    this.recipient = recipient;
  }

  public String chinese() {
    return chinese;
  }

  /** The children, their carers and the village 儿童主任: those the service is for. */
  public boolean recipient() {
    return recipient;
  }
}
