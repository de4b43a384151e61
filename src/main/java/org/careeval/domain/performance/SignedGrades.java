package org.careeval.domain.performance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careeval.domain.contract.Grade;

/**
 * The grades evaluation installments wait for: a contract's signed evaluations by the stage they
 * graded (2026Q3, 中期, 末期). The county may name its grades otherwise; an installment's minimum
 * (优/良/中/差) is compared by rank — the county's best band is 优, the next 良, then 中, the rest 差.
 */
public final class SignedGrades {

  private SignedGrades() {}

  public static Map<Long, Map<String, Grade>> byContract(List<Evaluation> evaluations) {
    Map<Long, Map<String, Grade>> grades = new HashMap<>();
    for (Evaluation e : evaluations) {
      if (e.signed() && e.gradeRank().isPresent()) {
        Grade grade = Grade.values()[Math.min(e.gradeRank().get(), Grade.values().length - 1)];
        grades.computeIfAbsent(e.contractId(), id -> new HashMap<>()).put(e.stage(), grade);
      }
    }
    return grades;
  }
}
