package org.careeval.domain.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.contract.Grade;
import org.careeval.domain.contract.Installment;
import org.careeval.domain.contract.InstallmentState;
import org.junit.jupiter.api.Test;

/** A signed grade is what an evaluation installment waits for; an unsigned one is not. */
class SignedGradesTest {

  static Evaluation evaluation(long contract, String stage, boolean signed, int rank) {
    return new Evaluation(
        1,
        contract,
        EvaluationKind.FINAL,
        stage,
        LocalDate.of(2026, 8, 30),
        EvaluatorKind.THIRD_PARTY,
        "县社会工作协会",
        "",
        signed ? Evaluation.State.SIGNED : Evaluation.State.SCORED,
        Optional.of(new BigDecimal("85.00")),
        Optional.of("良好"),
        Optional.of(rank),
        "",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        3);
  }

  @Test
  void aSignedGoodFinalReleasesTheInstallmentThatWaitsForIt() {
    Map<String, Grade> grades =
        SignedGrades.byContract(
                List.of(evaluation(7, "末期", true, 1), evaluation(8, "末期", false, 0)))
            .get(7L);
    Installment third = Installment.onGrade(3, new BigDecimal("90000"), "末期", Grade.GOOD);

    InstallmentState state =
        InstallmentState.of(
            third, new InstallmentState.Facts(true, LocalDate.of(2026, 9, 10), Set.of(), grades));

    assertThat(grades).containsEntry("末期", Grade.GOOD);
    assertThat(state.kind()).isEqualTo(InstallmentState.Kind.RELEASABLE);
    assertThat(SignedGrades.byContract(List.of(evaluation(8, "末期", false, 0)))).isEmpty();
  }

  @Test
  void aCountyWithMoreBandsMapsTheRestToPoor() {
    assertThat(SignedGrades.byContract(List.of(evaluation(7, "末期", true, 4))).get(7L))
        .containsEntry("末期", Grade.POOR);
  }
}
