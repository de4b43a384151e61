package org.careeval.domain.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.FreeText;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.Problem;

/**
 * A town or village as typed in the form or read from the places workbook, before it is saved: the
 * rules every entry path shares. A village names its town by name.
 */
public record PlaceDraft(PlaceKind kind, String name, String townName, String divisionCode) {

  public static final String NAME = "name";
  public static final String TOWN = "town";
  public static final String DIVISION_CODE = "divisionCode";
  public static final int MAX_NAME = 100;

  public PlaceDraft {
    name = FreeText.clean(name);
    townName = FreeText.clean(townName);
    divisionCode = FreeText.clean(divisionCode);
  }

  /** What is wrong with the draft by itself (whether the town exists is the service's). */
  public List<Problem> check() {
    List<Problem> problems = new ArrayList<>();
    FreeText.check(NAME, "place.field.name", name, MAX_NAME, true).ifPresent(problems::add);
    if (kind == PlaceKind.VILLAGE) {
      FreeText.check(TOWN, "place.field.town", townName, MAX_NAME, true).ifPresent(problems::add);
    }
    divisionCodeProblem().ifPresent(problems::add);
    return problems;
  }

  private Optional<Problem> divisionCodeProblem() {
    if (divisionCode.isEmpty() || divisionCode.matches("\\d{12}")) {
      return Optional.empty();
    }
    return Optional.of(
        new Problem(DIVISION_CODE, new LocalizedText("error.place.divisionCode", divisionCode)));
  }
}
