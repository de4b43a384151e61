package org.careeval.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.procurement.ProcurementMethod;

/**
 * The panel's size and composition against the method (domain rules 2.5): an odd number, at least 5
 * for tenders (7 from a budget of 10 million yuan) and 3 otherwise, experts at least two thirds, at
 * most one buyer's representative (who never leads — {@link MemberDraft} refuses that).
 */
public final class PanelComposition {

  /** From this budget a tender's panel needs at least 7 members (87号令 Art 47). */
  public static final BigDecimal LARGE_TENDER = new BigDecimal("10000000");

  private PanelComposition() {}

  /** The method's smallest panel for a project of this budget. */
  public static int minimumSize(ProcurementMethod method, BigDecimal budget) {
    if (!method.tender()) {
      return 3;
    }
    return budget.compareTo(LARGE_TENDER) >= 0 ? 7 : 5;
  }

  /** What is wrong with the panel as it stands; empty when it meets the rules. */
  public static List<LocalizedText> problems(
      ProcurementMethod method, BigDecimal budget, List<PanelMember> panel) {
    List<LocalizedText> problems = new ArrayList<>();
    int size = panel.size();
    int minimum = minimumSize(method, budget);
    if (size < minimum) {
      problems.add(
          new LocalizedText(
              "panel.composition.size", Integer.toString(minimum), Integer.toString(size)));
    }
    if (size > 0 && size % 2 == 0) {
      problems.add(new LocalizedText("panel.composition.odd", Integer.toString(size)));
    }
    long experts = panel.stream().filter(m -> m.role() == PanelRole.EXPERT).count();
    if (size > 0 && experts * 3 < size * 2L) {
      problems.add(
          new LocalizedText(
              "panel.composition.experts", Long.toString(experts), Integer.toString(size)));
    }
    long buyers = size - experts;
    if (buyers > 1) {
      problems.add(new LocalizedText("panel.composition.buyers", Long.toString(buyers)));
    }
    return problems;
  }
}
