package org.careeval.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The canonical text of an evaluation's result, hashed when the supervisor finalizes it (issue 13):
 * one line per ranked bid (rank, code, name, evaluated price, price score, non-price score, total,
 * tie, flags) and one per bid not scored (code, name, quoted price, reason). Amounts and scores
 * have two decimals, totals the rubric's decimals; fields are separated by `|`, lines by `\n`,
 * UTF-8. The same stored data always gives the same text, so the same hash.
 */
public record ResultTable(String text) {

  /** How many hex digits of the hash outputs print (the whole hash is stored and verified). */
  public static final int SHORT_LENGTH = 16;

  private static final String VERSION = "careeval-result|1";

  public static ResultTable of(long projectId, Ranking.Result result) {
    List<String> lines = new ArrayList<>();
    lines.add(VERSION);
    lines.add("project|" + projectId);
    lines.add("basePrice|" + result.basePrice().map(ResultTable::two).orElse(""));
    for (RankedBid r : result.ranked()) {
      lines.add(
          String.join(
              "|",
              Integer.toString(r.rank()),
              r.bid().uscc(),
              clean(r.bid().organization()),
              two(r.evaluatedPrice()),
              two(r.priceScore()),
              two(r.nonPriceScore()),
              r.total().toPlainString(),
              r.tie() ? "并列" : "",
              r.flags().stream().map(RankedBid.Flag::code).collect(Collectors.joining(","))));
    }
    for (Bid b : result.excluded()) {
      lines.add(
          String.join(
              "|",
              "-",
              b.uscc(),
              clean(b.organization()),
              two(b.quotedPrice()),
              clean(b.failReason())));
    }
    return new ResultTable(String.join("\n", lines));
  }

  /** The SHA-256 of the text (64 lower-case hex digits). */
  public String sha256() {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The hash as outputs print it: its first 16 hex digits. */
  public static String shortForm(String sha256) {
    return sha256.substring(0, SHORT_LENGTH);
  }

  /**
   * What differs from {@code other}: lines only in this table prefixed {@code -}, lines only in the
   * other prefixed {@code +}; empty when both are the same.
   */
  public List<String> differencesTo(ResultTable other) {
    Set<String> mine = new LinkedHashSet<>(text.lines().toList());
    Set<String> theirs = new LinkedHashSet<>(other.text.lines().toList());
    List<String> differences = new ArrayList<>();
    mine.stream().filter(l -> !theirs.contains(l)).forEach(l -> differences.add("- " + l));
    theirs.stream().filter(l -> !mine.contains(l)).forEach(l -> differences.add("+ " + l));
    return differences;
  }

  /** The rank the table gives the bid with this code; empty when it was not ranked. */
  public Optional<Integer> rankOf(String uscc) {
    return text.lines()
        .map(l -> l.split("\\|", -1))
        .filter(f -> f.length > 2 && f[1].equals(uscc) && f[0].matches("[0-9]+"))
        .findFirst()
        .map(f -> Integer.parseInt(f[0]));
  }

  private static String two(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** A name or reason on one line without the field separator. */
  private static String clean(String text) {
    return text.replace('|', '｜').replace('\n', ' ').replace('\r', ' ');
  }
}
