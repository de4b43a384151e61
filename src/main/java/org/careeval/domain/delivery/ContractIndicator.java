package org.careeval.domain.delivery;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An indicator as one contract plans it: inherited from the county's template, with the baseline
 * (the situation before the service) and a target for each period. Qualitative indicators have no
 * numbers.
 */
public record ContractIndicator(
    Indicator indicator, Optional<BigDecimal> baseline, Map<Period, BigDecimal> targets) {

  public ContractIndicator {
    targets = new TreeMap<>(targets);
  }

  public int seq() {
    return indicator.seq();
  }

  public Optional<BigDecimal> target(Period period) {
    return Optional.ofNullable(targets.get(period));
  }

  @Override
  public Map<Period, BigDecimal> targets() {
    return java.util.Collections.unmodifiableMap(targets);
  }
}
