package org.careeval.domain.expert;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.Problem;
import org.careeval.domain.organization.Uscc;

/**
 * An expert of the pool as typed or imported: name, specialty (from the catalogue), title, region,
 * employer (with its code when it has one, so ties to bidders match by code), whether they may be
 * drawn, a phone number, and the account they score with, if any.
 */
public record ExpertDraft(
    String name,
    String specialty,
    String title,
    String region,
    String employer,
    Optional<String> employerUscc,
    boolean available,
    String phone,
    Optional<String> username) {

  public static final String NAME = "name";
  public static final String SPECIALTY = "specialty";
  public static final String EMPLOYER_USCC = "employerUscc";
  public static final String PHONE = "phone";
  static final int MAX_NAME = 50;
  static final int MAX_TEXT = 200;

  public ExpertDraft {
    name = strip(name);
    specialty = strip(specialty);
    title = strip(title);
    region = strip(region);
    employer = strip(employer);
    employerUscc = employerUscc.map(Uscc::normalize).filter(u -> !u.isEmpty());
    phone = strip(phone);
    username = username.map(String::strip).filter(u -> !u.isEmpty());
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }

  /** What is wrong with the expert alone; the catalogue and accounts are the service's. */
  public List<Problem> check() {
    List<Problem> problems = new ArrayList<>();
    if (name.isEmpty()) {
      problems.add(new Problem(NAME, new LocalizedText("error.expert.nameRequired")));
    } else if (name.length() > MAX_NAME) {
      problems.add(new Problem(NAME, new LocalizedText("error.expert.nameTooLong", name)));
    }
    if (specialty.isEmpty()) {
      problems.add(new Problem(SPECIALTY, new LocalizedText("error.expert.specialtyRequired")));
    }
    if (employer.length() > MAX_TEXT || title.length() > MAX_NAME || region.length() > MAX_NAME) {
      problems.add(new Problem(NAME, new LocalizedText("error.expert.textTooLong")));
    }
    employerUscc
        .flatMap(code -> Uscc.check(code).rejection())
        .ifPresent(
            r ->
                problems.add(
                    new Problem(
                        EMPLOYER_USCC,
                        new LocalizedText(r.messageKey(), r.arguments().toArray()))));
    if (phone.length() > 30) {
      problems.add(new Problem(PHONE, new LocalizedText("error.expert.phoneTooLong")));
    }
    return problems;
  }
}
