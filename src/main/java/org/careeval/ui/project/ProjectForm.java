package org.careeval.ui.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.careeval.domain.Amounts;
import org.careeval.domain.procurement.ProcurementMethod;
import org.careeval.domain.project.Project;
import org.careeval.domain.project.ProjectDraft;
import org.careeval.domain.project.TargetGroup;

/**
 * The project form's fields as the officer types them, and what they were when the project was
 * loaded — so the screen knows when there is something unsaved.
 */
final class ProjectForm {

  /** Everything the form holds, comparable with what was loaded. */
  record Values(
      String year,
      String name,
      String budget,
      ProcurementMethod method,
      LocalDate termStart,
      LocalDate termEnd,
      String officer,
      Set<Long> categories,
      Set<Long> places,
      Set<TargetGroup> groups) {}

  final StringProperty year = new SimpleStringProperty("");
  final StringProperty name = new SimpleStringProperty("");
  final StringProperty budget = new SimpleStringProperty("");
  final ObjectProperty<ProcurementMethod> method = new SimpleObjectProperty<>();
  final ObjectProperty<LocalDate> termStart = new SimpleObjectProperty<>();
  final ObjectProperty<LocalDate> termEnd = new SimpleObjectProperty<>();
  final StringProperty officer = new SimpleStringProperty("");
  final ObservableSet<Long> categories = FXCollections.observableSet(new HashSet<>());
  final ObservableSet<Long> places = FXCollections.observableSet(new HashSet<>());
  final ObservableSet<TargetGroup> groups =
      FXCollections.observableSet(EnumSet.noneOf(TargetGroup.class));
  private final ObjectProperty<Values> loaded = new SimpleObjectProperty<>();
  final BooleanBinding dirty;

  ProjectForm() {
    dirty =
        Bindings.createBooleanBinding(
            () -> loaded.get() != null && !loaded.get().equals(values()),
            year,
            name,
            budget,
            method,
            termStart,
            termEnd,
            officer,
            categories,
            places,
            groups,
            loaded);
  }

  Values values() {
    return new Values(
        year.get().strip(),
        name.get().strip(),
        budget.get().strip(),
        method.get(),
        termStart.get(),
        termEnd.get(),
        officer.get().strip(),
        Set.copyOf(categories),
        Set.copyOf(places),
        Set.copyOf(groups));
  }

  /**
   * Shows a project, or an empty form for a new one of {@code newYear} run by {@code
   * defaultOfficer}.
   */
  void show(Optional<Project> project, int newYear, String defaultOfficer) {
    Values shown =
        project
            .map(ProjectForm::valuesOf)
            .orElse(
                new Values(
                    Integer.toString(newYear),
                    "",
                    "",
                    ProcurementMethod.COMPETITIVE_CONSULTATION,
                    null,
                    null,
                    defaultOfficer,
                    Set.of(),
                    Set.of(),
                    Set.of()));
    year.set(shown.year());
    name.set(shown.name());
    budget.set(shown.budget());
    method.set(shown.method());
    termStart.set(shown.termStart());
    termEnd.set(shown.termEnd());
    officer.set(shown.officer());
    categories.clear();
    categories.addAll(shown.categories());
    places.clear();
    places.addAll(shown.places());
    groups.clear();
    groups.addAll(shown.groups());
    loaded.set(values());
  }

  private static Values valuesOf(Project p) {
    return new Values(
        Integer.toString(p.fiscalYear()),
        p.name(),
        p.budget().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString(),
        p.method(),
        p.termStart().orElse(null),
        p.termEnd().orElse(null),
        p.officer(),
        p.categoryIds(),
        p.placeIds(),
        p.targetGroups());
  }

  /**
   * The form as a draft; a year or budget that is not a number becomes a value the draft's own
   * check refuses with its message (0), so every problem is named the same way.
   */
  ProjectDraft draft() {
    Values v = values();
    return new ProjectDraft(
        parseYear(v.year()),
        v.name(),
        parseMoney(v.budget()),
        v.method() == null ? ProcurementMethod.COMPETITIVE_CONSULTATION : v.method(),
        Optional.ofNullable(v.termStart()),
        Optional.ofNullable(v.termEnd()),
        v.officer(),
        v.categories(),
        v.places(),
        v.groups());
  }

  private static int parseYear(String text) {
    return text.matches("\\d{4}") ? Integer.parseInt(text) : 0;
  }

  /** A budget as typed (480000, 480,000.00); anything else is none, which the draft refuses. */
  private static BigDecimal parseMoney(String text) {
    return Amounts.parse(text).orElse(null);
  }
}
