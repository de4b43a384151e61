package org.careeval.service.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.FreeText;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.award.AwardNotice;
import org.careeval.domain.award.AwardOffer;
import org.careeval.domain.award.AwardOrder;
import org.careeval.domain.award.AwardOutcome;
import org.careeval.domain.award.ContractDraft;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.place.Place;
import org.careeval.domain.project.Project;
import org.careeval.domain.project.ProjectStatus;
import org.careeval.domain.project.ServiceCategory;
import org.careeval.domain.scoring.FinalResult;
import org.careeval.domain.scoring.OpenedBid;
import org.careeval.domain.scoring.PanelMember;
import org.careeval.domain.scoring.RankedBid;
import org.careeval.domain.scoring.Ranking;
import org.careeval.domain.scoring.ResultTable;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.AwardRepository;
import org.careeval.persistence.Database;
import org.careeval.persistence.EvaluationRepository;
import org.careeval.persistence.OrganizationRepository;
import org.careeval.persistence.PlaceRepository;
import org.careeval.persistence.ProjectRepository;
import org.careeval.persistence.RubricRepository;
import org.careeval.persistence.Transaction;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.i18n.Messages;
import org.careeval.service.security.Sessions;

/**
 * The award (定标, issue 13): once the supervisor has finalized the result and it still verifies, the
 * contract is offered in the recommended order (实施条例 Art 43); the offer creates the contract draft
 * step 9 completes and the notice text (中标公告). A refusal to sign is recorded with its reason, the
 * draft withdrawn and the project back under review, so the next candidate can be offered — or,
 * with none left, the project fails (废标) and is procured again (Art 49).
 */
public final class AwardService {

  /** The project's award so far and the candidates in the recommended order. */
  public record AwardState(
      Optional<FinalResult> result,
      List<AwardOrder.Candidate> candidates,
      List<AwardOffer> offers,
      Optional<ContractDraft> contract,
      boolean verifies) {

    public Optional<AwardOffer> open() {
      return offers.stream().filter(AwardOffer::open).findFirst();
    }

    /** The candidates not yet offered the contract, in order. */
    public List<AwardOrder.Candidate> left() {
      Set<Long> offered = offers.stream().map(AwardOffer::bidId).collect(Collectors.toSet());
      return candidates.stream().filter(c -> !offered.contains(c.bidId())).toList();
    }
  }

  static final int MAX_BUYER = 200;
  static final int MAX_REASON = 500;
  private static final Messages CHINESE = Messages.of(Messages.CHINESE);

  private final Database database;
  private final ProjectRepository projects;
  private final RubricRepository rubrics;
  private final EvaluationRepository evaluations;
  private final AwardRepository awards;
  private final OrganizationRepository organizations;
  private final PlaceRepository places;
  private final AuditTrail audit;
  private final CountyClock clock;
  private final Sessions sessions;

