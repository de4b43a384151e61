package org.careeval.domain.performance;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A rectification item an evaluation found (整改事项): what to put right, who owns it, by when, what
 * was done about it, and — once the supervisor found it done — when it closed.
 */
public record Rectification(
    long id,
    long evaluationId,
    String description,
    String owner,
    LocalDate dueOn,
    boolean done,
    String followUp,
    Optional<LocalDate> closedOn,
    int version) {}
