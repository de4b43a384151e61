package org.careeval.domain.audit;

import java.time.Instant;
import java.util.Optional;

/** What the audit viewer filters by; empty means "any". {@code until} is exclusive. */
public record AuditFilter(
    Optional<String> actor,
    Optional<String> entityType,
    Optional<AuditAction> action,
    Optional<Instant> from,
    Optional<Instant> until) {

  public static final AuditFilter ALL =
      new AuditFilter(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
