package org.careeval.service.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.Problem;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.organization.AlertFacts;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.OrganizationAlert;
import org.careeval.domain.project.Project;
import org.careeval.domain.project.ProjectOfficer;
import org.careeval.domain.rubric.CheckItem;
import org.careeval.domain.rubric.Rubric;
import org.careeval.domain.scoring.Bid;
import org.careeval.domain.scoring.BidCheck;
import org.careeval.domain.scoring.BidDocument;
import org.careeval.domain.scoring.BidOffer;
import org.careeval.domain.scoring.MemberDraft;
import org.careeval.domain.scoring.OpenedBid;
import org.careeval.domain.scoring.PanelMember;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.careeval.persistence.Database;
import org.careeval.persistence.EvaluationRepository;
import org.careeval.persistence.EvidenceStore;
import org.careeval.persistence.OrganizationDetailRepository;
import org.careeval.persistence.OrganizationRepository;
import org.careeval.persistence.PanelDrawRepository;
import org.careeval.persistence.ProjectRepository;
import org.careeval.persistence.RubricRepository;
import org.careeval.persistence.Transaction;
import org.careeval.persistence.UserRepository;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.expert.ExpertAccounts;
import org.careeval.service.security.Sessions;

/**
 * The officer's part of an evaluation (issue 12): the bids opened, the two reviews item by item,
 * and the panel. Bids and reviews are fixed once a member has submitted scores; a member leaves the
 * panel only before they scored.
 */
public final class BidService {

  /**
   * A bid with its checklist lines, the register's alerts for its organization today, and the
   * documents that came with it.
   */
  public record ReviewedBid(
      OpenedBid stored,
      List<BidCheck> checks,
      List<OrganizationAlert> alerts,
      List<BidDocument> documents,
      Optional<org.careeval.domain.performance.EvaluationRecord> lastEvaluation) {}

  /** Largest document accepted, so one scan cannot fill the office PC's disk. */
  public static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

  /** The code of the one checklist line of a review whose rubric section lists no items. */
  public static final String WHOLE_REVIEW = "-";

  private final org.careeval.persistence.ContractRepository contracts;
  private final org.careeval.persistence.PerformanceRepository performance;
  private final Database database;
  private final ProjectRepository projects;
  private final RubricRepository rubrics;
  private final EvaluationRepository evaluations;
  private final OrganizationRepository organizations;
  private final OrganizationDetailRepository details;
  private final UserRepository users;
  private final EvidenceStore evidence;
  private final PanelDrawRepository draws;
  private final AuditTrail audit;
  private final CountyClock clock;
  private final Sessions sessions;

  public BidService(
      Database database,
      ProjectRepository projects,
      RubricRepository rubrics,
      EvaluationRepository evaluations,
      OrganizationRepository organizations,
      OrganizationDetailRepository details,
      UserRepository users,
      EvidenceStore evidence,
      PanelDrawRepository draws,
      org.careeval.persistence.ContractRepository contracts,
      org.careeval.persistence.PerformanceRepository performance,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.draws = draws;
    this.database = database;
    this.projects = projects;
    this.rubrics = rubrics;
    this.evaluations = evaluations;
    this.organizations = organizations;
    this.details = details;
    this.users = users;
    this.evidence = evidence;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
    this.contracts = contracts;
    this.performance = performance;
  }

  // ---- bids -------------------------------------------------------------------------------

  /** The project's bids in order, each with its review lines and register alerts. */
  public List<ReviewedBid> bids(Session session, long projectId) {
    sessions.require(session, Permission.PROJECT_READ);
    LocalDate today = clock.today();
    return database.read(
        tx -> {
          Map<Long, List<BidCheck>> checks = evaluations.checks(tx, projectId);
          Map<Long, List<BidDocument>> documents = evaluations.documents(tx, projectId);
          Map<Long, AlertFacts> facts = details.allAlertFacts(tx);
          Map<Long, org.careeval.domain.performance.EvaluationRecord> graded = lastSigned(tx);
          List<ReviewedBid> bids = new ArrayList<>();
          for (OpenedBid b : evaluations.bids(tx, projectId)) {
            Optional<Organization> o = organization(tx, b);
            List<OrganizationAlert> alerts =
                o.map(
                        found ->
                            OrganizationAlert.of(
                                found, facts.getOrDefault(found.id(), AlertFacts.NONE), today))
                    .orElse(List.of());
            bids.add(
                new ReviewedBid(
                    b,
                    checks.getOrDefault(b.id(), List.of()),
                    alerts,
                    documents.getOrDefault(b.id(), List.of()),
                    o.map(found -> graded.get(found.id()))));
          }
          return bids;
        });
  }

