package org.careeval.domain.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.careeval.domain.CareEvalException;
import org.junit.jupiter.api.Test;

/** 低价优先法 (domain rules 2.3), with the worked examples of 2.3 and 6.2 computed by hand. */
class PriceScoreTest {

  private static BigDecimal money(String value) {
    return new BigDecimal(value);
  }

  private static BigDecimal shown(BigDecimal score) {
    return score.setScale(2, RoundingMode.HALF_UP);
  }

  @Test
  void aPublishedAwardIsReproducedToTheCent() {
    // 2016 Zhuhai award notice CLPSP16ZH04ZC25, price weight 20 %
    List<BigDecimal> bids =
        List.of(money("2288231.72"), money("2296472.00"), money("2299360.00"), money("2311110.40"));
    BigDecimal base = PriceScore.basePrice(bids);
    BigDecimal points = money("20");
    assertThat(base).isEqualByComparingTo("2288231.72");
    assertThat(bids.stream().map(bid -> shown(PriceScore.of(base, bid, points))).toList())
        .containsExactly(money("20.00"), money("19.93"), money("19.90"), money("19.80"));
  }

  @Test
  void theWorkedExampleWithAnExcludedBidUsesTheLowestConformingBid() {
    // 6.2: D (450,000) failed conformity review, so only A, B and C are passed in
    BigDecimal base =
        PriceScore.basePrice(List.of(money("480000"), money("500000"), money("520000")));
    BigDecimal points = money("20");
    assertThat(shown(PriceScore.of(base, money("480000"), points))).isEqualByComparingTo("20.00");
    assertThat(shown(PriceScore.of(base, money("500000"), points))).isEqualByComparingTo("19.20");
    BigDecimal c = PriceScore.of(base, money("520000"), points);
    assertThat(c.toPlainString()).startsWith("18.4615384615");
    assertThat(shown(c)).isEqualByComparingTo("18.46");
    // full precision until the total is rounded: 18.4615… + 69.80 = 88.2615… → 88.26
    assertThat(shown(c.add(money("69.80")))).isEqualByComparingTo("88.26");
  }

  @Test
  void theRegressionOfUsingARejectedBidAsBaseIsVisible() {
    BigDecimal wrongBase = money("450000");
    assertThat(shown(PriceScore.of(wrongBase, money("480000"), money("20"))))
        .isEqualByComparingTo("18.75");
  }

  @Test
  void noConformingBidOrANonPositivePriceIsRefused() {
    assertThatThrownBy(() -> PriceScore.basePrice(List.of()))
        .isInstanceOf(CareEvalException.class)
        .hasMessageContaining("error.price.noConformingBid");
    assertThatThrownBy(() -> PriceScore.of(money("100"), money("0"), money("20")))
        .isInstanceOf(CareEvalException.class)
        .hasMessageContaining("error.price.notPositive");
  }
}
