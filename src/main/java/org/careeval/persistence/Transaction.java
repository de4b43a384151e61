package org.careeval.persistence;

import org.jooq.DSLContext;

/**
 * The unit of work a service opens through {@link Database}. Services pass it to repositories
 * without looking inside; only persistence code uses its {@link DSLContext}.
 */
public final class Transaction {
  private final DSLContext dsl;

  Transaction(DSLContext dsl) {
    this.dsl = dsl;
  }

  DSLContext dsl() {
    return dsl;
  }
}