  /**
   * Each organization's latest signed evaluation (issue 16): the panel sees how a bidder delivered
   * before (102号令: performance feeds the next selection).
   */
  private Map<Long, org.careeval.domain.performance.EvaluationRecord> lastSigned(Transaction tx) {
    Map<Long, org.careeval.domain.contract.Contract> byId = new java.util.HashMap<>();
    contracts.list(tx).forEach(c -> byId.put(c.id(), c));
    Map<Long, org.careeval.domain.performance.EvaluationRecord> last = new java.util.HashMap<>();
    performance.all(tx).stream()
        .filter(org.careeval.domain.performance.Evaluation::signed)
        .sorted(java.util.Comparator.comparing(org.careeval.domain.performance.Evaluation::dueOn))
        .forEach(
            e -> {
              var c = byId.get(e.contractId());
              last.put(
                  c.organizationId(),
                  new org.careeval.domain.performance.EvaluationRecord(c.number(), c.project(), e));
            });
    return last;
  }

  /** The register's organization of a bid: the one it was recorded from, else by its code. */
  private Optional<Organization> organization(Transaction tx, OpenedBid b) {
    return b.organizationId()
        .flatMap(id -> organizations.find(tx, id))
        .or(() -> organizations.findByCode(tx, b.bid().uscc()));
  }

