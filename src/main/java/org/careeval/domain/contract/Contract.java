package org.careeval.domain.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A service contract (合同): the project and organization, the award offer it came from, the amount,
 * where it stands (a draft from the award, signed, or withdrawn when the organization refused to
 * sign), and once signed its number, signing date, term, multi-year justification, service content,
 * the towns and villages covered and the scan.
 */
public record Contract(
    long id,
    long projectId,
    String project,
    long organizationId,
    String organization,
    BigDecimal amount,
    Status status,
    String number,
    Optional<LocalDate> signedOn,
    Optional<LocalDate> termStart,
    Optional<LocalDate> termEnd,
    String multiYearReason,
    String serviceContent,
    Set<Long> placeIds,
    Optional<String> scanSha256,
    int version) {

  /** Draft (from the award), signed, or withdrawn. */
  public enum Status {
    DRAFT("draft", "contract.status.draft"),
    SIGNED("signed", "contract.status.signed"),
    WITHDRAWN("withdrawn", "contract.status.withdrawn");

    private final String code;
    private final String labelKey;

    Status(String code, String labelKey) {
      this.code = code;
      this.labelKey = labelKey;
    }

    public String code() {
      return code;
    }

    public String labelKey() {
      return labelKey;
    }
  }

  public Contract {
    placeIds = Set.copyOf(placeIds);
  }
}
