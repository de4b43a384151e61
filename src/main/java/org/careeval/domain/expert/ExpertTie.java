package org.careeval.domain.expert;

import java.util.Optional;
import org.careeval.domain.organization.Uscc;

/**
 * A tie an expert declared to an organization (domain rules 2.5; issue 13): they work there, sit on
 * its board, are on its staff, or a relative does — by name and, when known, by code.
 */
public record ExpertTie(Kind kind, String organization, Optional<String> uscc) {

  /** What the tie is. */
  public enum Kind {
    EMPLOYER("expert.tie.employer", "工作单位"),
    BOARD("expert.tie.board", "理事/董事"),
    STAFF("expert.tie.staff", "兼职/顾问"),
    RELATIVE("expert.tie.relative", "近亲属任职");

    private final String labelKey;
    private final String chinese;

    Kind(String labelKey, String chinese) {
      this.labelKey = labelKey;
      this.chinese = chinese;
    }

    public String labelKey() {
      return labelKey;
    }

    /** As workbooks write it. */
    public String chinese() {
      return chinese;
    }

    public static Optional<Kind> ofChinese(String text) {
      for (Kind kind : values()) {
        if (kind.chinese.equals(text.strip())) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }

  public ExpertTie {
    organization = organization == null ? "" : organization.strip();
    uscc = uscc.map(Uscc::normalize).filter(u -> !u.isEmpty());
  }
}
