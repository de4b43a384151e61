package org.careeval.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.procurement.ProcurementMethod;
import org.junit.jupiter.api.Test;

/** Domain rules 2.5, at each boundary. */
class PanelCompositionTest {

  private static List<PanelMember> panel(int experts, int buyers) {
    List<PanelMember> panel = new ArrayList<>();
    for (int i = 0; i < experts + buyers; i++) {
      PanelRole role = i < experts ? PanelRole.EXPERT : PanelRole.BUYER_REPRESENTATIVE;
      panel.add(
          PanelMember.seated(
              i, new MemberDraft("评委" + i, role, false, Optional.empty()), Optional.empty()));
    }
    return panel;
  }

  private static List<String> keys(
      ProcurementMethod method, String budget, int experts, int buyers) {
    return PanelComposition.problems(method, new BigDecimal(budget), panel(experts, buyers))
        .stream()
        .map(LocalizedText::key)
        .toList();
  }

  @Test
  void aTenderNeedsFiveOrSevenFromTenMillion() {
    assertThat(keys(ProcurementMethod.OPEN_TENDER, "480000", 4, 1)).isEmpty();
    assertThat(keys(ProcurementMethod.OPEN_TENDER, "480000", 3, 0))
        .containsExactly("panel.composition.size");
    assertThat(keys(ProcurementMethod.OPEN_TENDER, "9999999.99", 5, 0)).isEmpty();
    assertThat(keys(ProcurementMethod.OPEN_TENDER, "10000000", 5, 0))
        .containsExactly("panel.composition.size");
    assertThat(keys(ProcurementMethod.OPEN_TENDER, "10000000", 6, 1)).isEmpty();
  }

  @Test
  void oddSizeTwoThirdsExpertsAndOneBuyerRepresentative() {
    assertThat(keys(ProcurementMethod.COMPETITIVE_CONSULTATION, "260000", 2, 1)).isEmpty();
    assertThat(keys(ProcurementMethod.COMPETITIVE_CONSULTATION, "260000", 4, 0))
        .containsExactly("panel.composition.odd");
    // 3 of 5 is less than two thirds; two representatives are one too many
    assertThat(keys(ProcurementMethod.OPEN_TENDER, "480000", 3, 2))
        .containsExactly("panel.composition.experts", "panel.composition.buyers");
    assertThat(keys(ProcurementMethod.COMPETITIVE_CONSULTATION, "260000", 1, 2))
        .contains("panel.composition.experts", "panel.composition.buyers");
  }
}
