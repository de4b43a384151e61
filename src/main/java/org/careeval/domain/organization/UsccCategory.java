package org.careeval.domain.organization;

import java.util.Optional;

/**
 * Positions 1–2 of a USCC: the registration authority and the kind of organization (GB 32100,
 * domain rules 1.2). 5 = 民政 (civil affairs), 9 = 工商 (market regulation).
 */
public enum UsccCategory {
  ORGAN("11", "uscc.category.11"),
  PUBLIC_INSTITUTION("12", "uscc.category.12"),
  MASS_ORGANIZATION("13", "uscc.category.13"),
  OTHER_ESTABLISHMENT("19", "uscc.category.19"),
  FOREIGN_NEWS_AGENCY("21", "uscc.category.21"),
  OTHER_FOREIGN_AFFAIRS("29", "uscc.category.29"),
  LAW_FIRM("31", "uscc.category.31"),
  NOTARY("32", "uscc.category.32"),
  LEGAL_SERVICE("33", "uscc.category.33"),
  FORENSIC_INSTITUTION("34", "uscc.category.34"),
  ARBITRATION_COMMISSION("35", "uscc.category.35"),
  OTHER_JUSTICE("39", "uscc.category.39"),
  FOREIGN_CULTURAL_CENTRE("41", "uscc.category.41"),
  OTHER_CULTURE("49", "uscc.category.49"),
  SOCIAL_GROUP("51", "uscc.category.51"),
  SOCIAL_SERVICE_ORGANIZATION("52", "uscc.category.52"),
  FOUNDATION("53", "uscc.category.53"),
  OTHER_CIVIL_AFFAIRS("59", "uscc.category.59"),
  FOREIGN_TOURISM_OFFICE("61", "uscc.category.61"),
  HK_MACAO_TAIWAN_TOURISM_OFFICE("62", "uscc.category.62"),
  OTHER_TOURISM("69", "uscc.category.69"),
  RELIGIOUS_VENUE("71", "uscc.category.71"),
  RELIGIOUS_SCHOOL("72", "uscc.category.72"),
  OTHER_RELIGION("79", "uscc.category.79"),
  GRASSROOTS_UNION("81", "uscc.category.81"),
  OTHER_UNION("89", "uscc.category.89"),
  ENTERPRISE("91", "uscc.category.91"),
  INDIVIDUAL_BUSINESS("92", "uscc.category.92"),
  FARMERS_COOPERATIVE("93", "uscc.category.93"),
  MILITARY_INSTITUTION("A1", "uscc.category.A1"),
  OTHER_MILITARY("A9", "uscc.category.A9"),
  GROUP_COLLECTIVE("N1", "uscc.category.N1"),
  VILLAGE_COLLECTIVE("N2", "uscc.category.N2"),
  TOWNSHIP_COLLECTIVE("N3", "uscc.category.N3"),
  OTHER_AGRICULTURE("N9", "uscc.category.N9"),
  OTHER("Y1", "uscc.category.Y1");

  private final String code;
  private final String labelKey;

  UsccCategory(String code, String labelKey) {
    this.code = code;
    this.labelKey = labelKey;
  }

  public String code() {
    return code;
  }

  public String labelKey() {
    return labelKey;
  }

  /** True for 51/52/53/59: the organizations the civil-affairs register expects. */
  public boolean isSocialOrganization() {
    return code.startsWith("5");
  }

  public static Optional<UsccCategory> of(String firstTwo) {
    for (UsccCategory category : values()) {
      if (category.code.equals(firstTwo)) {
        return Optional.of(category);
      }
    }
    return Optional.empty();
  }
}
