package org.careeval.domain.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.careeval.domain.LocalizedText;

/**
 * What the officer records when the contract is signed: number, signing date, term, the multi-year
 * justification when the term is longer than usual, service content, places covered, and the
 * installments, which must add up to the contract amount.
 */
public record ContractSigning(
    String number,
    LocalDate signedOn,
    LocalDate termStart,
    LocalDate termEnd,
    String multiYearReason,
    String serviceContent,
    Set<Long> placeIds,
    List<Installment> installments) {

  public ContractSigning {
    placeIds = Set.copyOf(placeIds);
    installments = List.copyOf(installments);
  }

  /** Everything that stops the signing, in words that say what to fix; empty when it may go. */
  public List<LocalizedText> problems(BigDecimal amount, int usualMonths, LocalDate today) {
    List<LocalizedText> problems = new ArrayList<>();
    if (number.isBlank()) {
      problems.add(new LocalizedText("error.contract.number"));
    }
    if (signedOn.isAfter(today)) {
      problems.add(new LocalizedText("error.contract.signedFuture", signedOn.toString()));
    }
    ContractTerm.problem(termStart, termEnd, usualMonths, multiYearReason).ifPresent(problems::add);
    if (placeIds.isEmpty()) {
      problems.add(new LocalizedText("error.contract.noPlaces"));
    }
    if (installments.isEmpty()) {
      problems.add(new LocalizedText("error.contract.noInstallments"));
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Installment i : installments) {
      sum = sum.add(i.amount());
      conditionProblem(i).ifPresent(problems::add);
    }
    if (!installments.isEmpty() && sum.compareTo(amount) != 0) {
      problems.add(
          new LocalizedText(
              "error.contract.installmentSum", sum.toPlainString(), amount.toPlainString()));
    }
    return problems;
  }

  private static java.util.Optional<LocalizedText> conditionProblem(Installment i) {
    String seq = Integer.toString(i.seq());
    if (i.amount().signum() <= 0) {
      return java.util.Optional.of(new LocalizedText("error.installment.amount", seq));
    }
    boolean complete =
        switch (i.condition()) {
          case DATE -> i.onDate().isPresent();
          case STAGE -> !i.stage().isBlank();
          case EVALUATION -> !i.stage().isBlank() && i.minGrade().isPresent();
        };
    return complete
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            new LocalizedText(
                "error.installment.condition", seq, new LocalizedText(i.condition().labelKey())));
  }
}
