package org.careeval.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.procurement.ProcurementMethod;
import org.careeval.domain.rubric.Aggregation;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.rubric.CriterionKind;
import org.careeval.domain.rubric.RubricSettings;
import org.junit.jupiter.api.Test;

/** Worked examples 6.2–6.4 of the domain rules, to the cent, and the boundaries around them. */
class RankingTest {

  private static final String A1 = "A1";

  private static RubricSettings settings(ProcurementMethod method, String price, String sme) {
    return RubricSettings.defaults(method)
        .withWorkbookValues(
            method, new BigDecimal(price), Aggregation.MEAN, 2, new BigDecimal(sme), "");
  }

  private static Ranking ranking(RubricSettings settings, String nonPricePoints) {
    Criterion all =
        new Criterion(
            A1, "综合", "非价格因素", new BigDecimal(nonPricePoints), CriterionKind.OBJECTIVE, List.of());
    return new Ranking(settings, List.of(all));
  }

  private static Bid bid(String name, String price, boolean passed) {
    return new Bid(
        name,
        "52411525MJ1234AB4L",
        new BigDecimal(price),
        Optional.empty(),
        false,
        passed,
        passed ? "" : "未通过符合性审查");
  }

  private static List<Map<String, BigDecimal>> members(String... scores) {
    return Arrays.stream(scores).map(s -> Map.of(A1, new BigDecimal(s))).toList();
  }

