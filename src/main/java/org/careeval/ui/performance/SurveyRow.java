package org.careeval.ui.performance;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.performance.Satisfaction;

/** One respondent group's survey as the table edits it: counts per answer and the method. */
public final class SurveyRow {
  private final Satisfaction.Respondents group;
  private final StringProperty method = new SimpleStringProperty("");
  private final List<StringProperty> counts =
      List.of(
          new SimpleStringProperty(""),
          new SimpleStringProperty(""),
          new SimpleStringProperty(""),
          new SimpleStringProperty(""),
          new SimpleStringProperty(""),
          new SimpleStringProperty(""));
  private final StringProperty rate = new SimpleStringProperty("");

  SurveyRow(Satisfaction.Respondents group, Optional<Satisfaction> saved) {
    this.group = group;
    saved.ifPresent(
        s -> {
          method.set(s.method());
          int[] values = {
            s.verySatisfied(),
            s.satisfied(),
            s.neutral(),
            s.dissatisfied(),
            s.veryDissatisfied(),
            s.invalid()
          };
          for (int i = 0; i < values.length; i++) {
            counts.get(i).set(Integer.toString(values[i]));
          }
          rate.set(s.rate().toPlainString() + "%");
        });
  }

  public Satisfaction.Respondents group() {
    return group;
  }

  /** The survey as entered, or empty when no count is filled in (the group was not asked). */
  Optional<Satisfaction> entered() {
    if (counts.stream().allMatch(c -> c.get().isBlank())) {
      return Optional.empty();
    }
    int[] n = new int[counts.size()];
    for (int i = 0; i < n.length; i++) {
      String text = counts.get(i).get().strip();
      try {
        n[i] = text.isEmpty() ? 0 : Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new CareEvalException("error.performance.surveyCount", group.chinese(), text);
      }
    }
    return Optional.of(
        new Satisfaction(group, method.get().strip(), n[0], n[1], n[2], n[3], n[4], n[5]));
  }

  public StringProperty methodProperty() {
    return method;
  }

  /** 0 very satisfied, 1 satisfied, 2 neutral, 3 dissatisfied, 4 very dissatisfied, 5 invalid. */
  public StringProperty countProperty(int answer) {
    return counts.get(answer);
  }

  public StringProperty rateProperty() {
    return rate;
  }
}
