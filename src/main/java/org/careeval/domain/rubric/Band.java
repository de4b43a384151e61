package org.careeval.domain.rubric;

import java.math.BigDecimal;

/**
 * A band descriptor of a criterion (优 18–20 …): the range of points a member gives when the offer
 * matches the description. Both ends are inclusive.
 */
public record Band(String name, BigDecimal low, BigDecimal high, String description) {

  public Band {
    low = Points.normalize(low);
    high = Points.normalize(high);
    description = description == null ? "" : description;
  }

  /** True when the two ranges share at least one point. */
  public boolean overlaps(Band other) {
    return low.compareTo(other.high) <= 0 && other.low.compareTo(high) <= 0;
  }

  /** The workbook's line for this band: {@code 优|18|20|description}. */
  public String line() {
    return String.join(
        "|",
        name,
        low.toPlainString(),
        high.toPlainString(),
        description == null ? "" : description);
  }
}
