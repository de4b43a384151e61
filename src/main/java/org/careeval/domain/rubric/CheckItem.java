package org.careeval.domain.rubric;

/**
 * One line of a pass/fail checklist: a qualification condition (资格审查, checked by the buyer) or a
 * substantive ★ requirement (符合性审查, checked by the committee), with the clause it rests on.
 */
public record CheckItem(String code, String content, String basis) {

  public static final String CODE = "code";
  public static final String CONTENT = "content";
  public static final String BASIS = "basis";
}
