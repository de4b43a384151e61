package org.careeval.service.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.FreeText;
import org.careeval.domain.Problem;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.expert.DrawResponse;
import org.careeval.domain.expert.Expert;
import org.careeval.domain.expert.RecordedDraw;
import org.careeval.domain.scoring.LeaderElection;
import org.careeval.domain.scoring.PanelMember;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.Database;
import org.careeval.persistence.EvaluationRepository;
import org.careeval.persistence.ExpertRepository;
import org.careeval.persistence.PanelDrawRepository;
import org.careeval.persistence.Transaction;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.security.Sessions;

/**
 * Seating a drawn panel (issue 13): each drawn expert's answer — accepted, or declined with the
 * reason, which seats the next alternate or draws a replacement (补抽) — the declaration every member
 * signs at sign-in (no tie to any bidder, or 回避, which frees the seat the same way), a supervisor's
 * recorded decision to keep a member whose matched tie does not disqualify, and the leader the
 * members chose (by agreement or vote). All audited.
 */
public final class SeatingService {

  /** Who left the panel and who took the seat. */
  public record Replacement(String left, Expert seated) {}

  static final int MAX_REASON = 500;

  private final Database database;
  private final EvaluationRepository evaluations;
  private final ExpertRepository experts;
  private final PanelDrawRepository draws;
  private final DrawService drawService;
  private final AuditTrail audit;
  private final CountyClock clock;
  private final Sessions sessions;

