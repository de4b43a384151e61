package org.careeval.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Alert boundaries: documents 30 days, ratings 90 days, credit flags, latest inspection. */
class OrganizationAlertTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final Organization PLAIN =
      new Organization(
          1,
          "甲",
          OrganizationCode.parse(SyntheticCodes.uscc(1)).code().orElseThrow(),
          Optional.empty(),
          "",
          "",
          "",
          Optional.empty(),
          true,
          0);

  private static QualificationDocument document(LocalDate from, LocalDate to) {
    return new QualificationDocument(
        0,
        DocumentType.REGISTRATION_CERTIFICATE,
        "1",
        "局",
        from,
        Optional.ofNullable(to),
        Optional.empty());
  }

  private static List<OrganizationAlert> alerts(AlertFacts facts) {
    return OrganizationAlert.of(PLAIN, facts, TODAY);
  }

  private static AlertFacts documents(QualificationDocument... documents) {
    return new AlertFacts(List.of(documents), List.of(), List.of());
  }

  @Test
  void documentAlertsAt30DaysAndAfterTheLastValidDay() {
    LocalDate from = LocalDate.of(2022, 1, 1);
    assertThat(alerts(documents(document(from, TODAY.plusDays(31))))).isEmpty();
    assertThat(alerts(documents(document(from, TODAY.plusDays(30)))))
        .containsExactly(OrganizationAlert.DOCUMENT_EXPIRING);
    assertThat(alerts(documents(document(from, TODAY))))
        .containsExactly(OrganizationAlert.DOCUMENT_EXPIRING);
    assertThat(alerts(documents(document(from, TODAY.minusDays(1)))))
        .containsExactly(OrganizationAlert.DOCUMENT_EXPIRED);
    assertThat(alerts(documents(document(from, null)))).isEmpty();
  }

  @Test
  void aRenewedDocumentReplacesTheExpiredOne() {
    QualificationDocument old = document(LocalDate.of(2016, 1, 1), LocalDate.of(2021, 1, 1));
    QualificationDocument renewed =
        document(LocalDate.of(2021, 1, 1), LocalDate.of(2026, 1, 1).plusYears(1));

    assertThat(alerts(documents(old, renewed))).isEmpty();
  }

  @Test
  void aCreditFlagAlertsUntilItIsRemoved() {
    CreditFlag listed =
        new CreditFlag(
            1, CreditFlagType.ABNORMAL_OPERATION, TODAY.minusMonths(2), Optional.empty(), "平台", "");
    CreditFlag lifted =
        new CreditFlag(
            2,
            CreditFlagType.ADMINISTRATIVE_PENALTY,
            TODAY.minusYears(2),
            Optional.of(TODAY.minusYears(1)),
            "局",
            "");

    assertThat(alerts(new AlertFacts(List.of(), List.of(listed), List.of())))
        .containsExactly(OrganizationAlert.CREDIT_FLAG);
    assertThat(alerts(new AlertFacts(List.of(), List.of(lifted), List.of()))).isEmpty();
  }

  @Test
  void onlyTheLatestInspectionCounts() {
    AnnualInspection failed2024 = new AnnualInspection(1, 2024, InspectionResult.FAILED, "");
    AnnualInspection passed2025 = new AnnualInspection(2, 2025, InspectionResult.PASSED, "");
    AnnualInspection absent2025 = new AnnualInspection(3, 2025, InspectionResult.ABSENT, "");

    assertThat(alerts(new AlertFacts(List.of(), List.of(), List.of(failed2024, passed2025))))
        .isEmpty();
    assertThat(alerts(new AlertFacts(List.of(), List.of(), List.of(failed2024, absent2025))))
        .containsExactly(OrganizationAlert.INSPECTION_FAILED);
    assertThat(
            alerts(
                new AlertFacts(
                    List.of(),
                    List.of(),
                    List.of(new AnnualInspection(4, 2025, InspectionResult.BASIC, "")))))
        .isEmpty();
  }
}
