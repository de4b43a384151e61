package org.careeval.domain.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a project stands: 草稿 → 已发布 → 评审中 → 已定标 → 已签约 → 已结项, one step at a time, or 终止 (terminated,
 * from any open state) and 废标 (failed, while bids are invited or reviewed), each with a reason.
 * Closed, terminated and failed projects are final.
 */
public enum ProjectStatus {
  DRAFT("project.status.draft"),
  PUBLISHED("project.status.published"),
  UNDER_REVIEW("project.status.underReview"),
  AWARDED("project.status.awarded"),
  CONTRACTED("project.status.contracted"),
  CLOSED("project.status.closed"),
  TERMINATED("project.status.terminated"),
  FAILED("project.status.failed");

  private final String labelKey;

  ProjectStatus(String labelKey) {
    this.labelKey = labelKey;
  }

  public String labelKey() {
    return labelKey;
  }

  /** False once the project is closed, terminated or failed. */
  public boolean open() {
    return this != CLOSED && this != TERMINATED && this != FAILED;
  }

  /** True for the endings that need a reason (终止, 废标). */
  public boolean needsReason() {
    return this == TERMINATED || this == FAILED;
  }

  /** The next step of the ordinary course, if there is one. */
  public Optional<ProjectStatus> next() {
    return switch (this) {
      case DRAFT -> Optional.of(PUBLISHED);
      case PUBLISHED -> Optional.of(UNDER_REVIEW);
      case UNDER_REVIEW -> Optional.of(AWARDED);
      case AWARDED -> Optional.of(CONTRACTED);
      case CONTRACTED -> Optional.of(CLOSED);
      case CLOSED, TERMINATED, FAILED -> Optional.empty();
    };
  }

  /** Where the project may go from here. */
  public List<ProjectStatus> allowedNext() {
    List<ProjectStatus> allowed = new ArrayList<>();
    next().ifPresent(allowed::add);
    if (this == PUBLISHED || this == UNDER_REVIEW) {
      allowed.add(FAILED);
    }
    if (open()) {
      allowed.add(TERMINATED);
    }
    return allowed;
  }

  /** True once bids are being judged: the method, the budget and the rubric are fixed. */
  public boolean reviewStarted() {
    return this != DRAFT && this != PUBLISHED;
  }
}
