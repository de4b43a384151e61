package org.careeval.service.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.project.Project;
import org.careeval.domain.rubric.RubricVersion;
import org.careeval.domain.scoring.Bid;
import org.careeval.domain.scoring.GivenScore;
import org.careeval.domain.scoring.OpenedBid;
import org.careeval.domain.scoring.PanelMember;
import org.careeval.domain.scoring.Ranking;
import org.careeval.persistence.EvaluationRepository;
import org.careeval.persistence.ProjectRepository;
import org.careeval.persistence.RubricRepository;
import org.careeval.persistence.Transaction;

/**
 * Everything stored about one project's evaluation, read in one transaction: the project, its
 * current rubric, the bids with their reviews, the panel and every score (by member, by bid, by
 * criterion code). The services decide who may see which part.
 */
record StoredEvaluation(
    Project project,
    RubricVersion rubric,
    List<OpenedBid> bids,
    List<PanelMember> panel,
    Map<Long, Map<Long, Map<String, GivenScore>>> scores) {

  static StoredEvaluation load(
      Transaction tx,
      ProjectRepository projects,
      RubricRepository rubrics,
      EvaluationRepository evaluations,
      long projectId) {
    Project project =
        projects
            .get(tx, projectId)
            .orElseThrow(
                () -> new CareEvalException("error.project.notFound", Long.toString(projectId)));
    RubricVersion rubric =
        rubrics
            .current(tx, projectId)
            .orElseThrow(
                () -> new CareEvalException("error.rubric.none", Long.toString(projectId)));
    return new StoredEvaluation(
        project,
        rubric,
        evaluations.bids(tx, projectId),
        evaluations.panel(tx, projectId),
        evaluations.scoresByMember(tx, projectId));
  }

  /** The same evaluation with the panel as a reader may see it (names hidden). */
  StoredEvaluation withPanel(List<PanelMember> shown) {
    return new StoredEvaluation(project, rubric, bids, shown, scores);
  }

  boolean allSubmitted() {
    return !panel.isEmpty() && panel.stream().allMatch(PanelMember::submitted);
  }

  boolean allSigned() {
    return !panel.isEmpty() && panel.stream().allMatch(PanelMember::signed);
  }

  /** The bids that passed both reviews: the ones members score. */
  List<OpenedBid> scoredBids() {
    return bids.stream().filter(b -> b.bid().passedReviews()).toList();
  }

  /** The scores' points alone: by member, by bid, by criterion code. */
  Map<Long, Map<Long, Map<String, BigDecimal>>> points() {
    Map<Long, Map<Long, Map<String, BigDecimal>>> points = new LinkedHashMap<>();
    scores.forEach(
        (member, byBid) ->
            byBid.forEach(
                (bid, byCode) ->
                    byCode.forEach(
                        (code, given) ->
                            points
                                .computeIfAbsent(member, m -> new LinkedHashMap<>())
                                .computeIfAbsent(bid, b -> new LinkedHashMap<>())
                                .put(code, given.points()))));
    return points;
  }

  /**
   * The ranking from what is stored. Refused until every member has submitted: before that the
   * scores are drafts, and members do not see each other's scores.
   */
  Ranking.Result rank() {
    refuseUnlessRankable();
    return new Ranking(rubric.rubric().settings(), rubric.rubric().criteria())
        .rank(bidList(), scoresByBidIndex());
  }

  /** Before every member has submitted there is nothing to rank: the scores are drafts. */
  void refuseUnlessRankable() {
    if (panel.isEmpty()) {
      throw new CareEvalException("error.ranking.noPanel", project.name());
    }
    if (!allSubmitted()) {
      long waiting = panel.stream().filter(m -> !m.submitted()).count();
      throw new CareEvalException(
          "error.ranking.notAllSubmitted", Long.toString(waiting), project.name());
    }
  }

  /** The bids as the ranking reads them, in the order recorded. */
  List<Bid> bidList() {
    return bids.stream().map(OpenedBid::bid).toList();
  }

  /** For each bid (by its position), each member's scores in panel order. */
  Map<Integer, List<Map<String, BigDecimal>>> scoresByBidIndex() {
    Map<Long, Map<Long, Map<String, BigDecimal>>> points = points();
    Map<Integer, List<Map<String, BigDecimal>>> byIndex = new HashMap<>();
    for (int i = 0; i < bids.size(); i++) {
      OpenedBid stored = bids.get(i);
      List<Map<String, BigDecimal>> members = new ArrayList<>();
      for (PanelMember m : panel) {
        members.add(points.getOrDefault(m.id(), Map.of()).getOrDefault(stored.id(), Map.of()));
      }
      byIndex.put(i, members);
    }
    return byIndex;
  }
}
