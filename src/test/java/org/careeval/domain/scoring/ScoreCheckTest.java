package org.careeval.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.rubric.CriterionKind;
import org.careeval.domain.scoring.ScoreCheck.Finding;
import org.careeval.domain.scoring.ScoreCheck.Kind;
import org.junit.jupiter.api.Test;

/** The four reasons of 87号令 Art 64, each at its boundary, computed by hand. */
class ScoreCheckTest {

  private static final Criterion PLAN =
      new Criterion("A1", "服务方案", "方案", new BigDecimal("20"), CriterionKind.SUBJECTIVE, List.of());
  private static final Criterion STAFF =
      new Criterion("B1", "人员", "持证社工", new BigDecimal("5"), CriterionKind.OBJECTIVE, List.of());
  private static final long BID = 100;

  private final Map<Long, Map<Long, Map<String, BigDecimal>>> scores = new HashMap<>();
  private final Map<Long, Map<Long, BigDecimal>> stated = new HashMap<>();

  private void give(long member, String plan, String staff) {
    Map<String, BigDecimal> byCode = new HashMap<>();
    if (plan != null) {
      byCode.put("A1", new BigDecimal(plan));
    }
    if (staff != null) {
      byCode.put("B1", new BigDecimal(staff));
    }
    scores.put(member, Map.of(BID, byCode));
  }

  private List<Finding> run(long... members) {
    List<Long> ids = java.util.Arrays.stream(members).boxed().toList();
    return new ScoreCheck(List.of(PLAN, STAFF), new BigDecimal("30"))
        .run(ids, List.of(BID), scores, stated);
  }

  @Test
  void aCleanPanelHasNothingToCheck() {
    give(1, "15", "5");
    give(2, "16", "5");
    give(3, "14", "5.00");
    assertThat(run(1, 2, 3)).isEmpty();
  }

  @Test
  void aScoreMoreThanTheShareOfTheMaximumFromTheMedianIsListedAndOneAtItIsNot() {
    // median of 15, 16, 9 is 15; 30 % of 20 is 6: 9 is 6 away (kept), 8.99 is 6.01 away (listed)
    give(1, "15", "5");
    give(2, "16", "5");
    give(3, "9", "5");
    assertThat(run(1, 2, 3)).isEmpty();
    give(3, "8.99", "5");
    assertThat(run(1, 2, 3))
        .containsExactly(
            new Finding(
                Kind.FAR_FROM_MEDIAN,
                3,
                BID,
                "A1",
                Optional.of(new BigDecimal("8.99")),
                Optional.of(new BigDecimal("15"))));
  }

  @Test
  void theMedianOfAnEvenPanelIsTheMeanOfTheMiddleTwo() {
    assertThat(ScoreCheck.median(List.of(new BigDecimal("10"), new BigDecimal("13"))))
        .isEqualByComparingTo("11.5");
    // 4 members: 10, 12, 13, 19 → median 12.5; 19 is 6.5 away (> 6): listed
    give(1, "10", "5");
    give(2, "12", "5");
    give(3, "13", "5");
    give(4, "19", "5");
    assertThat(run(1, 2, 3, 4))
        .extracting(Finding::member, Finding::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, Kind.FAR_FROM_MEDIAN));
  }

  @Test
  void twoMembersAreNeverComparedWithTheirMedian() {
    give(1, "2", "5");
    give(2, "20", "5");
    assertThat(run(1, 2)).isEmpty();
  }

  @Test
  void objectiveScoresThatDifferListEveryMemberAwayFromTheCommonValue() {
    give(1, "15", "5");
    give(2, "15", "5");
    give(3, "15", "3");
    assertThat(run(1, 2, 3))
        .containsExactly(
            new Finding(
                Kind.OBJECTIVE_UNEQUAL,
                3,
                BID,
                "B1",
                Optional.of(new BigDecimal("3")),
                Optional.of(new BigDecimal("5"))));
  }

  @Test
  void objectiveScoresSplitEvenlyListEveryMemberWithNoCommonValue() {
    give(1, "15", "5");
    give(2, "15", "3");
    assertThat(run(1, 2))
        .extracting(Finding::member, Finding::reference)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, Optional.empty()),
            org.assertj.core.groups.Tuple.tuple(2L, Optional.empty()));
  }

  @Test
  void scoresOutsideZeroToTheMaximumAndBlanksAreListed() {
    give(1, "20.01", "5");
    give(2, "-1", null);
    assertThat(run(1, 2))
        .extracting(Finding::member, Finding::kind, Finding::criterion)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, Kind.OUT_OF_RANGE, "A1"),
            org.assertj.core.groups.Tuple.tuple(2L, Kind.OUT_OF_RANGE, "A1"),
            org.assertj.core.groups.Tuple.tuple(2L, Kind.MISSING, "B1"));
    give(1, "20", "0");
    give(2, "0", "0");
    assertThat(run(1, 2)).isEmpty();
  }

  @Test
  void aStatedTotalThatIsNotTheSumOfTheScoresIsASummingError() {
    give(1, "15.5", "5");
    give(2, "15", "5");
    stated.put(1L, Map.of(BID, new BigDecimal("20.50")));
    stated.put(2L, Map.of(BID, new BigDecimal("21")));
    assertThat(run(1, 2))
        .containsExactly(
            new Finding(
                Kind.SUM_ERROR,
                2,
                BID,
                "",
                Optional.of(new BigDecimal("21")),
                Optional.of(new BigDecimal("20"))));
  }

  @Test
  void onlyFarFromTheMedianMayBeConfirmedInsteadOfCorrected() {
    assertThat(Kind.values())
        .filteredOn(k -> !k.mustCorrect())
        .containsExactly(Kind.FAR_FROM_MEDIAN);
  }
}
