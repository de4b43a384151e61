package org.careeval.domain.expert;

import java.time.LocalDate;
import java.util.List;

/** An expert of the pool with their declared ties and blacklist entries. */
public record Expert(
    long id, ExpertDraft draft, List<ExpertTie> ties, List<Blacklisting> blacklist) {

  public Expert {
    ties = List.copyOf(ties);
    blacklist = List.copyOf(blacklist);
  }

  public String name() {
    return draft.name();
  }

  /** True when an entry of the blacklist is in force on {@code day}. */
  public boolean blacklistedOn(LocalDate day) {
    return blacklist.stream().anyMatch(b -> b.inForceOn(day));
  }
}
