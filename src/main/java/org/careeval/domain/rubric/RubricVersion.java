package org.careeval.domain.rubric;

import java.time.Instant;
import java.util.Optional;

/**
 * One stored version of a project's rubric. A version is locked when the first score under it is
 * saved; after that only a supervisor can change the rubric, which makes the next version (with the
 * reason), and every version stays readable.
 */
public record RubricVersion(
    long id,
    long projectId,
    int version,
    Rubric rubric,
    Optional<Instant> lockedAt,
    String changeReason,
    String createdBy,
    Instant createdAt) {

  public boolean locked() {
    return lockedAt.isPresent();
  }
}
