package org.careeval.domain.organization;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.FreeText;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.Problem;

/**
 * What an officer types (or an import row holds) for an organization, before checks. Every rule
 * about these values lives in {@link #check}: the form, the import and the service all ask it, so
 * the same bad value is refused with the same message wherever it comes from (issue 9, §2).
 */
public record OrganizationDraft(
    String name,
    String code,
    String legalRepresentative,
    String address,
    String phone,
    Optional<Rating> rating) {

  /** Stable field keys, as problems name them. */
  public static final String NAME = "name";

  public static final String CODE = "code";
  public static final String LEGAL_REPRESENTATIVE = "legalRepresentative";
  public static final String ADDRESS = "address";
  public static final String PHONE = "phone";
  public static final String RATING_CERTIFICATE = "ratingCertificate";
  public static final String RATING_ISSUER = "ratingIssuer";
  public static final String RATING_GRANTED_ON = "ratingGrantedOn";

  /** The same draft with every text cleaned (invisible characters dropped, spaces plain). */
  public OrganizationDraft cleaned() {
    return new OrganizationDraft(
        FreeText.clean(name),
        code == null ? "" : code,
        FreeText.clean(legalRepresentative),
        FreeText.clean(address),
        // full-width digits typed on a Chinese keyboard are digits
        Normalizer.normalize(FreeText.clean(phone), Normalizer.Form.NFKC),
        rating.map(
            r ->
                new Rating(
                    r.level(),
                    FreeText.clean(r.certificateNumber()),
                    FreeText.clean(r.issuer()),
                    r.grantedOn())));
  }

  /**
   * Every problem of this draft (after {@link #cleaned()}), in field order; empty when it may be
   * saved. Duplicates and similar names need the register and are the service's to check.
   */
  public List<Problem> check(LocalDate today) {
    OrganizationDraft d = cleaned();
    List<Problem> problems = new ArrayList<>();
    FreeText.check(NAME, "organization.field.name", d.name, OrganizationFields.NAME, true)
        .or(() -> nameKeyFits(d.name))
        .ifPresent(problems::add);
    codeProblem(d.code).ifPresent(problems::add);
    FreeText.check(
            LEGAL_REPRESENTATIVE,
            "organization.field.legalRepresentative",
            d.legalRepresentative,
            OrganizationFields.LEGAL_REPRESENTATIVE,
            false)
        .ifPresent(problems::add);
    FreeText.check(
            ADDRESS, "organization.field.address", d.address, OrganizationFields.ADDRESS, false)
        .ifPresent(problems::add);
    FreeText.check(PHONE, "organization.field.phone", d.phone, OrganizationFields.PHONE, false)
        .ifPresent(problems::add);
    d.rating.ifPresent(r -> problems.addAll(ratingProblems(r, today)));
    return problems;
  }

  /** The comparison key (NFKC-folded: "㈱" becomes "(株)") must fit its column too. */
  private static Optional<Problem> nameKeyFits(String name) {
    int folded = OrganizationNames.key(name).length();
    return folded > OrganizationFields.NAME
        ? Optional.of(
            new Problem(
                NAME,
                new LocalizedText("error.org.nameFoldsTooLong", OrganizationFields.NAME, folded)))
        : Optional.empty();
  }

  private static Optional<Problem> codeProblem(String code) {
    if (code.isBlank()) {
      return FreeText.check(CODE, "organization.field.code", "", 18, true);
    }
    OrganizationCode.Parsed parsed = OrganizationCode.parse(code);
    if (parsed.code().isPresent()) {
      return Optional.empty(); // a failed check character is a supervisor's to accept (rule 1.6)
    }
    return parsed
        .rejection()
        .map(
            rejection ->
                new Problem(
                    CODE,
                    new LocalizedText(
                        "error.org.invalidCode",
                        Uscc.normalize(code),
                        new LocalizedText(rejection.messageKey(), rejection.arguments()))));
  }

  private static List<Problem> ratingProblems(Rating r, LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    FreeText.check(
            RATING_CERTIFICATE,
            "organization.field.ratingCertificate",
            r.certificateNumber(),
            OrganizationFields.RATING_CERTIFICATE,
            false)
        .ifPresent(problems::add);
    FreeText.check(
            RATING_ISSUER,
            "organization.field.ratingIssuer",
            r.issuer(),
            OrganizationFields.RATING_ISSUER,
            false)
        .ifPresent(problems::add);
    if (r.grantedOn().isAfter(today)) {
      problems.add(
          new Problem(
              RATING_GRANTED_ON, new LocalizedText("error.org.dateInFuture", r.grantedOn())));
    }
    return problems;
  }
}
