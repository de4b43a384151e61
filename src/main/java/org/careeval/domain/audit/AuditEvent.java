package org.careeval.domain.audit;

import java.time.Instant;

/**
 * One entry of the tamper-evident audit trail: who did what to which entity, with the values before
 * and after (JSON text, empty when not applicable), chained by hashes.
 *
 * @param actor the user name, or the name typed at a failed sign-in
 */
public record AuditEvent(
    long id,
    Instant occurredAt,
    String actor,
    AuditAction action,
    String entityType,
    String entityId,
    String before,
    String after,
    String previousHash,
    String hash) {}
