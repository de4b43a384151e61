package org.careeval.persistence;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The unit of work a service opens through {@link Database}. Services pass it to repositories
 * without looking inside; only persistence code uses its {@link DSLContext}.
 */
public final class Transaction {
  private final DSLContext dsl;
  private final List<Runnable> afterCommit = new ArrayList<>();

  Transaction(DSLContext dsl) {
    this.dsl = dsl;
  }

  DSLContext dsl() {
    return dsl;
  }

  /** Runs {@code action} once this transaction has committed; never if it rolls back. */
  public void afterCommit(Runnable action) {
    afterCommit.add(action);
  }

  List<Runnable> afterCommitActions() {
    return List.copyOf(afterCommit);
  }
}
