package org.careeval.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.Amounts;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.Problem;
import org.careeval.domain.organization.Uscc;
import org.careeval.domain.procurement.ProcurementMethod;

/**
 * A bid as the officer records it at the opening: the bidder (from the register, or typed with the
 * register's code check), the quoted price, the final quote of 磋商/谈判 and the SME declaration.
 */
public record BidOffer(
    Optional<Long> organizationId,
    String name,
    String uscc,
    String quotedPrice,
    String finalQuote,
    boolean smeDeclared) {

  public static final String NAME = "name";
  public static final String USCC = "uscc";
  public static final String QUOTED_PRICE = "quotedPrice";
  public static final String FINAL_QUOTE = "finalQuote";
  static final int MAX_NAME = 200;

  public BidOffer {
    name = name == null ? "" : name.strip();
    uscc = Uscc.normalize(uscc);
    quotedPrice = quotedPrice == null ? "" : quotedPrice.strip();
    finalQuote = finalQuote == null ? "" : finalQuote.strip();
  }

  /** Every problem with the offer under the project's method. */
  public List<Problem> check(ProcurementMethod method) {
    List<Problem> problems = new ArrayList<>();
    if (name.isEmpty()) {
      problems.add(new Problem(NAME, new LocalizedText("error.bid.nameRequired")));
    } else if (name.length() > MAX_NAME) {
      problems.add(new Problem(NAME, new LocalizedText("error.bid.nameTooLong")));
    }
    Uscc.check(uscc)
        .rejection()
        .ifPresent(
            r ->
                problems.add(
                    new Problem(USCC, new LocalizedText(r.messageKey(), r.arguments().toArray()))));
    price(quotedPrice, QUOTED_PRICE).ifPresent(problems::add);
    if (method.hasFinalQuote()) {
      price(finalQuote, FINAL_QUOTE).ifPresent(problems::add);
    } else if (!finalQuote.isEmpty()) {
      problems.add(
          new Problem(FINAL_QUOTE, new LocalizedText("error.evaluation.finalQuoteNotUsed")));
    }
    return problems;
  }

  private static Optional<Problem> price(String text, String field) {
    if (text.isEmpty()) {
      return Optional.of(new Problem(field, new LocalizedText("error.evaluation.priceRequired")));
    }
    Optional<BigDecimal> value = Amounts.parse(text);
    if (value.isEmpty() || value.get().signum() <= 0 || value.get().scale() > 2) {
      return Optional.of(new Problem(field, new LocalizedText("error.evaluation.price", text)));
    }
    return Optional.empty();
  }

  /** The offer as the ranking reads it, before any review; call after {@link #check}. */
  public Bid toBid() {
    return new Bid(
        name,
        uscc,
        Amounts.parse(quotedPrice).orElseThrow(),
        finalQuote.isEmpty() ? Optional.empty() : Amounts.parse(finalQuote),
        smeDeclared,
        true,
        "");
  }
}
