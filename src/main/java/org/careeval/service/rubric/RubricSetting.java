package org.careeval.service.rubric;

import org.careeval.domain.rubric.RubricSettings;

/**
 * The rows of the rubric workbook's 设置 sheet, in order: the item's message key (its Chinese text is
 * the contract's row name) and the settings field problems about it carry.
 */
enum RubricSetting {
  METHOD("rubric.setting.method", RubricSettings.METHOD, true),
  PRICE_POINTS("rubric.setting.pricePoints", RubricSettings.PRICE_POINTS, true),
  AGGREGATION("rubric.setting.aggregation", RubricSettings.AGGREGATION, false),
  DECIMALS("rubric.setting.decimals", RubricSettings.DECIMALS, false),
  SME_DEDUCTION("rubric.setting.smeDeduction", RubricSettings.SME_DEDUCTION, false),
  APPROVAL_REFERENCE("rubric.setting.approvalReference", RubricSettings.APPROVAL_REFERENCE, false),
  /** The evaluation workbook's (issue 12) project name; a rubric workbook may leave it out. */
  PROJECT_NAME("rubric.setting.projectName", RubricWorkbook.PROJECT_NAME, false),
  /** The evaluation workbook's optional budget (yuan). */
  BUDGET("rubric.setting.budget", RubricWorkbook.BUDGET, false);

  private final String labelKey;
  private final String field;
  private final boolean required;

  RubricSetting(String labelKey, String field, boolean required) {
    this.labelKey = labelKey;
    this.field = field;
    this.required = required;
  }

  String labelKey() {
    return labelKey;
  }

  String field() {
    return field;
  }

  boolean required() {
    return required;
  }
}
