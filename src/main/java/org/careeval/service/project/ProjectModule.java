package org.careeval.service.project;

import org.careeval.persistence.AwardRepository;
import org.careeval.persistence.EvaluationRepository;
import org.careeval.persistence.ExpertCreditRepository;
import org.careeval.persistence.ExpertRepository;
import org.careeval.persistence.FileEvidenceStore;
import org.careeval.persistence.OrganizationDetailRepository;
import org.careeval.persistence.OrganizationRepository;
import org.careeval.persistence.PanelDrawRepository;
import org.careeval.persistence.PlaceRepository;
import org.careeval.persistence.ProjectRepository;
import org.careeval.persistence.ReReviewRepository;
import org.careeval.persistence.RubricRepository;
import org.careeval.persistence.SettingRepository;
import org.careeval.persistence.UserRepository;
import org.careeval.service.Foundation;
import org.careeval.service.evaluation.AwardService;
import org.careeval.service.evaluation.BidService;
import org.careeval.service.evaluation.DrawService;
import org.careeval.service.evaluation.EvaluationService;
import org.careeval.service.evaluation.ReReviewService;
import org.careeval.service.evaluation.ScoringService;
import org.careeval.service.evaluation.SeatingService;
import org.careeval.service.expert.ExpertCreditService;
import org.careeval.service.expert.ExpertService;
import org.careeval.service.place.PlaceService;

/**
 * Places, projects and rubrics (issue 11), bids, panels and scoring (issue 12): their repositories
 * and services, built in one place.
 */
public record ProjectModule(
    PlaceService places,
    ProjectService projects,
    RubricService rubrics,
    EvaluationService evaluations,
    BidService bids,
    ScoringService scoring,
    ExpertService experts,
    ExpertCreditService credits,
    DrawService draws,
    SeatingService seating,
    ReReviewService reReviews,
    AwardService awards) {

  public static ProjectModule create(Foundation f) {
    ProjectRepository projects = new ProjectRepository();
    RubricRepository rubrics = new RubricRepository();
    EvaluationRepository evaluations = new EvaluationRepository();
    ExpertRepository experts = new ExpertRepository();
    PanelDrawRepository drawRepository = new PanelDrawRepository();
    ReReviewRepository reReviews = new ReReviewRepository();
    FileEvidenceStore documents =
        new FileEvidenceStore(f.database().directory().root().resolve("documents"));
    DrawService draws =
        new DrawService(
            projects, evaluations, experts, drawRepository, f.audit(), f.clock(), f.sessions());
    return new ProjectModule(
        new PlaceService(f.database(), new PlaceRepository(), f.audit(), f.clock(), f.sessions()),
        new ProjectService(
            f.database(),
            projects,
            rubrics,
            new UserRepository(),
            f.audit(),
            f.clock(),
            f.sessions()),
        new RubricService(f.database(), projects, rubrics, f.audit(), f.clock(), f.sessions()),
        new EvaluationService(
            f.database(),
            projects,
            rubrics,
            evaluations,
            drawRepository,
            reReviews,
            f.audit(),
            f.clock(),
            f.sessions()),
        new BidService(
            f.database(),
            projects,
            rubrics,
            evaluations,
            new OrganizationRepository(),
            new OrganizationDetailRepository(),
            new UserRepository(),
            documents,
            drawRepository,
            new org.careeval.persistence.ContractRepository(),
            new org.careeval.persistence.PerformanceRepository(),
            f.audit(),
            f.clock(),
            f.sessions()),
        new ScoringService(
            f.database(),
            projects,
            rubrics,
            evaluations,
            new SettingRepository(),
            experts,
            drawRepository,
            f.audit(),
            f.clock(),
            f.sessions()),
        new ExpertService(
            f.database(), experts, new UserRepository(), f.audit(), f.clock(), f.sessions()),
        new ExpertCreditService(
            f.database(),
            experts,
            new ExpertCreditRepository(),
            f.audit(),
            f.clock(),
            f.sessions()),
        draws,
        new SeatingService(
            f.database(),
            evaluations,
            experts,
            drawRepository,
            draws,
            f.audit(),
            f.clock(),
            f.sessions()),
        new ReReviewService(
            f.database(),
            projects,
            rubrics,
            evaluations,
            reReviews,
            documents,
            f.audit(),
            f.clock(),
            f.sessions()),
        new AwardService(
            f.database(),
            projects,
            rubrics,
            evaluations,
            new AwardRepository(),
            new OrganizationRepository(),
            new PlaceRepository(),
            f.audit(),
            f.clock(),
            f.sessions()));
  }
}
