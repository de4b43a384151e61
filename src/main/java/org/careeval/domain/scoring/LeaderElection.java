package org.careeval.domain.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.careeval.domain.LocalizedText;

/**
 * How the members chose their leader (组长, 87号令 Art 45): by agreement of all, or by vote — one
 * ballot per member, the leader needing more than half of the panel. The buyer's representative is
 * never the leader.
 *
 * @param ballots by vote: each voting member's id and the member they chose; empty by agreement
 */
public record LeaderElection(Method method, long chosen, Map<Long, Long> ballots) {

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

  public LeaderElection {
    ballots = Map.copyOf(ballots);
  }

  /** What is wrong with this election for the panel; empty when it stands. */
  public List<LocalizedText> problems(List<PanelMember> panel) {
    List<LocalizedText> problems = new ArrayList<>();
    Optional<PanelMember> leader = panel.stream().filter(m -> m.id() == chosen).findFirst();
    if (leader.isEmpty()) {
      return List.of(new LocalizedText("error.leader.notMember"));
    }
    if (leader.get().role() == PanelRole.BUYER_REPRESENTATIVE) {
      problems.add(new LocalizedText("error.panel.buyerLeader", leader.get().name()));
    }
    if (method == Method.AGREEMENT) {
      return problems;
    }
    Collection<Long> ids = panel.stream().map(PanelMember::id).toList();
    if (!ids.containsAll(ballots.keySet()) || !ids.containsAll(ballots.values())) {
      problems.add(new LocalizedText("error.leader.ballotNotMember"));
    }
    long votes = ballots.values().stream().filter(c -> c == chosen).count();
    if (votes * 2 <= panel.size()) {
      problems.add(
          new LocalizedText(
              "error.leader.noMajority",
              leader.get().name(),
              Long.toString(votes),
              Integer.toString(panel.size())));
    }
    return problems;
  }

  /** The ballots as stored: {@code voter:candidate} pairs in voter order. */
  public String ballotsText() {
    return ballots.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + ":" + e.getValue())
        .collect(Collectors.joining(","));
  }
}
