package org.careeval.domain.scoring;

import java.time.Instant;

/** An evaluation's result as the supervisor finalized it: the table, its hash, who and when. */
public record FinalResult(
    ResultTable table, String sha256, String finalizedBy, Instant finalizedAt) {

  /** The hash as outputs print it. */
  public String shortHash() {
    return ResultTable.shortForm(sha256);
  }
}