  /** Records a bid; a bidder from the register brings its name and code. */
  public long addBid(Session session, long projectId, BidOffer offer) {
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          Project project = openForBids(tx, projectId);
          BidOffer checked = fromRegister(tx, offer);
          Problem.refuseFirst(checked.check(project.method()));
          refuseSameCode(tx, projectId, checked.uscc(), Optional.empty());
          int seq = evaluations.bids(tx, projectId).size();
          long id =
              evaluations.insertBid(
                  tx, projectId, seq, checked.toBid(), true, true, checked.organizationId());
          audit.created(tx, session, AuditEntity.BID, id, values(projectId, checked.toBid()));
          return id;
        });
  }

  /** Changes what a bid offered (not its reviews). */
  public void updateBid(Session session, long bidId, BidOffer offer) {
    sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          OpenedBid before = bid(tx, bidId);
          long projectId = evaluations.projectOfBid(tx, bidId).orElseThrow();
          Project project = openForBids(tx, projectId);
          BidOffer checked = fromRegister(tx, offer);
          Problem.refuseFirst(checked.check(project.method()));
          refuseSameCode(tx, projectId, checked.uscc(), Optional.of(bidId));
          Bid after = checked.toBid();
          evaluations.updateOffer(tx, bidId, after, checked.organizationId());
          audit.updated(
              tx,
              session,
              AuditEntity.BID,
              bidId,
              values(projectId, before.bid()),
              values(projectId, after));
          return null;
        });
  }

  /** Removes a bid recorded by mistake, with its review lines and any draft scores. */
  public void removeBid(Session session, long bidId) {
    sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          OpenedBid before = bid(tx, bidId);
          long projectId = evaluations.projectOfBid(tx, bidId).orElseThrow();
          openForBids(tx, projectId);
          if (evaluations.anyScoreOfBid(tx, bidId)) {
            throw new CareEvalException("error.bid.scored", before.bid().organization());
          }
          evaluations.deleteBid(tx, bidId);
          audit.record(
              tx,
              session.username(),
              AuditAction.DELETE,
              AuditEntity.BID,
              Long.toString(bidId),
              values(projectId, before.bid()),
              Map.of());
          return null;
        });
  }

  /** Keeps a copy of a file that came with the bid (投标文件, 声明函 …); audited. */
  public BidDocument addDocument(Session session, long bidId, Path file) {
    sessions.require(session, Permission.PROJECT_EDIT);
    long size;
    String sha256;
    try {
      size = Files.size(file);
      if (size > MAX_DOCUMENT_BYTES) {
        throw new CareEvalException(
            "error.bid.documentTooLarge", file.getFileName(), MAX_DOCUMENT_BYTES >> 20);
      }
      sha256 = evidence.put(file);
    } catch (IOException e) {
      throw new CareEvalException(e, "error.bid.documentUnreadable", file, e.getMessage());
    }
    BidDocument document =
        new BidDocument(
            0, file.getFileName().toString(), sha256, size, session.username(), clock.instant());
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          OpenedBid bid = bid(tx, bidId);
          Project project =
              projects.get(tx, evaluations.projectOfBid(tx, bidId).orElseThrow()).orElseThrow();
          if (!project.status().open()) {
            throw new CareEvalException(
                "error.bid.projectStatus",
                project.name(),
                new LocalizedText(project.status().labelKey()));
          }
          long id = evaluations.insertDocument(tx, bidId, document);
          audit.created(
              tx,
              session,
              AuditEntity.BID,
              bidId,
              Map.of(
                  "organization",
                  bid.bid().organization(),
                  "document",
                  document.fileName(),
                  "sha256",
                  sha256,
                  "bytes",
                  size));
          return new BidDocument(
              id, document.fileName(), sha256, size, document.addedBy(), document.addedAt());
        });
  }

  /** Copies a bid's document to {@code target}. */
  public void saveDocument(Session session, long bidId, long documentId, Path target) {
    sessions.require(session, Permission.PROJECT_READ);
    BidDocument document =
        database.read(
            tx -> {
              long projectId =
                  evaluations
                      .projectOfBid(tx, bidId)
                      .orElseThrow(() -> new CareEvalException("error.bid.notFound"));
              return evaluations.documents(tx, projectId).getOrDefault(bidId, List.of()).stream()
                  .filter(d -> d.id() == documentId)
                  .findFirst()
                  .orElseThrow(() -> new CareEvalException("error.bid.documentNotFound"));
            });
    try {
      evidence.copyTo(document.sha256(), target);
    } catch (IOException e) {
      throw new CareEvalException(e, "error.export.failed", target, e.getMessage());
    }
  }

  /**
   * Records one review of a bid, line by line against the rubric's checklist (or one line {@link
   * #WHOLE_REVIEW} when the rubric lists no items for that review). A fail needs its reason; the
   * bid passes the review when every line passes.
   */
  public void review(Session session, long bidId, BidCheck.Section section, List<BidCheck> lines) {
    sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          OpenedBid before = bid(tx, bidId);
          long projectId = evaluations.projectOfBid(tx, bidId).orElseThrow();
          openForBids(tx, projectId);
          Rubric rubric = rubrics.current(tx, projectId).orElseThrow().rubric();
          refuseLines(section, rubric, lines);
          evaluations.replaceChecks(tx, bidId, section, lines);
          List<BidCheck> all = evaluations.checks(tx, projectId).getOrDefault(bidId, List.of());
          boolean qualified = passes(all, BidCheck.Section.QUALIFICATION);
          boolean conforming = passes(all, BidCheck.Section.CONFORMITY);
          String reason =
              all.stream()
                  .filter(c -> !c.passed())
                  .map(
                      c ->
                          c.itemCode().equals(WHOLE_REVIEW)
                              ? c.reason()
                              : c.itemCode() + " " + c.reason())
                  .collect(Collectors.joining("；"));
          evaluations.updateReviews(tx, bidId, qualified, conforming, reason);
          Map<String, Object> after = new LinkedHashMap<>();
          after.put("section", section.name());
          after.put(
              "lines",
              lines.stream()
                  .map(l -> l.itemCode() + (l.passed() ? " ✓" : " ✗ " + l.reason()))
                  .toList());
          after.put("qualified", qualified);
          after.put("conforming", conforming);
          audit.updated(
              tx,
              session,
              AuditEntity.BID,
              bidId,
              Map.of("qualified", before.qualified(), "conforming", before.conforming()),
              after);
          return null;
        });
  }

  private static boolean passes(List<BidCheck> lines, BidCheck.Section section) {
    return lines.stream().filter(l -> l.section() == section).allMatch(BidCheck::passed);
  }

  private static void refuseLines(BidCheck.Section section, Rubric rubric, List<BidCheck> lines) {
    List<CheckItem> items =
        section == BidCheck.Section.QUALIFICATION ? rubric.qualification() : rubric.conformity();
    List<String> expected =
        items.isEmpty() ? List.of(WHOLE_REVIEW) : items.stream().map(CheckItem::code).toList();
    List<String> given = lines.stream().map(BidCheck::itemCode).toList();
    if (!given.equals(expected)) {
      throw new CareEvalException("error.bid.reviewItems", String.join("、", expected));
    }
    for (BidCheck line : lines) {
      if (line.section() != section) {
        throw new IllegalArgumentException("line of another review: " + line);
      }
      if (!line.passed() && line.reason().isEmpty()) {
        throw new CareEvalException("error.evaluation.reasonRequired");
      }
    }
  }

  private BidOffer fromRegister(Transaction tx, BidOffer offer) {
    if (offer.organizationId().isEmpty()) {
      return offer;
    }
    Organization o =
        organizations
            .find(tx, offer.organizationId().get())
            .orElseThrow(
                () ->
                    new CareEvalException(
                        "error.org.notFound", Long.toString(offer.organizationId().get())));
    return new BidOffer(
        offer.organizationId(),
        o.name(),
        o.code().value(),
        offer.quotedPrice(),
        offer.finalQuote(),
        offer.smeDeclared());
  }

  private void refuseSameCode(Transaction tx, long projectId, String uscc, Optional<Long> except) {
    for (OpenedBid b : evaluations.bids(tx, projectId)) {
      if (b.bid().uscc().equals(uscc) && !except.equals(Optional.of(b.id()))) {
        throw new CareEvalException("error.bid.twice", b.bid().organization(), uscc);
      }
    }
  }

  private OpenedBid bid(Transaction tx, long bidId) {
    long projectId =
        evaluations
            .projectOfBid(tx, bidId)
            .orElseThrow(() -> new CareEvalException("error.bid.notFound"));
    return evaluations.bids(tx, projectId).stream()
        .filter(b -> b.id() == bidId)
        .findFirst()
        .orElseThrow();
  }

  /**
   * Bids are recorded while the project invites or reviews them, and are fixed once any member has
   * submitted scores (the scores were given on them).
   */
  private Project openForBids(Transaction tx, long projectId) {
    Project project = inBidding(tx, projectId);
    if (rubrics.current(tx, projectId).isEmpty()) {
      throw new CareEvalException("error.rubric.none", project.name());
    }
    if (evaluations.panel(tx, projectId).stream().anyMatch(PanelMember::submitted)) {
      throw new CareEvalException("error.bid.scoringStarted", project.name());
    }
    return project;
  }

  private Project inBidding(Transaction tx, long projectId) {
    return BiddingProjects.inBidding(tx, projects, projectId);
  }

  private static Map<String, Object> values(long projectId, Bid bid) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("project", projectId);
    values.put("organization", bid.organization());
    values.put("uscc", bid.uscc());
    values.put("quotedPrice", bid.quotedPrice().toPlainString());
    bid.finalQuote().ifPresent(f -> values.put("finalQuote", f.toPlainString()));
    values.put("smeDeclared", bid.smeDeclared());
    return values;
  }

  // ---- the panel --------------------------------------------------------------------------

  public List<PanelMember> panel(Session session, long projectId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(tx -> evaluations.panel(tx, projectId));
  }

  /** The accounts a member may score with: active users holding the expert role. */
  public List<ProjectOfficer> expertAccounts(Session session) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(
        tx ->
            users.findAll(tx).stream()
                .filter(u -> u.active() && u.roles().contains(Role.EXPERT))
                .map(u -> new ProjectOfficer(u.username(), u.displayName()))
                .toList());
  }

  /** Adds a member; a linked account must be an active expert's. */
  public long addMember(Session session, long projectId, MemberDraft member) {
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          List<PanelMember> panel = openPanel(tx, projectId);
          if (!panel.isEmpty() && panel.stream().allMatch(PanelMember::submitted)) {
            // the score check has started: every member has seen everyone's scores
            throw new CareEvalException("error.panel.checkStarted");
          }
          Problem.refuseFirst(member.checkIn(panel, Optional.empty()));
          refuseAccount(tx, member);
          long id = evaluations.insertMember(tx, projectId, panel.size(), member);
          audit.created(tx, session, AuditEntity.PANEL_MEMBER, id, values(projectId, member));
          return id;
        });
  }

  public void updateMember(Session session, long memberId, MemberDraft member) {
    sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          long projectId = projectOfMember(tx, memberId);
          List<PanelMember> panel = openPanel(tx, projectId);
          refuseUnlessNamesVisible(tx, session, projectId, panel);
          PanelMember before =
              panel.stream().filter(m -> m.id() == memberId).findFirst().orElseThrow();
          Problem.refuseFirst(member.checkIn(panel, Optional.of(memberId)));
          refuseAccount(tx, member);
          evaluations.updateMember(tx, memberId, member);
          audit.updated(
              tx,
              session,
              AuditEntity.PANEL_MEMBER,
              memberId,
              values(projectId, before.draft()),
              values(projectId, member));
          return null;
        });
  }

  /** Removes a member who has not scored yet. */
  public void removeMember(Session session, long memberId) {
    sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          long projectId = projectOfMember(tx, memberId);
          refuseUnlessNamesVisible(tx, session, projectId, openPanel(tx, projectId));
          PanelMember before =
              openPanel(tx, projectId).stream()
                  .filter(m -> m.id() == memberId)
                  .findFirst()
                  .orElseThrow();
          if (evaluations.anyScoreOfMember(tx, memberId)) {
            throw new CareEvalException("error.panel.scored", before.name());
          }
          evaluations.deleteMember(tx, memberId);
          audit.record(
              tx,
              session.username(),
              AuditAction.DELETE,
              AuditEntity.PANEL_MEMBER,
              Long.toString(memberId),
              values(projectId, before.draft()),
              Map.of());
          return null;
        });
  }

  /**
   * A drawn panel's names are hidden from officers not on the draw (issue 13): they cannot change
   * or remove a member they only see as 评委 n.
   */
  private void refuseUnlessNamesVisible(
      Transaction tx, Session session, long projectId, List<PanelMember> panel) {
    if (!PanelNames.visible(tx, session, projectId, panel, evaluations, draws)) {
      throw new CareEvalException(
          "error.panel.namesHidden",
          projects.get(tx, projectId).map(Project::name).orElse(Long.toString(projectId)));
    }
  }

  private long projectOfMember(Transaction tx, long memberId) {
    return evaluations
        .projectOfMember(tx, memberId)
        .orElseThrow(() -> new CareEvalException("error.panel.notFound"));
  }

  /** The panel can change while the project invites or reviews bids and nobody has signed. */
  private List<PanelMember> openPanel(Transaction tx, long projectId) {
    Project project = inBidding(tx, projectId);
    List<PanelMember> panel = evaluations.panel(tx, projectId);
    if (panel.stream().anyMatch(PanelMember::signed)) {
      throw new CareEvalException("error.panel.signed", project.name());
    }
    return panel;
  }

  private void refuseAccount(Transaction tx, MemberDraft member) {
    ExpertAccounts.refuseUnlessExpert(tx, users, member.username());
  }

  private static Map<String, Object> values(long projectId, MemberDraft member) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("project", projectId);
    values.put("name", member.name());
    values.put("role", member.role().name());
    values.put("leader", member.leader());
    values.put("username", member.username().orElse(""));
    return values;
  }
}