  private static String two(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static RankedBid of(Ranking.Result result, String name) {
    return result.ranked().stream()
        .filter(r -> r.bid().organization().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void example62RankedByTotalsWithTheBaseFromConformingBidsOnly() {
    List<Bid> bids =
        List.of(
            bid("A", "480000", true),
            bid("B", "500000", true),
            bid("C", "520000", true),
            bid("D", "450000", false));
    Map<Integer, List<Map<String, BigDecimal>>> scores = new HashMap<>();
    scores.put(0, members("60", "62", "58", "61", "59"));
    scores.put(1, members("66", "65", "67", "64", "68"));
    scores.put(2, members("70", "69.5", "71", "68.5", "70"));
    Ranking.Result result =
        ranking(settings(ProcurementMethod.OPEN_TENDER, "20", "0"), "80").rank(bids, scores);

    assertThat(result.basePrice()).contains(new BigDecimal("480000"));
    assertThat(result.excluded()).extracting(Bid::organization).containsExactly("D");
    assertThat(result.ranked())
        .extracting(r -> r.bid().organization())
        .containsExactly("C", "B", "A");
    assertThat(result.ranked())
        .extracting(
            r ->
                r.rank()
                    + " "
                    + two(r.priceScore())
                    + " "
                    + two(r.nonPriceScore())
                    + " "
                    + r.total())
        .containsExactly("1 18.46 69.80 88.26", "2 19.20 66.00 85.20", "3 20.00 60.00 80.00");
    assertThat(result.ranked()).noneMatch(RankedBid::tie);
    assertThat(result.tooFewBids()).isFalse();
  }

  @Test
  void fewerQualifiedBidsThanTheMethodAllowsStopTheProcedure() {
    List<Bid> two =
        List.of(bid("A", "480000", true), bid("B", "500000", true), bid("D", "450000", false));
    Map<Integer, List<Map<String, BigDecimal>>> scores = Map.of(0, members("60"), 1, members("66"));
    assertThat(
            ranking(settings(ProcurementMethod.OPEN_TENDER, "20", "0"), "80")
                .rank(two, scores)
                .tooFewBids())
        .as("a tender needs 3")
        .isTrue();
    List<Bid> quotes =
        List.of(
            new Bid(
                "A",
                "52411525MJ1234AB4L",
                BigDecimal.ONE,
                Optional.of(new BigDecimal("480000")),
                false,
                true,
                ""),
            new Bid(
                "B",
                "52411525MJ1234AB4L",
                BigDecimal.ONE,
                Optional.of(new BigDecimal("500000")),
                false,
                true,
                ""));
    assertThat(
            ranking(settings(ProcurementMethod.COMPETITIVE_CONSULTATION, "20", "0"), "80")
                .rank(quotes, scores)
                .tooFewBids())
        .as("磋商 of purchased services may go on with 2")
        .isFalse();
  }

  @Test
  void example63TenderTiesOnTotalGoToTheLowerPriceThenStandAsTied() {
    List<Bid> bids =
        List.of(bid("E", "300000", true), bid("F", "312500", true), bid("G", "312500", true));
    Map<Integer, List<Map<String, BigDecimal>>> scores =
        Map.of(0, members("60"), 1, members("61.2"), 2, members("61.2"));
    Ranking.Result result =
        ranking(settings(ProcurementMethod.OPEN_TENDER, "30", "0"), "70").rank(bids, scores);

    assertThat(result.ranked())
        .extracting(r -> r.bid().organization() + " " + r.total() + " " + r.rank() + " " + r.tie())
        .containsExactly("E 90.00 1 false", "F 90.00 2 true", "G 90.00 2 true");
    assertThat(of(result, "F").priceScore()).isEqualByComparingTo("28.8");
    assertThat(of(result, "F").flags()).isEmpty();
  }

  @Test
  void underConsultationAStandingTieAsksTheCommitteeForItsOrder() {
    List<Bid> bids =
        List.of(
            new Bid(
                "E",
                "52411525MJ1234AB4L",
                new BigDecimal("330000"),
                Optional.of(new BigDecimal("300000")),
                false,
                true,
                ""),
            new Bid(
                "F",
                "52411525MJ1234AB4L",
                new BigDecimal("330000"),
                Optional.of(new BigDecimal("312500")),
                false,
                true,
                ""),
            new Bid(
                "G",
                "52411525MJ1234AB4L",
                new BigDecimal("320000"),
                Optional.of(new BigDecimal("312500")),
                false,
                true,
                ""));
    Map<Integer, List<Map<String, BigDecimal>>> scores =
        Map.of(0, members("60"), 1, members("61.2"), 2, members("61.2"));
    Ranking.Result result =
        ranking(settings(ProcurementMethod.COMPETITIVE_CONSULTATION, "30", "0"), "70")
            .rank(bids, scores);

    // the final quote is scored, not the first quote: E's 300,000 is the base
    assertThat(result.basePrice()).contains(new BigDecimal("300000"));
    assertThat(of(result, "G").flags()).containsExactly(RankedBid.Flag.COMMITTEE_ORDER);
    assertThat(of(result, "E").rank()).isEqualTo(1);
  }

  @Test
  void aHigherTechnicalScoreBreaksAConsultationTieOnTotalAndQuote() {
    List<Bid> bids =
        List.of(
            new Bid(
                "F",
                "52411525MJ1234AB4L",
                BigDecimal.ONE,
                Optional.of(new BigDecimal("312500")),
                false,
                true,
                ""),
            new Bid(
                "G",
                "52411525MJ1234AB4L",
                BigDecimal.ONE,
                Optional.of(new BigDecimal("312500")),
                false,
                true,
                ""));
    Criterion technical =
        new Criterion("T1", "技术", "方案", new BigDecimal("40"), CriterionKind.SUBJECTIVE, List.of());
    Criterion other =
        new Criterion("B1", "商务", "业绩", new BigDecimal("30"), CriterionKind.OBJECTIVE, List.of());
    Ranking ranking =
        new Ranking(
            settings(ProcurementMethod.COMPETITIVE_CONSULTATION, "30", "0"),
            List.of(technical, other));
    // equal totals only when rounded: 61.204 vs 61.2 non-price
    Map<Integer, List<Map<String, BigDecimal>>> scores =
        Map.of(
            0, List.of(Map.of("T1", new BigDecimal("31.204"), "B1", new BigDecimal("30"))),
            1, List.of(Map.of("T1", new BigDecimal("31.2"), "B1", new BigDecimal("30"))));
    Ranking.Result result = ranking.rank(bids, scores);
    assertThat(result.ranked())
        .extracting(r -> r.bid().organization() + r.rank() + r.tie())
        .containsExactly("F1false", "G2false");
  }

  @Test
  void example64OnlyAnEnterpriseWithADeclarationGetsTheSmeDeduction() {
    List<Bid> bids =
        List.of(
            bid("A", "480000", true),
            bid("B", "500000", true),
            new Bid(
                "E2",
                "91350100M000100Y43",
                new BigDecimal("520000"),
                Optional.empty(),
                true,
                true,
                ""),
            new Bid(
                "民非",
                "52411525MJ1234AB4L",
                new BigDecimal("520000"),
                Optional.empty(),
                true,
                true,
                ""));
    Map<Integer, List<Map<String, BigDecimal>>> scores =
        Map.of(0, members("60"), 1, members("60"), 2, members("60"), 3, members("60"));
    Ranking.Result result =
        ranking(settings(ProcurementMethod.OPEN_TENDER, "20", "10"), "80").rank(bids, scores);

    assertThat(result.basePrice().orElseThrow()).isEqualByComparingTo("468000");
    assertThat(two(of(result, "E2").priceScore())).isEqualTo("20.00");
    assertThat(two(of(result, "A").priceScore())).isEqualTo("19.50");
    assertThat(two(of(result, "B").priceScore())).isEqualTo("18.72");
    assertThat(of(result, "E2").flags()).contains(RankedBid.Flag.SME_DEDUCTION);
    assertThat(of(result, "民非").evaluatedPrice()).isEqualByComparingTo("520000");
    assertThat(of(result, "民非").flags()).doesNotContain(RankedBid.Flag.SME_DEDUCTION);
  }

  @Test
  void highestAndLowestAreDroppedOnlyFromSevenMembers() {
    Ranking drop =
        new Ranking(
            RubricSettings.defaults(ProcurementMethod.OPEN_TENDER)
                .withWorkbookValues(
                    ProcurementMethod.OPEN_TENDER,
                    BigDecimal.TEN,
                    Aggregation.DROP_HIGHEST_AND_LOWEST,
                    2,
                    BigDecimal.ZERO,
                    ""),
            List.of());
    List<BigDecimal> seven =
        Arrays.stream(new String[] {"10", "50", "60", "60", "60", "60", "90"})
            .map(BigDecimal::new)
            .toList();
    assertThat(drop.combine(seven)).isEqualByComparingTo("58");
    List<BigDecimal> five = seven.subList(0, 5);
    assertThat(drop.combine(five)).isEqualByComparingTo("48");
  }

  @Test
  void aFarLowerPriceIsFlaggedForTheCommittee() {
    List<Bid> bids =
        List.of(bid("A", "500000", true), bid("B", "520000", true), bid("L", "390000", true));
    Map<Integer, List<Map<String, BigDecimal>>> scores =
        Map.of(0, members("60"), 1, members("60"), 2, members("60"));
    Ranking.Result result =
        ranking(settings(ProcurementMethod.OPEN_TENDER, "20", "0"), "80").rank(bids, scores);
    // mean of the others 510,000 × 80 % = 408,000 > 390,000
    assertThat(of(result, "L").flags()).containsExactly(RankedBid.Flag.LOW_PRICE);
    assertThat(of(result, "A").flags()).isEmpty();
  }
}
