package org.careeval.domain.contract;

import java.util.Map;
import java.util.Set;
import org.careeval.domain.LocalizedText;

/**
 * Where an installment stands and why: paid; releasable (its condition is met on a signed
 * contract); or blocked, with what is still missing. The only way to a release is through {@link
 * #releasable()}.
 */
public record InstallmentState(Kind kind, LocalizedText reason) {

  /** As scripts read it (`careeval contract installments`). */
  public enum Kind {
    BLOCKED("blocked", "installment.state.blocked"),
    RELEASABLE("releasable", "installment.state.releasable"),
    PAID("paid", "installment.state.paid");

    private final String code;
    private final String labelKey;

    Kind(String code, String labelKey) {
      this.code = code;
      this.labelKey = labelKey;
    }

    public String code() {
      return code;
    }

    public String labelKey() {
      return labelKey;
    }
  }

  /** What the conditions are checked against. */
  public record Facts(
      boolean signed,
      java.time.LocalDate today,
      Set<String> acceptedStages,
      Map<String, Grade> finalGrades) {}

  public boolean releasable() {
    return kind == Kind.RELEASABLE;
  }

  public static InstallmentState of(Installment i, Facts facts) {
    if (i.paid()) {
      return new InstallmentState(
          Kind.PAID,
          new LocalizedText(
              "installment.reason.paid",
              i.releasedAt().orElseThrow().toString().substring(0, 10),
              i.releasedBy().orElse("")));
    }
    if (!facts.signed()) {
      return blocked("installment.reason.unsigned");
    }
    return switch (i.condition()) {
      case DATE -> {
        var date = i.onDate().orElseThrow();
        yield facts.today().isBefore(date)
            ? blocked("installment.reason.notYet", date.toString())
            : releasable("installment.reason.dateReached", date.toString());
      }
      case STAGE ->
          facts.acceptedStages().contains(i.stage())
              ? releasable("installment.reason.stageAccepted", i.stage())
              : blocked("installment.reason.stageNotAccepted", i.stage());
      case EVALUATION -> {
        Grade minimum = i.minGrade().orElseThrow();
        Grade got = facts.finalGrades().get(i.stage());
        if (got == null) {
          yield blocked("installment.reason.notEvaluated", i.stage(), minimum.chinese());
        }
        yield got.atLeast(minimum)
            ? releasable("installment.reason.graded", i.stage(), got.chinese())
            : blocked(
                "installment.reason.gradeTooLow", i.stage(), got.chinese(), minimum.chinese());
      }
    };
  }

  private static InstallmentState blocked(String key, Object... arguments) {
    return new InstallmentState(Kind.BLOCKED, new LocalizedText(key, arguments));
  }

  private static InstallmentState releasable(String key, Object... arguments) {
    return new InstallmentState(Kind.RELEASABLE, new LocalizedText(key, arguments));
  }
}