  public AwardService(
      Database database,
      ProjectRepository projects,
      RubricRepository rubrics,
      EvaluationRepository evaluations,
      AwardRepository awards,
      OrganizationRepository organizations,
      PlaceRepository places,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.database = database;
    this.projects = projects;
    this.rubrics = rubrics;
    this.evaluations = evaluations;
    this.awards = awards;
    this.organizations = organizations;
    this.places = places;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  public AwardState state(Session session, long projectId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(tx -> state(tx, projectId));
  }

  /**
   * Offers the contract to the next candidate in the recommended order.
   *
   * @param buyer the buying body as the notice names it
   * @param chosen the bid the buyer names when candidates are tied at the rank offered
   */
  public AwardOffer award(Session session, long projectId, String buyer, Optional<Long> chosen) {
    String name = FreeText.required("buyer", "award.field.buyer", buyer, MAX_BUYER);
    return sessions.write(
        session,
        Permission.AWARD_DECIDE,
        tx -> {
          Project project = underReview(tx, projectId);
          AwardState state = state(tx, projectId);
          state
              .open()
              .ifPresent(
                  o -> {
                    throw new CareEvalException("error.award.open", o.organization());
                  });
          refuseUnlessVerified(project, state);
          Set<Long> offered =
              state.offers().stream().map(AwardOffer::bidId).collect(Collectors.toSet());
          AwardOrder.Candidate next =
              AwardOrder.next(state.candidates(), offered, chosen)
                  .orElseThrow(() -> new CareEvalException("error.award.noneLeft", project.name()));
          long organizationId = registered(tx, next);
          AwardOffer offer =
              new AwardOffer(
                  state.offers().size() + 1,
                  next.bidId(),
                  next.organization(),
                  organizationId,
                  next.rank(),
                  next.amount(),
                  name,
                  session.username(),
                  clock.instant(),
                  AwardOutcome.OFFERED,
                  "");
          awards.insert(tx, projectId, offer);
          long contract =
              awards.insertContractDraft(
                  tx,
                  projectId,
                  organizationId,
                  offer.seq(),
                  offer.amount(),
                  session.username(),
                  clock.instant());
          moveTo(tx, project, ProjectStatus.AWARDED, Optional.of(organizationId));
          Map<String, Object> what = new LinkedHashMap<>();
          what.put("project", projectId);
          what.put("seq", offer.seq());
          what.put("organization", offer.organization());
          what.put("rank", offer.rank());
          what.put("amount", offer.amount().toPlainString());
          what.put("contractDraft", contract);
          audit.created(tx, session, AuditEntity.AWARD, projectId + "-" + offer.seq(), what);
          return offer;
        });
  }

  /**
   * Records that the organization offered the contract refused to sign: the offer is closed with
   * the reason, its contract draft withdrawn and the project is under review again.
   *
   * @return the next candidate, if one is left (none: the project is to be procured again)
   */
  public Optional<AwardOrder.Candidate> refuse(Session session, long projectId, String reason) {
    String why = FreeText.required("reason", "award.field.reason", reason, MAX_REASON);
    return sessions.write(
        session,
        Permission.AWARD_DECIDE,
        tx -> {
          Project project = project(tx, projectId);
          AwardState state = state(tx, projectId);
          AwardOffer open =
              state
                  .open()
                  .orElseThrow(() -> new CareEvalException("error.award.noOpen", project.name()));
          if (project.status() != ProjectStatus.AWARDED) {
            throw new CareEvalException(
                "error.award.status", project.name(), CHINESE.get(project.status().labelKey()));
          }
          awards.close(
              tx,
              projectId,
              open.seq(),
              AwardOutcome.REFUSED,
              why,
              session.username(),
              clock.instant());
          awards.withdrawContractDraft(tx, projectId, open.seq());
          moveTo(tx, project, ProjectStatus.UNDER_REVIEW, Optional.empty());
          audit.updated(
              tx,
              session,
              AuditEntity.AWARD,
              projectId + "-" + open.seq(),
              Map.of("outcome", AwardOutcome.OFFERED.name()),
              Map.of("outcome", AwardOutcome.REFUSED.name(), "reason", why));
          // left() already leaves out every bid offered, the one that just refused included
          return state.left().stream().findFirst();
        });
  }

  /** The award notice of the offer standing (open or signed), ready to copy. */
  public String notice(Session session, long projectId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(
        tx -> {
          Project project = project(tx, projectId);
          AwardOffer offer =
              awards.offers(tx, projectId).stream()
                  .filter(o -> o.outcome() != AwardOutcome.REFUSED)
                  .reduce((a, b) -> b)
                  .orElseThrow(() -> new CareEvalException("error.award.noOpen", project.name()));
          return AwardNotice.text(facts(tx, project, offer));
        });
  }

  private AwardNotice.Facts facts(Transaction tx, Project project, AwardOffer offer) {
    String address =
        organizations.find(tx, offer.organizationId()).map(Organization::address).orElse("");
    List<String> services =
        projects.categories(tx).stream()
            .filter(c -> project.categoryIds().contains(c.id()))
            .map(ServiceCategory::name)
            .toList();
    List<String> placeNames =
        project.placeIds().stream()
            .sorted()
            .map(id -> places.get(tx, id).map(Place::name).orElse(""))
            .toList();
    List<String> panel = new ArrayList<>();
    for (PanelMember m : evaluations.panel(tx, project.id())) {
      panel.add(m.leader() ? m.name() + "（组长）" : m.name());
    }
    return new AwardNotice.Facts(
        offer.buyer(),
        project.name(),
        Long.toString(project.id()),
        CHINESE.get(project.method().labelKey()),
        offer.organization(),
        address,
        offer.amount(),
        services,
        placeNames,
        project.termStart(),
        project.termEnd(),
        panel,
        evaluations.result(tx, project.id()).map(FinalResult::shortHash).orElse(""),
        clock.today());
  }

  private AwardState state(Transaction tx, long projectId) {
    Optional<FinalResult> result = evaluations.result(tx, projectId);
    List<AwardOffer> offers = awards.offers(tx, projectId);
    List<AwardOrder.Candidate> candidates = List.of();
    boolean verifies = false;
    if (result.isPresent()) {
      StoredEvaluation stored =
          StoredEvaluation.load(tx, projects, rubrics, evaluations, projectId);
      Ranking.Result ranking = stored.rank();
      candidates = candidates(stored, ranking);
      verifies = ResultTable.of(projectId, ranking).sha256().equals(result.get().sha256());
    }
    Optional<ContractDraft> contract =
        offers.isEmpty()
            ? Optional.empty()
            : awards.contractDraft(tx, projectId, offers.get(offers.size() - 1).seq());
    return new AwardState(result, candidates, offers, contract, verifies);
  }

  private static List<AwardOrder.Candidate> candidates(
      StoredEvaluation stored, Ranking.Result ranking) {
    List<AwardOrder.Candidate> candidates = new ArrayList<>();
    for (RankedBid r : ranking.ranked()) {
      OpenedBid bid =
          stored.bids().stream().filter(b -> b.bid().equals(r.bid())).findFirst().orElseThrow();
      BigDecimal amount = r.bid().finalQuote().orElse(r.bid().quotedPrice());
      candidates.add(
          new AwardOrder.Candidate(
              bid.id(),
              r.bid().organization(),
              r.bid().uscc(),
              bid.organizationId(),
              r.rank(),
              amount));
    }
    return candidates;
  }

  /**
   * The register's organization of a candidate: the one its bid was linked to, else the one
   * registered under its code — the contract needs a registered party.
   */
  private long registered(Transaction tx, AwardOrder.Candidate candidate) {
    return candidate
        .organizationId()
        .or(() -> organizations.findByCode(tx, candidate.uscc()).map(Organization::id))
        .orElseThrow(
            () ->
                new CareEvalException(
                    "error.award.notRegistered", candidate.organization(), candidate.uscc()));
  }

  private static void refuseUnlessVerified(Project project, AwardState state) {
    if (state.result().isEmpty()) {
      throw new CareEvalException("error.result.notFinalized", project.name());
    }
    if (!state.verifies()) {
      throw new CareEvalException("error.award.resultChanged", project.name());
    }
  }

  private Project project(Transaction tx, long projectId) {
    return projects
        .get(tx, projectId)
        .orElseThrow(
            () -> new CareEvalException("error.project.notFound", Long.toString(projectId)));
  }

  private Project underReview(Transaction tx, long projectId) {
    Project project = project(tx, projectId);
    if (project.status() != ProjectStatus.UNDER_REVIEW) {
      throw new CareEvalException(
          "error.award.status", project.name(), CHINESE.get(project.status().labelKey()));
    }
    return project;
  }

  private void moveTo(
      Transaction tx, Project project, ProjectStatus status, Optional<Long> organization) {
    Project moved = project.withStatus(status, "", organization);
    if (!projects.update(tx, moved, clock.instant())) {
      throw new CareEvalException("error.conflict.project", project.name());
    }
  }
}
