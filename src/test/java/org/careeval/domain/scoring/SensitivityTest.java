package org.careeval.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.procurement.ProcurementMethod;
import org.careeval.domain.rubric.Aggregation;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.rubric.CriterionKind;
import org.careeval.domain.rubric.RubricSettings;
import org.careeval.domain.scoring.Sensitivity.Kind;
import org.careeval.domain.scoring.Sensitivity.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Seven members, two bids at the same price (20 price points each). A: six members give 70, one
 * gives 10 — mean 430/7 = 61.43, total 81.43; without the highest and lowest 70, total 90.00. B: 65
 * from everyone, total 85.00. So B wins by the mean, A by the other rule or without the member who
 * gave 10.
 */
class SensitivityTest {

  private static final Criterion A1 =
      new Criterion("A1", "综合", "非价格因素", new BigDecimal("80"), CriterionKind.SUBJECTIVE, List.of());

  private static Bid bid(String name, String uscc) {
    return new Bid(name, uscc, new BigDecimal("100000"), Optional.empty(), false, true, "");
  }

  private static List<Map<String, BigDecimal>> members(String... scores) {
    return Arrays.stream(scores).map(s -> Map.of("A1", new BigDecimal(s))).toList();
  }

  private static String winner(Scenario s) {
    return s.result().ranked().get(0).bid().organization();
  }

  @Test
  void theOtherRuleAndTheMemberWhoDecidesAreFlagged() {
    RubricSettings mean =
        RubricSettings.defaults(ProcurementMethod.OPEN_TENDER)
            .withWorkbookValues(
                ProcurementMethod.OPEN_TENDER,
                new BigDecimal("20"),
                Aggregation.MEAN,
                2,
                BigDecimal.ZERO,
                "");
    List<Scenario> scenarios =
        new Sensitivity(mean, List.of(A1))
            .run(
                List.of(bid("A", "52411525MJ1234AB4L"), bid("B", "52411525MJ0000000X")),
                Map.of(
                    0, members("70", "70", "70", "70", "70", "70", "10"),
                    1, members("65", "65", "65", "65", "65", "65", "65")));

    assertThat(scenarios).hasSize(9);
    Scenario computed = scenarios.get(0);
    assertThat(computed.kind()).isEqualTo(Kind.AS_COMPUTED);
    assertThat(winner(computed)).isEqualTo("B");
    assertThat(computed.result().ranked().get(1).total()).isEqualByComparingTo("81.43");

    Scenario other = scenarios.get(1);
    assertThat(other.aggregation()).contains(Aggregation.DROP_HIGHEST_AND_LOWEST);
    assertThat(winner(other)).isEqualTo("A");
    assertThat(other.result().ranked().get(0).total()).isEqualByComparingTo("90.00");
    assertThat(other.firstPlaceChanges()).isTrue();

    assertThat(scenarios.subList(2, 9))
        .extracting(Scenario::member, Scenario::firstPlaceChanges)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Optional.of(0), false),
            org.assertj.core.groups.Tuple.tuple(Optional.of(1), false),
            org.assertj.core.groups.Tuple.tuple(Optional.of(2), false),
            org.assertj.core.groups.Tuple.tuple(Optional.of(3), false),
            org.assertj.core.groups.Tuple.tuple(Optional.of(4), false),
            org.assertj.core.groups.Tuple.tuple(Optional.of(5), false),
            org.assertj.core.groups.Tuple.tuple(Optional.of(6), true));
    // without the member who gave 10, six members: the mean of A is 70, total 90.00
    assertThat(scenarios.get(8).result().ranked().get(0).total()).isEqualByComparingTo("90.00");
  }

  @Test
  void underSevenMembersTheOtherRuleKeepsEveryScoreSoNothingChanges() {
    RubricSettings drop =
        RubricSettings.defaults(ProcurementMethod.OPEN_TENDER)
            .withWorkbookValues(
                ProcurementMethod.OPEN_TENDER,
                new BigDecimal("20"),
                Aggregation.DROP_HIGHEST_AND_LOWEST,
                2,
                BigDecimal.ZERO,
                "");
    List<Scenario> scenarios =
        new Sensitivity(drop, List.of(A1))
            .run(
                List.of(bid("A", "52411525MJ1234AB4L"), bid("B", "52411525MJ0000000X")),
                Map.of(0, members("70", "60", "50"), 1, members("61", "59", "60")));
    assertThat(scenarios.get(1).aggregation()).contains(Aggregation.MEAN);
    assertThat(scenarios.get(1).firstPlaceChanges()).isFalse();
    assertThat(scenarios.get(1).result().ranked().get(0).total())
        .isEqualByComparingTo(scenarios.get(0).result().ranked().get(0).total());
  }
}
