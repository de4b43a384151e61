package org.careeval.domain.rubric;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project's evaluation rules (评审细则): three lists the law keeps apart — qualification items,
 * conformity items and the scoring criteria — and the settings that turn scores into a ranking.
 */
public record Rubric(
    RubricSettings settings,
    List<CheckItem> qualification,
    List<CheckItem> conformity,
    List<Criterion> criteria) {

  public Rubric {
    qualification = List.copyOf(qualification);
    conformity = List.copyOf(conformity);
    criteria = List.copyOf(criteria);
  }

  /** The points of the scoring criteria, without price. */
  public BigDecimal criteriaPoints() {
    return criteria.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The same rubric for a project bought by {@code method} (a tender template for 邀请招标, say). */
  public Rubric forMethod(org.careeval.domain.procurement.ProcurementMethod method) {
    RubricSettings s = settings;
    RubricSettings moved =
        s.withWorkbookValues(
            method,
            s.pricePoints(),
            s.aggregation(),
            s.decimals(),
            s.smeDeductionPercent(),
            s.approvalReference());
    return new Rubric(moved, qualification, conformity, criteria);
  }

  /** The same lists and criteria under other settings. */
  public Rubric withSettings(RubricSettings changed) {
    return new Rubric(changed, qualification, conformity, criteria);
  }
}
