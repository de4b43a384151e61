package org.careeval.domain.award;

import java.math.BigDecimal;

/** The contract an award offer created, as the award sees it: its id, amount and status. */
public record ContractDraft(long id, BigDecimal amount, String status) {}
