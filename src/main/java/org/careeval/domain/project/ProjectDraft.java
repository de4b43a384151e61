package org.careeval.domain.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.FreeText;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.Problem;
import org.careeval.domain.procurement.ProcurementMethod;

/** A project as the form holds it before saving, with the rules every entry path shares. */
public record ProjectDraft(
    int fiscalYear,
    String name,
    BigDecimal budget,
    ProcurementMethod method,
    Optional<LocalDate> termStart,
    Optional<LocalDate> termEnd,
    String officer,
    Set<Long> categoryIds,
    Set<Long> placeIds,
    Set<TargetGroup> targetGroups) {

  public static final String FISCAL_YEAR = "fiscalYear";
  public static final String NAME = "name";
  public static final String BUDGET = "budget";
  public static final String TERM_END = "termEnd";
  public static final int MAX_NAME = 200;

  /** Purchased services may run up to three years (102号令 Art 24; domain rules 2.11). */
  public static final int MAX_TERM_MONTHS = 36;

  private static final BigDecimal MAX_BUDGET = new BigDecimal("999999999999.99");

  public ProjectDraft {
    name = FreeText.clean(name);
    officer = officer == null ? "" : officer.strip();
    categoryIds = Set.copyOf(categoryIds);
    placeIds = Set.copyOf(placeIds);
    targetGroups = Set.copyOf(targetGroups);
  }

  public List<Problem> check() {
    List<Problem> problems = new ArrayList<>();
    FreeText.check(NAME, "project.field.name", name, MAX_NAME, true).ifPresent(problems::add);
    if (fiscalYear < 2000 || fiscalYear > 2100) {
      problems.add(problem(FISCAL_YEAR, "error.project.fiscalYear", fiscalYear));
    }
    if (budget == null
        || budget.signum() <= 0
        || budget.compareTo(MAX_BUDGET) > 0
        || budget.stripTrailingZeros().scale() > 2) {
      problems.add(
          problem(BUDGET, "error.project.budget", budget == null ? "" : budget.toPlainString()));
    }
    termProblem().ifPresent(problems::add);
    return problems;
  }

  private Optional<Problem> termProblem() {
    if (termStart.isEmpty() || termEnd.isEmpty()) {
      return Optional.empty();
    }
    LocalDate start = termStart.get();
    LocalDate end = termEnd.get();
    if (end.isBefore(start)) {
      return Optional.of(problem(TERM_END, "error.project.termOrder", start, end));
    }
    if (end.isAfter(start.plusMonths(MAX_TERM_MONTHS).minusDays(1))) {
      return Optional.of(problem(TERM_END, "error.project.termTooLong", MAX_TERM_MONTHS));
    }
    return Optional.empty();
  }

  private static Problem problem(String field, String key, Object... arguments) {
    return new Problem(field, new LocalizedText(key, arguments));
  }
}
