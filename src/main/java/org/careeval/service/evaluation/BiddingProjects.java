package org.careeval.service.evaluation;

import org.careeval.domain.CareEvalException;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.project.Project;
import org.careeval.domain.project.ProjectStatus;
import org.careeval.persistence.ProjectRepository;
import org.careeval.persistence.Transaction;

/** The one rule for when bids, reviews, the panel and draws are recorded: 已发布 or 评审中. */
final class BiddingProjects {

  private BiddingProjects() {}

  static Project inBidding(Transaction tx, ProjectRepository projects, long projectId) {
    Project project =
        projects
            .get(tx, projectId)
            .orElseThrow(
                () -> new CareEvalException("error.project.notFound", Long.toString(projectId)));
    if (project.status() != ProjectStatus.PUBLISHED
        && project.status() != ProjectStatus.UNDER_REVIEW) {
      throw new CareEvalException(
          "error.bid.projectStatus",
          project.name(),
          new LocalizedText(project.status().labelKey()));
    }
    return project;
  }
}