  public SeatingService(
      Database database,
      EvaluationRepository evaluations,
      ExpertRepository experts,
      PanelDrawRepository draws,
      DrawService drawService,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.database = database;
    this.evaluations = evaluations;
    this.experts = experts;
    this.draws = draws;
    this.drawService = drawService;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  /** The project's draws in order, with each expert's answer. */
  public List<RecordedDraw> draws(Session session, long projectId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(tx -> draws.draws(tx, projectId));
  }

  /** Records that a drawn expert accepted the seat. */
  public void accept(Session session, long projectId, long expertId) {
    sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          respond(
              tx,
              session,
              projectId,
              drawnMember(tx, projectId, expertId),
              DrawResponse.ACCEPTED,
              "");
          return null;
        });
  }

  /** Records that a drawn expert declined, with the reason, and fills the seat. */
  public Replacement decline(Session session, long projectId, long expertId, String reason) {
    String why = reason(reason);
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx ->
            leave(
                tx,
                session,
                projectId,
                drawnMember(tx, projectId, expertId),
                DrawResponse.DECLINED,
                why));
  }

  /**
   * The member's declaration at sign-in that they have no tie to any bidder of the project: signed
   * by the member with their account, or recorded by the officer from a paper declaration.
   */
  public void declare(Session session, long projectId, long memberId) {
    database.inTransaction(
        tx -> {
          PanelMember member = member(tx, projectId, memberId);
          requireSigner(tx, session, member);
          if (member.declared()) {
            throw new CareEvalException("error.declaration.done", member.name());
          }
          evaluations.setDeclared(tx, memberId, session.username(), clock.instant());
          audit.updated(
              tx,
              session,
              AuditEntity.PANEL_MEMBER,
              memberId,
              Map.of("declared", false),
              Map.of("declared", true, "project", projectId));
          return null;
        });
  }

  /**
   * The member declares 回避 (a tie to a bidder) with the reason: a drawn member's seat goes to an
   * alternate or a replacement draw; a member seated by hand leaves and the officer seats another.
   *
   * @return the replacement, when the member was drawn
   */
  public Optional<Replacement> recuse(
      Session session, long projectId, long memberId, String reason) {
    String why = reason(reason);
    return database.inTransaction(
        tx -> {
          PanelMember member = member(tx, projectId, memberId);
          requireSigner(tx, session, member);
          boolean drawn = member.expertId().flatMap(e -> drawOf(tx, projectId, e)).isPresent();
          if (drawn) {
            return Optional.of(leave(tx, session, projectId, member, DrawResponse.RECUSED, why));
          }
          vacate(tx, session, projectId, member, DrawResponse.RECUSED, why);
          return Optional.empty();
        });
  }

  /**
   * A supervisor's decision that a matched tie does not disqualify the member (a namesake, a tie
   * that ended): the member may then score; the reason is kept and audited.
   */
  public void keepDespiteTie(Session session, long projectId, long memberId, String reason) {
    String why = reason(reason);
    sessions.write(
        session,
        Permission.CONFLICT_DECIDE,
        tx -> {
          PanelMember member = member(tx, projectId, memberId);
          evaluations.setTieDecision(tx, memberId, why, session.username());
          audit.updated(
              tx,
              session,
              AuditEntity.PANEL_MEMBER,
              memberId,
              Map.of("tieDecision", member.tieDecision()),
              Map.of("tieDecision", why, "project", projectId));
          return null;
        });
  }

  /** Records how the members chose their leader and makes that member the leader. */
  public void electLeader(Session session, long projectId, LeaderElection election) {
    sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          List<PanelMember> panel = evaluations.panel(tx, projectId);
          if (panel.stream().anyMatch(PanelMember::signed)) {
            throw new CareEvalException("error.leader.signed");
          }
          Problem.refuseFirst(
              election.problems(panel).stream().map(t -> new Problem("leader", t)).toList());
          draws.insertElection(tx, projectId, election, session.username(), clock.instant());
          evaluations.setLeader(tx, projectId, election.chosen());
          Map<String, Object> what = new LinkedHashMap<>();
          what.put("project", projectId);
          what.put("leader", election.chosen());
          what.put("method", election.method().name());
          what.put("votes", election.countText());
          audit.created(tx, session, AuditEntity.PANEL_MEMBER, election.chosen(), what);
          return null;
        });
  }

  /** The last recorded election of the project's leader, if any. */
  public Optional<LeaderElection> election(Session session, long projectId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(tx -> draws.election(tx, projectId));
  }

  private Replacement leave(
      Transaction tx,
      Session session,
      long projectId,
      PanelMember member,
      DrawResponse response,
      String reason) {
    Expert leaving =
        experts.list(tx).stream()
            .filter(e -> member.expertId().equals(Optional.of(e.id())))
            .findFirst()
            .orElseThrow();
    vacate(tx, session, projectId, member, response, reason);
    Expert seated = drawService.replace(tx, session, projectId, leaving);
    return new Replacement(member.name(), seated);
  }

  private void vacate(
      Transaction tx,
      Session session,
      long projectId,
      PanelMember member,
      DrawResponse response,
      String reason) {
    if (member.submitted() || evaluations.anyScoreOfMember(tx, member.id())) {
      throw new CareEvalException("error.panel.memberScored", member.name());
    }
    if (member.expertId().flatMap(e -> drawOf(tx, projectId, e)).isPresent()) {
      respond(tx, session, projectId, member, response, reason);
    }
    evaluations.deleteMember(tx, member.id());
    audit.updated(
        tx,
        session,
        AuditEntity.PANEL_MEMBER,
        member.id(),
        Map.of("name", member.name(), "project", projectId),
        Map.of("left", response.name(), "reason", reason));
  }

  private void respond(
      Transaction tx,
      Session session,
      long projectId,
      PanelMember member,
      DrawResponse response,
      String reason) {
    long expertId = member.expertId().orElseThrow();
    RecordedDraw draw =
        drawOf(tx, projectId, expertId)
            .orElseThrow(() -> new CareEvalException("error.draw.notDrawn", member.name()));
    draws.respond(tx, draw.id(), expertId, response, reason, session.username(), clock.instant());
    if (response == DrawResponse.ACCEPTED) {
      audit.updated(
          tx,
          session,
          AuditEntity.PANEL_MEMBER,
          member.id(),
          Map.of(),
          Map.of("response", response.name(), "project", projectId));
    }
  }

  /** The last of the project's draws that drew the expert (as member or alternate), if any. */
  private Optional<RecordedDraw> drawOf(Transaction tx, long projectId, long expertId) {
    return draws.draws(tx, projectId).stream()
        .filter(
            d ->
                d.entries().stream()
                    .anyMatch(
                        e -> e.expertId() == expertId && e.role() != RecordedDraw.Role.EXCLUDED))
        .reduce((a, b) -> b);
  }

  /** The seat of a drawn expert on the project's panel. */
  private PanelMember drawnMember(Transaction tx, long projectId, long expertId) {
    return evaluations.panel(tx, projectId).stream()
        .filter(m -> m.expertId().equals(Optional.of(expertId)))
        .findFirst()
        .orElseThrow(() -> new CareEvalException("error.draw.notSeated", Long.toString(expertId)));
  }

  private PanelMember member(Transaction tx, long projectId, long memberId) {
    return evaluations.panel(tx, projectId).stream()
        .filter(m -> m.id() == memberId)
        .findFirst()
        .orElseThrow(
            () -> new CareEvalException("error.panel.memberNotFound", Long.toString(memberId)));
  }

  /** The member signs with their own account; the officer records a paper declaration. */
  private void requireSigner(Transaction tx, Session session, PanelMember member) {
    if (member.username().equals(Optional.of(session.username()))) {
      sessions.requireCurrent(tx, session, Permission.PROJECT_SCORE);
      return;
    }
    sessions.requireCurrent(tx, session, Permission.PROJECT_EDIT);
    if (member.username().isPresent()) {
      throw new CareEvalException("error.declaration.ownAccount", member.name());
    }
  }

  private static String reason(String typed) {
    return FreeText.required("reason", "panel.field.reason", typed, MAX_REASON);
  }
}
