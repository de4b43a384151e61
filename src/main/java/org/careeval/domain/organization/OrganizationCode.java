package org.careeval.domain.organization;

import java.util.List;
import java.util.Optional;

/**
 * The code an organization is registered under: a USCC, or — for old records — a 9-character
 * organization code (组织机构代码, GB 11714, written with or without the hyphen), which is accepted and
 * marked as legacy.
 */
public record OrganizationCode(
    String value, Kind kind, CheckStatus status, Optional<UsccCategory> category) {

  /** USCC or legacy organization code. */
  public enum Kind {
    USCC,
    LEGACY
  }

  /**
   * PASSED: all checks pass. PENDING: a USCC whose only fault is its check character, waiting for a
   * supervisor's reasoned override (domain rules 1.6.3). OVERRIDDEN: accepted that way.
   */
  public enum CheckStatus {
    PASSED,
    PENDING,
    OVERRIDDEN
  }

  /** The outcome of reading a typed or imported code. */
  public record Parsed(Optional<OrganizationCode> code, Optional<Uscc.Rejection> rejection) {}

  /** Reads a code as typed: normalizes it, then checks it as a USCC or a legacy code. */
  public static Parsed parse(String input) {
    String normalized = Uscc.normalize(input);
    String legacy = normalized.replace("-", "");
    if (legacy.length() == 9 && normalized.length() <= 10) {
      return parseLegacy(legacy);
    }
    Uscc.Check check = Uscc.check(normalized);
    if (check.valid()) {
      return accepted(
          new OrganizationCode(
              check.normalized(), Kind.USCC, CheckStatus.PASSED, check.category()));
    }
    Uscc.Rejection rejection = check.rejection().orElseThrow();
    if (rejection.messageKey().equals("uscc.reason.checkCharacter")) {
      return new Parsed(
          Optional.of(
              new OrganizationCode(
                  check.normalized(), Kind.USCC, CheckStatus.PENDING, check.category())),
          Optional.of(rejection));
    }
    return new Parsed(Optional.empty(), Optional.of(rejection));
  }

  private static Parsed parseLegacy(String code) {
    boolean wellFormed =
        code.chars().allMatch(c -> Character.isDigit(c) || (c >= 'A' && c <= 'Z'))
            || (code.substring(0, 8)
                    .chars()
                    .allMatch(c -> Character.isDigit(c) || (c >= 'A' && c <= 'Z'))
                && code.charAt(8) == 'X');
    if (!wellFormed || !Uscc.innerCheckOk("00000000" + code)) {
      return new Parsed(
          Optional.empty(), Optional.of(new Uscc.Rejection("uscc.reason.legacy", List.of(code))));
    }
    return accepted(new OrganizationCode(code, Kind.LEGACY, CheckStatus.PASSED, Optional.empty()));
  }

  private static Parsed accepted(OrganizationCode code) {
    return new Parsed(Optional.of(code), Optional.empty());
  }
}
