package org.careeval.domain.organization;

/**
 * Head count and certified social workers by level (助理社会工作师, 社会工作师, 高级社会工作师). Certified workers are
 * part of the head count.
 */
public record Staffing(int total, int assistant, int intermediate, int senior) {

  public static final Staffing NONE = new Staffing(0, 0, 0, 0);

  public int certified() {
    return assistant + intermediate + senior;
  }
}
