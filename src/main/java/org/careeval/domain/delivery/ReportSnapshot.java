package org.careeval.domain.delivery;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What a report was when it was submitted: the plan of the period (indicators, targets), the
 * values, the narrative and the evidence list, as canonical text (one line each, tab-separated)
 * whose SHA-256 is kept with the report. Anyone can recompute the hash from the stored text, and
 * evidence files are named by their own SHA-256, so a changed value or a swapped photo shows.
 */
public final class ReportSnapshot {

  private ReportSnapshot() {}

  public static String text(
      String contractNumber,
      Period period,
      List<ContractIndicator> plan,
      List<ReportValue> values,
      String narrative,
      List<EvidenceFile> evidence) {
    StringBuilder text = new StringBuilder("careeval-period-report\t1\n");
    text.append("contract\t").append(clean(contractNumber)).append('\n');
    text.append("period\t").append(period.code()).append('\n');
    for (ContractIndicator ci : plan) {
      Indicator i = ci.indicator();
      Optional<ReportValue> v = values.stream().filter(x -> x.seq() == i.seq()).findFirst();
      text.append("indicator\t")
          .append(i.seq())
          .append('\t')
          .append(clean(i.level1() + "/" + i.level2() + "/" + i.level3()))
          .append('\t')
          .append(i.kind().name())
          .append('\t')
          .append(clean(i.unit()))
          .append('\t')
          .append(i.weight().toPlainString())
          .append('\t')
          .append(ci.target(period).map(BigDecimal::toPlainString).orElse(""))
          .append('\t')
          .append(v.flatMap(ReportValue::actual).map(BigDecimal::toPlainString).orElse(""))
          .append('\t')
          .append(v.flatMap(ReportValue::band).map(Enum::name).orElse(""))
          .append('\t')
          .append(clean(v.map(ReportValue::note).orElse("")))
          .append('\n');
    }
    text.append("narrative\t").append(clean(narrative)).append('\n');
    evidence.stream()
        .sorted(java.util.Comparator.comparing(EvidenceFile::sha256))
        .forEach(
            e ->
                text.append("evidence\t")
                    .append(e.sha256())
                    .append('\t')
                    .append(e.sizeBytes())
                    .append('\t')
                    .append(clean(e.fileName()))
                    .append('\n'));
    return text.toString();
  }

  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  // tabs and line breaks inside a value would break the one-line-per-item form
  private static String clean(String value) {
    return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
