package org.careeval.domain.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.rubric.Rubric;
import org.careeval.domain.rubric.RubricRules;

/**
 * What a project still lacks before it may move to a status, each item in words that say what to
 * do. Empty means the move is allowed.
 */
public final class ProjectTransitions {

  private ProjectTransitions() {}

  /**
   * @param rubric the project's current rubric, if it has one
   * @param reason the reason typed for a termination or failure
   */
  public static List<LocalizedText> missingFor(
      Project project,
      ProjectStatus target,
      Optional<Rubric> rubric,
      String reason,
      LocalDate today) {
    ProjectStatus from = project.status();
    if (!from.allowedNext().contains(target)) {
      return List.of(text("error.project.transition", label(from), label(target)));
    }
    List<LocalizedText> missing = new ArrayList<>();
    if (target.needsReason()) {
      if (reason == null || reason.isBlank()) {
        missing.add(text("error.project.reasonRequired", label(target)));
      }
      return missing;
    }
    switch (target) {
      case PUBLISHED -> missing.addAll(publishable(project));
      case UNDER_REVIEW -> {
        missing.addAll(publishable(project));
        missing.addAll(reviewable(project, rubric));
      }
      case AWARDED -> {
        if (project.awardedOrganizationId().isEmpty()) {
          missing.add(text("error.project.noAward"));
        }
      }
      case CLOSED -> {
        if (project.termEnd().isEmpty() || !today.isAfter(project.termEnd().get())) {
          missing.add(
              text(
                  "error.project.termNotEnded",
                  project.termEnd().map(Object::toString).orElse("")));
        }
      }
      default -> {
        // 已签约 follows 已定标; step 9 adds the signed contract it will need
      }
    }
    return missing;
  }

  private static List<LocalizedText> publishable(Project p) {
    List<LocalizedText> missing = new ArrayList<>();
    if (p.categoryIds().isEmpty()) {
      missing.add(text("error.project.noCategories"));
    }
    if (p.placeIds().isEmpty()) {
      missing.add(text("error.project.noPlaces"));
    }
    if (p.targetGroups().isEmpty()) {
      missing.add(text("error.project.noTargetGroups"));
    }
    if (p.termStart().isEmpty() || p.termEnd().isEmpty()) {
      missing.add(text("error.project.noTerm"));
    }
    if (p.officer().isBlank()) {
      missing.add(text("error.project.noOfficer"));
    }
    return missing;
  }

  private static List<LocalizedText> reviewable(Project project, Optional<Rubric> rubric) {
    if (rubric.isEmpty()) {
      return List.of(text("error.project.noRubric"));
    }
    List<LocalizedText> missing = new ArrayList<>();
    Rubric r = rubric.get();
    if (r.settings().method() != project.method()) {
      missing.add(
          text(
              "error.project.rubricMethod",
              label(r.settings().method().labelKey()),
              label(project.method().labelKey())));
    }
    if (r.qualification().isEmpty()) {
      missing.add(text("error.project.noQualification"));
    }
    int problems = RubricRules.check(r).problems().size();
    if (problems > 0) {
      missing.add(text("error.project.rubricInvalid", problems));
    }
    return missing;
  }

  private static LocalizedText label(ProjectStatus status) {
    return new LocalizedText(status.labelKey());
  }

  private static LocalizedText label(String key) {
    return new LocalizedText(key);
  }

  private static LocalizedText text(String key, Object... arguments) {
    return new LocalizedText(key, arguments);
  }
}
