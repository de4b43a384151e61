package org.careeval.domain.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.CareEvalException;
import org.junit.jupiter.api.Test;

class AwardOrderTest {

  private static final List<AwardOrder.Candidate> TIED_FIRST =
      List.of(
          candidate(1, "甲", 1), candidate(2, "乙", 1), candidate(3, "丙", 3), candidate(4, "丁", 4));

  private static AwardOrder.Candidate candidate(long bid, String name, int rank) {
    return new AwardOrder.Candidate(
        bid, name, "code" + bid, Optional.of(bid), rank, new BigDecimal("100000"));
  }

  @Test
  void theBestRankedCandidateNotPassedOverComesNext() {
    List<AwardOrder.Candidate> plain = List.of(candidate(1, "甲", 1), candidate(2, "乙", 2));
    assertThat(AwardOrder.next(plain, Set.of(), Optional.empty()))
        .map(AwardOrder.Candidate::bidId)
        .hasValue(1L);
    assertThat(AwardOrder.next(plain, Set.of(1L), Optional.empty()))
        .map(AwardOrder.Candidate::bidId)
        .hasValue(2L);
    assertThat(AwardOrder.next(plain, Set.of(1L, 2L), Optional.empty())).isEmpty();
  }

  @Test
  void tiedCandidatesAreNamedByTheBuyerAndNobodyBehindThemMaySkipAhead() {
    assertThatThrownBy(() -> AwardOrder.next(TIED_FIRST, Set.of(), Optional.empty()))
        .isInstanceOfSatisfying(
            CareEvalException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("error.award.tied");
              assertThat(e.arguments()).containsExactly("甲、乙");
            });
    assertThat(AwardOrder.next(TIED_FIRST, Set.of(), Optional.of(2L)))
        .map(AwardOrder.Candidate::organization)
        .hasValue("乙");
    assertThatThrownBy(() -> AwardOrder.next(TIED_FIRST, Set.of(), Optional.of(3L)))
        .isInstanceOfSatisfying(
            CareEvalException.class,
            e -> assertThat(e.messageKey()).isEqualTo("error.award.notNext"));
    // once 乙 refused, 甲 is the only one left at rank 1: no choice needed
    assertThat(AwardOrder.next(TIED_FIRST, Set.of(2L), Optional.empty()))
        .map(AwardOrder.Candidate::organization)
        .hasValue("甲");
    assertThat(AwardOrder.next(TIED_FIRST, Set.of(1L, 2L), Optional.empty()))
        .map(AwardOrder.Candidate::organization)
        .hasValue("丙");
  }
}
