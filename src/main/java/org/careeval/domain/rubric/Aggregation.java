package org.careeval.domain.rubric;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the members' scores of a criterion are combined (domain rules 2.5): the arithmetic mean of
 * all members (the default in tender documents), or the mean after dropping the highest and the
 * lowest score — which the scoring step applies only when the panel has at least 7 members.
 */
public enum Aggregation {
  MEAN("算术平均", "Mean", "rubric.aggregation.mean"),
  DROP_HIGHEST_AND_LOWEST(
      "去掉最高分和最低分后平均", "Mean without highest and lowest", "rubric.aggregation.dropExtremes");

  /** Fewer members than this: dropping the extremes would leave too few scores, so all count. */
  public static final int MIN_MEMBERS_TO_DROP = 7;

  private final String label;
  private final String englishLabel;
  private final String labelKey;

  Aggregation(String label, String englishLabel, String labelKey) {
    this.label = label;
    this.englishLabel = englishLabel;
    this.labelKey = labelKey;
  }

  /** The workbook's text for this rule. */
  public String label() {
    return label;
  }

  public String labelKey() {
    return labelKey;
  }

  public static Optional<Aggregation> ofLabel(String text) {
    return Arrays.stream(values())
        .filter(a -> a.label.equals(text) || a.englishLabel.equalsIgnoreCase(text))
        .findFirst();
  }
}
