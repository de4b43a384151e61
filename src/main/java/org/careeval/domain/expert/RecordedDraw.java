package org.careeval.domain.expert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A draw as recorded: its seed, conditions ({@code specialty=count,…}), region, alternates asked,
 * witnesses, date, who drew and when, and every entry in order.
 */
public record RecordedDraw(
    long id,
    long seed,
    String conditions,
    String region,
    int alternates,
    String witnesses,
    LocalDate date,
    String drawnBy,
    Instant drawnAt,
    List<Entry> entries) {

  /** Member, alternate or excluded. */
  public enum Role {
    MEMBER("seating.role.member"),
    ALTERNATE("seating.role.alternate"),
    EXCLUDED("seating.role.excluded");

    private final String labelKey;

    Role(String labelKey) {
      this.labelKey = labelKey;
    }

    public String labelKey() {
      return labelKey;
    }
  }

  /**
   * One expert of the draw: role and order, the reason of an exclusion, the expert's answer (none
   * yet: empty) with its reason, and the expert whose seat it took when it filled one in
   * replacement.
   */
  public record Entry(
      long expertId,
      Role role,
      int seq,
      String reason,
      Optional<DrawResponse> response,
      String responseReason,
      Optional<Long> replaces) {}

  public RecordedDraw {
    entries = List.copyOf(entries);
  }

  /** True when this draw filled one seat left by another expert (补抽). */
  public boolean replacement() {
    return entries.stream().anyMatch(e -> e.role() == Role.MEMBER && e.replaces().isPresent());
  }
}
