package org.careeval.domain.rubric;

/** The parts of a rubric, each a sheet of the rubric workbook. */
public enum RubricSection {
  SCORING("评分因素", "Scoring factors", "rubric.section.scoring"),
  QUALIFICATION("资格审查", "Qualification", "rubric.section.qualification"),
  CONFORMITY("符合性审查", "Conformity", "rubric.section.conformity"),
  SETTINGS("设置", "Settings", "rubric.section.settings");

  private final String sheetName;
  private final String englishSheetName;
  private final String labelKey;

  RubricSection(String sheetName, String englishSheetName, String labelKey) {
    this.sheetName = sheetName;
    this.englishSheetName = englishSheetName;
    this.labelKey = labelKey;
  }

  /** The workbook's sheet name (the contract's Chinese one). */
  public String sheetName() {
    return sheetName;
  }

  /** The English sheet name an import accepts too. */
  public String englishSheetName() {
    return englishSheetName;
  }

  public String labelKey() {
    return labelKey;
  }
}
