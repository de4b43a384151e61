package org.careeval.service.contract;

import org.careeval.persistence.AcceptanceRepository;
import org.careeval.persistence.AwardRepository;
import org.careeval.persistence.ContractRepository;
import org.careeval.persistence.DeliveryRepository;
import org.careeval.persistence.FileEvidenceStore;
import org.careeval.persistence.MandatoryReportRepository;
import org.careeval.persistence.OrganizationDetailRepository;
import org.careeval.persistence.OrganizationRepository;
import org.careeval.persistence.PerformanceRepository;
import org.careeval.persistence.PlaceRepository;
import org.careeval.persistence.ProjectRepository;
import org.careeval.persistence.ServiceRecordRepository;
import org.careeval.persistence.SettingRepository;
import org.careeval.persistence.SpotCheckRepository;
import org.careeval.persistence.WarningRepository;
import org.careeval.service.Foundation;
import org.careeval.service.performance.DossierReports;
import org.careeval.service.performance.PerformanceService;
import org.careeval.service.performance.QuarterlyReports;
import org.careeval.service.records.MandatoryReportService;
import org.careeval.service.records.ServiceRecordService;
import org.careeval.service.records.SpotCheckService;
import org.careeval.service.records.WarningService;

/**
 * Contracts, installments, delivery and acceptance (issue 14), service records and balance (issue
 * 15): their repositories and services, built in one place.
 */
public record ContractModule(
    ContractService contracts,
    DeliveryService delivery,
    DeliveryOverview overview,
    AcceptanceService acceptance,
    ServiceRecordService records,
    SpotCheckService spotChecks,
    WarningService warnings,
    MandatoryReportService mandatoryReports,
    PerformanceService performance,
    QuarterlyReports quarterlyReports,
    DossierReports dossiers) {

  public static ContractModule create(Foundation f) {
    ContractRepository contracts = new ContractRepository();
    DeliveryRepository delivery = new DeliveryRepository();
    AcceptanceRepository acceptance = new AcceptanceRepository();
    SettingRepository settings = new SettingRepository();
    ServiceRecordRepository serviceRecords = new ServiceRecordRepository();
    PerformanceRepository evaluations = new PerformanceRepository();
    FileEvidenceStore documents =
        new FileEvidenceStore(f.database().directory().root().resolve("documents"));
    DeliveryOverview overview =
        new DeliveryOverview(f.database(), contracts, delivery, settings, f.clock(), f.sessions());
    ServiceRecordService records =
        new ServiceRecordService(
            f.database(),
            contracts,
            delivery,
            serviceRecords,
            new PlaceRepository(),
            new ProjectRepository(),
            f.audit(),
            f.clock(),
            f.sessions());
    SpotCheckService spotChecks =
        new SpotCheckService(
            f.database(),
            contracts,
            serviceRecords,
            new SpotCheckRepository(),
            new PlaceRepository(),
            new ProjectRepository(),
            documents,
            f.audit(),
            f.clock(),
            f.sessions());
    return new ContractModule(
        new ContractService(
            f.database(),
            contracts,
            new ProjectRepository(),
            new AwardRepository(),
            settings,
            acceptance,
            new OrganizationRepository(),
            documents,
            evaluations,
            f.audit(),
            f.clock(),
            f.sessions()),
        new DeliveryService(
            f.database(), contracts, delivery, documents, f.audit(), f.clock(), f.sessions()),
        overview,
        new AcceptanceService(
            f.database(), contracts, acceptance, f.audit(), f.clock(), f.sessions()),
        records,
        spotChecks,
        new WarningService(
            f.database(),
            contracts,
            delivery,
            new WarningRepository(),
            settings,
            new OrganizationDetailRepository(),
            new OrganizationRepository(),
            overview,
            records,
            spotChecks,
            documents,
            f.audit(),
            f.clock(),
            f.sessions()),
        new MandatoryReportService(
            f.database(),
            contracts,
            new MandatoryReportRepository(),
            f.audit(),
            f.clock(),
            f.sessions()),
        new PerformanceService(
            f.database(),
            contracts,
            delivery,
            evaluations,
            new SpotCheckRepository(),
            new WarningRepository(),
            settings,
            f.audit(),
            f.clock(),
            f.sessions()),
        new QuarterlyReports(
            f.database(),
            contracts,
            delivery,
            evaluations,
            new WarningRepository(),
            settings,
            records,
            f.audit(),
            f.clock(),
            f.sessions()),
        new DossierReports(
            f.database(),
            new OrganizationRepository(),
            new ProjectRepository(),
            new org.careeval.persistence.EvaluationRepository(),
            contracts,
            delivery,
            evaluations,
            f.audit(),
            f.sessions()));
  }
}
