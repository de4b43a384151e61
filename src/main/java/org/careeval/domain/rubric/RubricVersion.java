package org.careeval.domain.rubric;

import java.time.Instant;
import java.util.Optional;

/**
 * One stored version of a project's rubric. A version is locked when the first score under it is
 * saved; after that only a supervisor can change the rubric, which makes the next version (with the
 * reason), and every version stays readable. Once every member of the panel has signed, the version
 * scored under is frozen for good: not even a supervisor can make a next one.
 */
public record RubricVersion(
    long id,
    long projectId,
    int version,
    Rubric rubric,
    Optional<Instant> lockedAt,
    Optional<Instant> frozenAt,
    String changeReason,
    String createdBy,
    Instant createdAt) {

  public boolean locked() {
    return lockedAt.isPresent();
  }

  public boolean frozen() {
    return frozenAt.isPresent();
  }
}
