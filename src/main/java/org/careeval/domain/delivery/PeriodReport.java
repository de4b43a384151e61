package org.careeval.domain.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The organization's report of one period of a contract: values per indicator, a narrative, the
 * evidence, and its course — submitted (with the hash of the snapshot taken then), returned with a
 * reason, accepted, unlocked with a reason.
 */
public record PeriodReport(
    long id,
    long contractId,
    Period period,
    ReportState state,
    String narrative,
    List<ReportValue> values,
    List<EvidenceFile> evidence,
    Optional<String> submittedBy,
    Optional<LocalDate> submittedOn,
    Optional<String> snapshotSha256,
    Optional<String> decidedBy,
    String returnReason,
    String unlockReason,
    Instant updatedAt,
    int version) {

  public PeriodReport {
    values = List.copyOf(values);
    evidence = List.copyOf(evidence);
  }

  public Optional<ReportValue> value(int seq) {
    return values.stream().filter(v -> v.seq() == seq).findFirst();
  }
}
