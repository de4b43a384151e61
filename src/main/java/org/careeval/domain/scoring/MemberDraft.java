package org.careeval.domain.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.Problem;

/** A panel member as typed: name, seat, leader, and the account they score with, if any. */
public record MemberDraft(String name, PanelRole role, boolean leader, Optional<String> username) {

  public static final String NAME = "name";
  public static final String LEADER = "leader";
  public static final String USERNAME = "username";
  static final int MAX_NAME = 100;

  public MemberDraft {
    name = name == null ? "" : name.strip();
    username = username.map(String::strip).filter(u -> !u.isEmpty());
  }

  /** What is wrong with the member alone; the panel's rules are {@link #checkIn}. */
  public List<Problem> check() {
    List<Problem> problems = new ArrayList<>();
    if (name.isEmpty()) {
      problems.add(new Problem(NAME, new LocalizedText("error.panel.nameRequired")));
    } else if (name.length() > MAX_NAME) {
      problems.add(new Problem(NAME, new LocalizedText("error.panel.nameTooLong", name)));
    }
    if (leader && role == PanelRole.BUYER_REPRESENTATIVE) {
      problems.add(new Problem(LEADER, new LocalizedText("error.panel.buyerLeader", name)));
    }
    return problems;
  }

  /**
   * What is wrong with this member joining (or, with {@code replacing}, staying on) the panel:
   * names unique, one leader, one account scores for one member only.
   */
  public List<Problem> checkIn(List<PanelMember> panel, Optional<Long> replacing) {
    List<Problem> problems = check();
    for (PanelMember other : panel) {
      if (replacing.isPresent() && replacing.get() == other.id()) {
        continue;
      }
      if (other.name().equals(name)) {
        problems.add(new Problem(NAME, new LocalizedText("error.panel.nameTaken", name)));
      }
      if (leader && other.leader()) {
        problems.add(
            new Problem(LEADER, new LocalizedText("error.panel.leaderTaken", other.name())));
      }
      if (username.isPresent() && username.equals(other.username())) {
        problems.add(
            new Problem(
                USERNAME,
                new LocalizedText("error.panel.accountTaken", username.get(), other.name())));
      }
    }
    return problems;
  }
}
