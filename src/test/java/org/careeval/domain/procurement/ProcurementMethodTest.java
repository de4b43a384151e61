package org.careeval.domain.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.careeval.domain.Problem;
import org.junit.jupiter.api.Test;

/** Price-weight limits for services by method (domain rules 2.4), at and around each boundary. */
class ProcurementMethodTest {

  private static Optional<String> keyOf(
      ProcurementMethod method, String points, Optional<String> approval) {
    return method.checkPricePoints(new BigDecimal(points), approval).stream()
        .map(Problem::reason)
        .map(reason -> reason.key())
        .findFirst();
  }

  @Test
  void tendersForServicesNeedAtLeastTenPricePointsAndHaveNoUpperLimit() {
    for (ProcurementMethod tender :
        new ProcurementMethod[] {ProcurementMethod.OPEN_TENDER, ProcurementMethod.INVITED_TENDER}) {
      assertThat(keyOf(tender, "9.99", Optional.empty()))
          .contains("error.pricePoints.tenderMinimum");
      assertThat(keyOf(tender, "10", Optional.empty())).isEmpty();
      assertThat(keyOf(tender, "60", Optional.empty())).isEmpty();
      assertThat(tender.pricePointsWarning(new BigDecimal("30"))).isEmpty();
      assertThat(tender.pricePointsWarning(new BigDecimal("30.01")))
          .map(w -> w.key())
          .contains("warning.pricePoints.unusual");
    }
  }

  @Test
  void consultationForServicesKeepsTenToThirtyUnlessAnApprovalIsRecorded() {
    ProcurementMethod consultation = ProcurementMethod.COMPETITIVE_CONSULTATION;
    assertThat(keyOf(consultation, "9.99", Optional.empty()))
        .contains("error.pricePoints.consultationRange");
    assertThat(keyOf(consultation, "10", Optional.empty())).isEmpty();
    assertThat(keyOf(consultation, "30", Optional.empty())).isEmpty();
    assertThat(keyOf(consultation, "30.01", Optional.empty()))
        .contains("error.pricePoints.consultationRange");
    assertThat(keyOf(consultation, "40", Optional.of("财采审〔2026〕12号"))).isEmpty();
    assertThat(keyOf(consultation, "40", Optional.of("  "))).isPresent();
  }

  @Test
  void pricePointsBeyondTheWholeScaleAreRefusedForEveryScoredMethod() {
    for (ProcurementMethod method : ProcurementMethod.values()) {
      if (method.scored()) {
        assertThat(keyOf(method, "100.01", Optional.of("批文")))
            .as(method.name())
            .contains("error.pricePoints.range");
        assertThat(keyOf(method, "-1", Optional.of("批文"))).contains("error.pricePoints.range");
      }
    }
  }

  @Test
  void onlyTendersAndConsultationsAreScoredWithARubric() {
    assertThat(ProcurementMethod.values())
        .filteredOn(ProcurementMethod::scored)
        .containsExactlyInAnyOrder(
            ProcurementMethod.OPEN_TENDER,
            ProcurementMethod.INVITED_TENDER,
            ProcurementMethod.COMPETITIVE_CONSULTATION);
  }
}
