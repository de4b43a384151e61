package org.careeval.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.LocalizedText;
import org.junit.jupiter.api.Test;

/** Contract terms (102号令 Art 24), grades (10号文) and installment states, at their boundaries. */
class ContractRulesTest {

  private static final LocalDate START = LocalDate.of(2027, 1, 1);

  private static Optional<String> term(LocalDate end, String reason) {
    return ContractTerm.problem(START, end, 12, reason).map(LocalizedText::key);
  }

  @Test
  void aTermOfTwelveMonthsNeedsNothingLongerNeedsAReasonAndBeyondThirtySixIsRefused() {
    assertThat(term(LocalDate.of(2027, 12, 31), "")).isEmpty();
    assertThat(term(LocalDate.of(2028, 1, 1), "")).hasValue("error.contract.multiYearReason");
    assertThat(term(LocalDate.of(2028, 1, 1), "服务连续稳定，预算有保障")).isEmpty();
    assertThat(term(LocalDate.of(2029, 12, 31), "服务连续稳定")).isEmpty();
    assertThat(term(LocalDate.of(2030, 1, 1), "服务连续稳定")).hasValue("error.contract.termTooLong");
    assertThat(term(LocalDate.of(2026, 12, 31), "")).hasValue("error.contract.termOrder");
  }

  @Test
  void gradesAreHalfOpenOnTheDecimalScore() {
    assertThat(Grade.of(new BigDecimal("90"))).isEqualTo(Grade.EXCELLENT);
    assertThat(Grade.of(new BigDecimal("89.99"))).isEqualTo(Grade.GOOD);
    assertThat(Grade.of(new BigDecimal("80"))).isEqualTo(Grade.GOOD);
    assertThat(Grade.of(new BigDecimal("79.99"))).isEqualTo(Grade.FAIR);
    assertThat(Grade.of(new BigDecimal("60"))).isEqualTo(Grade.FAIR);
    assertThat(Grade.of(new BigDecimal("59.99"))).isEqualTo(Grade.POOR);
    assertThat(Grade.GOOD.atLeast(Grade.GOOD)).isTrue();
    assertThat(Grade.EXCELLENT.atLeast(Grade.GOOD)).isTrue();
    assertThat(Grade.FAIR.atLeast(Grade.GOOD)).isFalse();
  }

  private static Installment onDate(int seq, String amount, LocalDate date) {
    return Installment.onDate(seq, new BigDecimal(amount), date);
  }

  private static Installment graded(int seq, String amount, String period, Grade minimum) {
    return Installment.onGrade(seq, new BigDecimal(amount), period, minimum);
  }

  private static InstallmentState.Facts facts(boolean signed, Map<String, Grade> grades) {
    return new InstallmentState.Facts(signed, LocalDate.of(2027, 6, 30), Set.of("中期"), grades);
  }

  @Test
  void anInstallmentIsReleasableOnlyWhenItsConditionIsMetOnASignedContract() {
    Installment first = onDate(1, "100000", LocalDate.of(2027, 6, 30));
    Installment later = onDate(2, "100000", LocalDate.of(2027, 7, 1));
    Installment stage = Installment.onStage(3, new BigDecimal("50000"), "中期");
    Installment last = graded(4, "70000", "末期", Grade.GOOD);
    assertThat(InstallmentState.of(first, facts(false, Map.of())).reason().key())
        .isEqualTo("installment.reason.unsigned");
    assertThat(InstallmentState.of(first, facts(true, Map.of())).releasable()).isTrue();
    assertThat(InstallmentState.of(later, facts(true, Map.of())).reason().key())
        .isEqualTo("installment.reason.notYet");
    assertThat(InstallmentState.of(stage, facts(true, Map.of())).releasable()).isTrue();
    assertThat(InstallmentState.of(last, facts(true, Map.of())).reason().key())
        .isEqualTo("installment.reason.notEvaluated");
    assertThat(InstallmentState.of(last, facts(true, Map.of("末期", Grade.FAIR))).kind())
        .isEqualTo(InstallmentState.Kind.BLOCKED);
    assertThat(InstallmentState.of(last, facts(true, Map.of("末期", Grade.GOOD))).releasable())
        .isTrue();
    Installment paid =
        new Installment(
            1,
            new BigDecimal("1"),
            Installment.Condition.DATE,
            Optional.of(START),
            "",
            Optional.empty(),
            Optional.of("supervisor"),
            Optional.of(Instant.parse("2027-03-01T02:00:00Z")));
    assertThat(InstallmentState.of(paid, facts(true, Map.of())).kind())
        .isEqualTo(InstallmentState.Kind.PAID);
  }

  @Test
  void installmentsMustAddUpToTheAmountEachWithItsCondition() {
    ContractSigning signing =
        new ContractSigning(
            "QS-2027-001",
            LocalDate.of(2026, 12, 20),
            START,
            LocalDate.of(2027, 12, 31),
            "",
            "留守儿童关爱服务",
            Set.of(1L),
            List.of(onDate(1, "200000", START), graded(2, "100000", "", Grade.GOOD)));
    assertThat(signing.problems(new BigDecimal("398000"), 12, LocalDate.of(2026, 12, 31)))
        .extracting(LocalizedText::key)
        .containsExactly("error.installment.condition", "error.contract.installmentSum");
    ContractSigning right =
        new ContractSigning(
            "QS-2027-001",
            LocalDate.of(2026, 12, 20),
            START,
            LocalDate.of(2027, 12, 31),
            "",
            "留守儿童关爱服务",
            Set.of(1L),
            List.of(onDate(1, "298000", START), graded(2, "100000", "末期", Grade.GOOD)));
    assertThat(right.problems(new BigDecimal("398000.00"), 12, LocalDate.of(2026, 12, 31)))
        .isEmpty();
    assertThat(right.problems(new BigDecimal("398000"), 12, LocalDate.of(2026, 12, 19)))
        .extracting(LocalizedText::key)
        .containsExactly("error.contract.signedFuture");
  }

  @Test
  void installmentsAreTypedOneALineAndWrittenBackTheSameWay() {
    List<Installment> parsed =
        InstallmentLines.parse("198,000元｜2027-01-15\n\n100000｜阶段 中期\n100000 | 评价 末期 良\n");
    assertThat(parsed)
        .extracting(Installment::seq, i -> i.amount().toPlainString(), Installment::condition)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "198000", Installment.Condition.DATE),
            org.assertj.core.groups.Tuple.tuple(2, "100000", Installment.Condition.STAGE),
            org.assertj.core.groups.Tuple.tuple(3, "100000", Installment.Condition.EVALUATION));
    assertThat(parsed.get(2).minGrade()).hasValue(Grade.GOOD);
    assertThat(InstallmentLines.format(parsed))
        .isEqualTo("198000｜2027-01-15\n100000｜阶段 中期\n100000｜评价 末期 良");
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> InstallmentLines.parse("100000｜下个月"),
                org.careeval.domain.CareEvalException.class))
        .satisfies(
            e -> {
              assertThat(e.messageKey()).isEqualTo("error.installment.line");
              assertThat(e.arguments()).containsExactly("1", "100000｜下个月");
            });
  }
}
