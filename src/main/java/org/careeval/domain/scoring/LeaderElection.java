package org.careeval.domain.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.LocalizedText;

/**
 * How the members chose their leader (组长, 87号令 Art 45): by agreement of all, or by a (secret) vote
 * — the votes the leader received out of the ballots cast, more than half of the panel. The buyer's
 * representative is never the leader.
 *
 * @param votes by vote: the votes the chosen member received; 0 by agreement
 * @param ballots by vote: the ballots cast; 0 by agreement
 */
public record LeaderElection(Method method, long chosen, int votes, int ballots) {

  /** Agreement of all members, or a vote. */
  public enum Method {
    AGREEMENT("leader.method.agreement"),
    VOTE("leader.method.vote");

    private final String labelKey;

    Method(String labelKey) {
      this.labelKey = labelKey;
    }

    public String labelKey() {
      return labelKey;
    }
  }

  /** The leader chosen by agreement of all members. */
  public static LeaderElection byAgreement(long chosen) {
    return new LeaderElection(Method.AGREEMENT, chosen, 0, 0);
  }

  /** What is wrong with this election for the panel; empty when it stands. */
  public List<LocalizedText> problems(List<PanelMember> panel) {
    Optional<PanelMember> leader = panel.stream().filter(m -> m.id() == chosen).findFirst();
    if (leader.isEmpty()) {
      return List.of(new LocalizedText("error.leader.notMember"));
    }
    List<LocalizedText> problems = new ArrayList<>();
    if (leader.get().role() == PanelRole.BUYER_REPRESENTATIVE) {
      problems.add(new LocalizedText("error.panel.buyerLeader", leader.get().name()));
    }
    if (method == Method.AGREEMENT) {
      return problems;
    }
    if (ballots > panel.size() || votes > ballots || votes < 0) {
      problems.add(
          new LocalizedText(
              "error.leader.ballots",
              Integer.toString(votes),
              Integer.toString(ballots),
              Integer.toString(panel.size())));
    } else if (votes * 2 <= panel.size()) {
      problems.add(
          new LocalizedText(
              "error.leader.noMajority",
              leader.get().name(),
              Integer.toString(votes),
              Integer.toString(panel.size())));
    }
    return problems;
  }

  /** The count as stored: {@code votes/ballots}, empty by agreement. */
  public String countText() {
    return method == Method.AGREEMENT ? "" : votes + "/" + ballots;
  }
}
