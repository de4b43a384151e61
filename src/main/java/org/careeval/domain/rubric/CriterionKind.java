package org.careeval.domain.rubric;

import java.util.Arrays;
import java.util.Optional;

/**
 * Objective criteria (客观) are facts every member must score alike (87号令 Art 64); subjective ones
 * (主观) are judgement, guided by band descriptors. The label is the rubric workbook's cell text.
 */
public enum CriterionKind {
  OBJECTIVE("客观", "Objective", "rubric.kind.objective"),
  SUBJECTIVE("主观", "Subjective", "rubric.kind.subjective");

  private final String label;
  private final String englishLabel;
  private final String labelKey;

  CriterionKind(String label, String englishLabel, String labelKey) {
    this.label = label;
    this.englishLabel = englishLabel;
    this.labelKey = labelKey;
  }

  /** The workbook's text for this kind. */
  public String label() {
    return label;
  }

  public String labelKey() {
    return labelKey;
  }

  /** The kind a cell names, in Chinese or English. */
  public static Optional<CriterionKind> ofLabel(String text) {
    return Arrays.stream(values())
        .filter(k -> k.label.equals(text) || k.englishLabel.equalsIgnoreCase(text))
        .findFirst();
  }
}
