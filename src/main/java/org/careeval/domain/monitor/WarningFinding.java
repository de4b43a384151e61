package org.careeval.domain.monitor;

import java.util.Optional;

/** What a scan found: the rule, the contract, the cause (its identity) and the detail in words. */
public record WarningFinding(
    WarningRule rule, Optional<Long> contractId, String cause, String detail) {}
