package org.careeval.domain.performance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.careeval.domain.delivery.Period;

/**
 * One evaluation a contract's term calls for (domain rules 3.2–3.3): each quarter's monitoring, due
 * 15 days after the quarter ends; a mid-term evaluation at the middle of a term of six months or
 * more; and the final evaluation, due a month before the term ends (Shenzhen 2021: started at least
 * one month before the contract ends). Spot-check follow-ups are started when needed.
 */
public record PlannedEvaluation(EvaluationKind kind, String stage, LocalDate dueOn) {

  public static final String MID_TERM_STAGE = "中期";
  public static final String FINAL_STAGE = "末期";
  public static final String FOLLOW_UP_STAGE = "抽查复核";
  static final int QUARTER_DAYS_AFTER = 15;

  /** The plan of a term, in due order. */
  public static List<PlannedEvaluation> of(LocalDate start, LocalDate end) {
    List<PlannedEvaluation> plan = new ArrayList<>();
    LocalDate finalDue = end.minusMonths(1);
    for (Period p : Period.covering(start, end)) {
      LocalDate due = p.end().plusDays(QUARTER_DAYS_AFTER);
      plan.add(new PlannedEvaluation(EvaluationKind.QUARTERLY, p.code(), due));
    }
    if (!start.plusMonths(6).isAfter(end.plusDays(1))) {
      LocalDate middle = start.plusDays(java.time.temporal.ChronoUnit.DAYS.between(start, end) / 2);
      plan.add(new PlannedEvaluation(EvaluationKind.MID_TERM, MID_TERM_STAGE, middle));
    }
    plan.add(
        new PlannedEvaluation(
            EvaluationKind.FINAL, FINAL_STAGE, finalDue.isBefore(start) ? start : finalDue));
    plan.sort(java.util.Comparator.comparing(PlannedEvaluation::dueOn));
    return plan;
  }
}
