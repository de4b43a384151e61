package org.careeval.domain.rubric;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One scoring factor of a rubric: its code (A1), the group it belongs to (评分因素, e.g. 服务方案), what is
 * judged (评审内容), its maximum points, whether it is objective, and its bands.
 */
public record Criterion(
    String code,
    String group,
    String content,
    BigDecimal maxPoints,
    CriterionKind kind,
    List<Band> bands) {

  public static final String CODE = "code";
  public static final String GROUP = "group";
  public static final String CONTENT = "content";
  public static final String MAX_POINTS = "maxPoints";
  public static final String KIND = "kind";
  public static final String BANDS = "bands";

  public Criterion {
    maxPoints = Points.normalize(maxPoints);
    bands = List.copyOf(bands);
  }

  /** The bands as the workbook's cell holds them, one a line. */
  public String bandLines() {
    return bands.stream().map(Band::line).collect(Collectors.joining("\n"));
  }
}
