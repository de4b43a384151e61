package org.careeval.domain.records;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.careeval.domain.LocalizedText;

/**
 * A 强制报告 (未成年人保护法 Art 11): suspected harm to a child reported immediately by the organization's
 * staff to public security, civil affairs or education — when (the county's local date and time),
 * to which authority, the receipt number, and the follow-up. Only what the law requires: no child's
 * name, ID number or address.
 */
public record MandatoryReport(
    long id,
    long contractId,
    LocalDateTime reportedAt,
    Authority authority,
    String authorityName,
    String receiptNumber,
    FollowUp followUp,
    String followUpNote,
    String recordedBy,
    int version) {

  /** Where Art 11 sends a report. */
  public enum Authority {
    PUBLIC_SECURITY("公安机关"),
    CIVIL_AFFAIRS("民政部门"),
    EDUCATION("教育部门");

    private final String chinese;

    Authority(String chinese) {
      this.chinese = chinese;
    }

    public String chinese() {
      return chinese;
    }
  }

  /** How the report was followed up. */
  public enum FollowUp {
    REPORTED("已报告"),
    RECEIVED("已受理"),
    HANDLING("处置中"),
    CLOSED("已办结");

    private final String chinese;

    FollowUp(String chinese) {
      this.chinese = chinese;
    }

    public String chinese() {
      return chinese;
    }
  }

  /** Not in the future, the receiving body named, a receipt number. */
  public List<LocalizedText> problems(LocalDateTime now) {
    List<LocalizedText> problems = new ArrayList<>();
    if (reportedAt.isAfter(now)) {
      problems.add(new LocalizedText("error.mandatory.future"));
    }
    if (authorityName.isBlank()) {
      problems.add(new LocalizedText("error.mandatory.authorityName"));
    }
    if (receiptNumber.isBlank()) {
      problems.add(new LocalizedText("error.mandatory.receipt"));
    }
    return problems;
  }
}
