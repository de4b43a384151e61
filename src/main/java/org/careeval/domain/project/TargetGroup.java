package org.careeval.domain.project;

/**
 * Who a project serves (domain rules 5.1): left-behind children with both parents away or one
 * parent away, children in difficulty (困境儿童), guardians and entrusted carers, other children of the
 * villages covered.
 */
public enum TargetGroup {
  BOTH_PARENTS_AWAY("project.group.bothParentsAway"),
  ONE_PARENT_AWAY("project.group.oneParentAway"),
  CHILDREN_IN_DIFFICULTY("project.group.childrenInDifficulty"),
  GUARDIANS("project.group.guardians"),
  OTHER_CHILDREN("project.group.otherChildren");

  private final String labelKey;

  TargetGroup(String labelKey) {
    this.labelKey = labelKey;
  }

  public String labelKey() {
    return labelKey;
  }
}
