package org.careeval.domain.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.FreeText;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.Problem;

/**
 * The rules of an organization's detail records (documents, inspections, credit records, staff,
 * towns, contacts), once, in the domain: the service refuses with the first problem, a later import
 * of these records reports them all at their columns (issue 9, §2). Texts are checked after {@link
 * FreeText#clean}.
 */
public final class DetailRules {

  /** Longest short text (numbers, issuers, names, duties, towns) and note, in characters. */
  public static final int TEXT = 100;

  public static final int NOTE = 300;
  public static final int PHONE = 50;

  /** The year the national register of social organizations begins. */
  public static final int FIRST_INSPECTION_YEAR = 1988;

  private DetailRules() {}

  public static List<Problem> check(QualificationDocument d) {
    List<Problem> problems = new ArrayList<>();
    text("number", "organization.document.number", d.number(), TEXT, true, problems);
    text("issuer", "organization.document.issuer", d.issuer(), TEXT, true, problems);
    if (d.validTo().filter(end -> end.isBefore(d.validFrom())).isPresent()) {
      problems.add(new Problem("validTo", new LocalizedText("error.org.documentDates")));
    }
    return problems;
  }

  public static List<Problem> check(AnnualInspection i, LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    if (i.year() < FIRST_INSPECTION_YEAR || i.year() > today.getYear()) {
      problems.add(
          new Problem(
              "year", new LocalizedText("error.org.inspectionYear", i.year(), today.getYear())));
    }
    text("note", "organization.inspection.note", i.note(), NOTE, false, problems);
    return problems;
  }

  public static List<Problem> check(CreditFlag f, LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    text("source", "organization.credit.source", f.source(), TEXT, true, problems);
    if (f.listedOn().isAfter(today)) {
      problems.add(
          new Problem("listedOn", new LocalizedText("error.org.dateInFuture", f.listedOn())));
    }
    text("note", "organization.credit.note", f.note(), NOTE, false, problems);
    return problems;
  }

  public static List<Problem> check(Staffing s) {
    if (s.total() < 0 || s.assistant() < 0 || s.intermediate() < 0 || s.senior() < 0) {
      return List.of(new Problem("total", new LocalizedText("error.org.staffNegative")));
    }
    if (s.certified() > s.total()) {
      return List.of(
          new Problem(
              "total", new LocalizedText("error.org.staffCertified", s.certified(), s.total())));
    }
    return List.of();
  }

  public static List<Problem> checkTown(String town) {
    List<Problem> problems = new ArrayList<>();
    text("towns", "organization.towns.title", town, TEXT, false, problems);
    return problems;
  }

  public static List<Problem> check(Contact c) {
    List<Problem> problems = new ArrayList<>();
    text("name", "organization.contact.name", c.name(), TEXT, true, problems);
    text("duty", "organization.contact.duty", c.duty(), TEXT, false, problems);
    text("phone", "organization.contact.phone", c.phone(), PHONE, false, problems);
    return problems;
  }

  private static void text(
      String field,
      String labelKey,
      String value,
      int maxLength,
      boolean required,
      List<Problem> problems) {
    Optional<Problem> problem =
        FreeText.check(field, labelKey, FreeText.clean(value), maxLength, required);
    problem.ifPresent(problems::add);
  }
}
