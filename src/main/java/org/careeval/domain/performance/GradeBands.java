package org.careeval.domain.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.CareEvalException;

/**
 * The county's grades of a 100-point total (财预〔2020〕10号: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below), as
 * half-open intervals on the decimal total — 89.99 is 良. Names and lower bounds are a setting
 * ({@code 优:90,良:80,中:60,差:0}), highest first; the lowest band starts at 0.
 */
public record GradeBands(List<Band> bands) {

  /** A grade and the lowest total that earns it. */
  public record Band(String name, BigDecimal lower) {}

  public static final String DEFAULT = "优:90,良:80,中:60,差:0";

  public GradeBands {
    bands = bands.stream().sorted(Comparator.comparing(Band::lower).reversed()).toList();
  }

  /** The grade of a total. */
  public String grade(BigDecimal total) {
    return bands.stream()
        .filter(b -> total.compareTo(b.lower()) >= 0)
        .findFirst()
        .orElse(bands.get(bands.size() - 1))
        .name();
  }

  /** The bands a setting text names, or the reason it is not valid. */
  public static GradeBands parse(String text) {
    List<Band> bands = new ArrayList<>();
    for (String part : text.split("[,，]")) {
      String[] nameAndLower = part.strip().split("[:：]");
      Optional<BigDecimal> lower =
          nameAndLower.length == 2
              ? org.careeval.domain.Decimals.parse(nameAndLower[1])
              : Optional.empty();
      if (lower.isEmpty()
          || nameAndLower[0].isBlank()
          || lower.get().signum() < 0
          || lower.get().compareTo(IndicatorScoring.HUNDRED) > 0) {
        throw new CareEvalException("error.performance.grades", text);
      }
      bands.add(new Band(nameAndLower[0].strip(), lower.get()));
    }
    boolean startsAtZero = bands.stream().anyMatch(b -> b.lower().signum() == 0);
    long distinct = bands.stream().map(Band::lower).distinct().count();
    if (bands.size() < 2 || !startsAtZero || distinct != bands.size()) {
      throw new CareEvalException("error.performance.grades", text);
    }
    return new GradeBands(bands);
  }

  /** The bands as the setting writes them, highest first. */
  public String setting() {
    return bands.stream()
        .map(b -> b.name() + ":" + b.lower().stripTrailingZeros().toPlainString())
        .collect(java.util.stream.Collectors.joining(","));
  }

  /** The rank of a grade name, 0 the best; the worst rank when the name is not a band. */
  public int rank(String grade) {
    for (int i = 0; i < bands.size(); i++) {
      if (bands.get(i).name().equals(grade)) {
        return i;
      }
    }
    return bands.size() - 1;
  }

  public static GradeBands standard() {
    return parse(DEFAULT);
  }
}
