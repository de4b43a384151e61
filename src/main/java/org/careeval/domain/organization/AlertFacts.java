package org.careeval.domain.organization;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What besides the organization itself decides its alerts. */
public record AlertFacts(
    List<QualificationDocument> documents,
    List<CreditFlag> creditFlags,
    List<AnnualInspection> inspections) {

  public static final AlertFacts NONE = new AlertFacts(List.of(), List.of(), List.of());

  public static AlertFacts of(OrganizationProfile profile) {
    return new AlertFacts(profile.documents(), profile.creditFlags(), profile.inspections());
  }

  /**
   * The document of each type that counts now: the one issued last. A renewed certificate replaces
   * the expired one, so the old one no longer raises an alert.
   */
  public Collection<QualificationDocument> currentDocuments() {
    Map<DocumentType, QualificationDocument> latest =
        documents.stream()
            .collect(
                Collectors.toMap(
                    QualificationDocument::type,
                    Function.identity(),
                    (a, b) -> a.validFrom().isAfter(b.validFrom()) ? a : b));
    return latest.values();
  }

  /** The result of the most recent year recorded. */
  public Optional<InspectionResult> latestInspection() {
    return inspections.stream()
        .max(Comparator.comparingInt(AnnualInspection::year))
        .map(AnnualInspection::result);
  }
}
