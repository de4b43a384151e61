package org.careeval.domain.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.rubric.Points;

/**
 * A member's score for one criterion as typed in the grid or a cell of a sheet: a number from 0 to
 * the criterion's maximum with at most two decimals. One rule for the window, the member sheets and
 * the evaluation workbook.
 */
public final class ScoreValue {

  private ScoreValue() {}

  /**
   * @return the points, or the reason they are refused (blank is refused too: the caller decides
   *     whether a blank means "not yet")
   */
  public static Parsed parse(Criterion criterion, String text) {
    String typed = text == null ? "" : text.strip();
    if (typed.isEmpty()) {
      return refused(new LocalizedText("error.evaluation.scoreBlank", criterion.code()));
    }
    Optional<BigDecimal> value = Points.parse(typed);
    if (value.isEmpty()) {
      return refused(new LocalizedText("error.rubric.number", typed));
    }
    BigDecimal points = value.get();
    if (points.signum() < 0
        || points.compareTo(criterion.maxPoints()) > 0
        || !Points.fitsScale(points)) {
      return refused(
          new LocalizedText(
              "error.evaluation.scoreRange",
              criterion.code(),
              points.toPlainString(),
              criterion.maxPoints().toPlainString()));
    }
    return new Parsed(Optional.of(Points.normalize(points)), Optional.empty());
  }

  private static Parsed refused(LocalizedText reason) {
    return new Parsed(Optional.empty(), Optional.of(reason));
  }

  /** The points, or why not. */
  public record Parsed(Optional<BigDecimal> points, Optional<LocalizedText> problem) {}
}
