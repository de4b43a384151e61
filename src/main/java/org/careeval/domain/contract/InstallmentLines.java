package org.careeval.domain.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.careeval.domain.CareEvalException;

/**
 * Installments typed one a line as {@code 金额｜条件}, the condition being a date ({@code 2027-07-01}),
 * a stage ({@code 阶段 中期}) or an evaluation grade ({@code 评价 末期 良}). Amounts may carry 元 and
 * thousands separators. Blank lines are skipped; a line that is none of these is refused with its
 * number and text.
 */
public final class InstallmentLines {

  private InstallmentLines() {}

  public static List<Installment> parse(String text) {
    List<Installment> installments = new ArrayList<>();
    String[] lines = (text == null ? "" : text).split("\\R");
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (!line.isEmpty()) {
        installments.add(line(installments.size() + 1, n + 1, line));
      }
    }
    return installments;
  }

  /** The installments written back as lines, as {@link #parse} reads them. */
  public static String format(List<Installment> installments) {
    List<String> lines = new ArrayList<>();
    for (Installment i : installments) {
      String condition =
          switch (i.condition()) {
            case DATE -> i.onDate().orElseThrow().toString();
            case STAGE -> "阶段 " + i.stage();
            case EVALUATION -> "评价 " + i.stage() + " " + i.minGrade().orElseThrow().chinese();
          };
      lines.add(i.amount().toPlainString() + "｜" + condition);
    }
    return String.join("\n", lines);
  }

  private static Installment line(int seq, int lineNo, String line) {
    String[] parts = line.split("[｜|]", 2);
    if (parts.length != 2) {
      throw refused(lineNo, line);
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(parts[0].replace("元", "").replace(",", "").replace("，", "").strip());
    } catch (NumberFormatException e) {
      throw refused(lineNo, line);
    }
    String condition = parts[1].strip();
    String[] words = condition.split("\\s+");
    if (words[0].equals("阶段") && words.length == 2) {
      return Installment.onStage(seq, amount, words[1]);
    }
    if (words[0].equals("评价") && words.length == 3) {
      Grade grade =
          Arrays.stream(Grade.values())
              .filter(g -> g.chinese().equals(words[2]))
              .findFirst()
              .orElseThrow(() -> refused(lineNo, line));
      return Installment.onGrade(seq, amount, words[1], grade);
    }
    try {
      return Installment.onDate(seq, amount, LocalDate.parse(condition));
    } catch (DateTimeParseException e) {
      throw refused(lineNo, line);
    }
  }

  private static CareEvalException refused(int lineNo, String line) {
    return new CareEvalException("error.installment.line", Integer.toString(lineNo), line);
  }
}
