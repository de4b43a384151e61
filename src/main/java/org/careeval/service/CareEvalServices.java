package org.careeval.service;

import org.careeval.domain.system.CountyClock;
import org.careeval.service.audit.AuditService;
import org.careeval.service.contract.AcceptanceService;
import org.careeval.service.contract.ContractService;
import org.careeval.service.contract.DeliveryOverview;
import org.careeval.service.contract.DeliveryService;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.evaluation.AwardService;
import org.careeval.service.evaluation.BidService;
import org.careeval.service.evaluation.DrawService;
import org.careeval.service.evaluation.EvaluationService;
import org.careeval.service.evaluation.ReReviewService;
import org.careeval.service.evaluation.ScoringService;
import org.careeval.service.evaluation.SeatingService;
import org.careeval.service.expert.ExpertCreditService;
import org.careeval.service.expert.ExpertService;
import org.careeval.service.organization.OrganizationDetailService;
import org.careeval.service.organization.OrganizationService;
import org.careeval.service.place.PlaceService;
import org.careeval.service.project.ProjectService;
import org.careeval.service.project.RubricService;
import org.careeval.service.records.MandatoryReportService;
import org.careeval.service.records.ServiceRecordService;
import org.careeval.service.records.SpotCheckService;
import org.careeval.service.records.WarningService;
import org.careeval.service.security.AuthenticationService;
import org.careeval.service.security.UserService;

/**
 * The services of one open data directory, as the window and the CLI see them. Closing it closes
 * the database and releases the data directory.
 */
public interface CareEvalServices extends AutoCloseable {

  /** The county's clock: what "today" is for every service, screen and command. */
  CountyClock clock();

  SystemService system();

  UserService users();

  AuthenticationService authentication();

  AuditService audit();

  SettingsService settings();

  OrganizationService organizations();

  OrganizationDetailService organizationDetails();

  PlaceService places();

  ProjectService projects();

  RubricService rubrics();

  EvaluationService evaluations();

  BidService bids();

  ScoringService scoring();

  ExpertService experts();

  ExpertCreditService credits();

  DrawService draws();

  AwardService awards();

  ContractService contracts();

  DeliveryService delivery();

  DeliveryOverview deliveryOverview();

  AcceptanceService acceptance();

  ServiceRecordService records();

  SpotCheckService spotChecks();

  WarningService warnings();

  MandatoryReportService mandatoryReports();

  org.careeval.service.performance.PerformanceService performance();

  org.careeval.service.performance.QuarterlyReports quarterlyReports();

  org.careeval.service.performance.DossierReports dossiers();

  SeatingService seating();

  ReReviewService reReviews();

  DemoCountyService demo();

  @Override
  void close();
}
