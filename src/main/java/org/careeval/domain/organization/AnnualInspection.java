package org.careeval.domain.organization;

/** One year's annual inspection; one per organization and year. */
public record AnnualInspection(long id, int year, InspectionResult result, String note) {}
