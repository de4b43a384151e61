package org.careeval.service.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.scoring.PanelMember;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.EvaluationRepository;
import org.careeval.persistence.PanelDrawRepository;
import org.careeval.persistence.Transaction;

/**
 * Who may read the names of a drawn panel before the result is finalized (issue 13): the officer
 * who drew it, the supervisor and the members themselves; everyone else sees 评委 1, 评委 2, … in the
 * panel's order. A panel seated by hand only, or a finalized result, hides nothing.
 */
final class PanelNames {

  private PanelNames() {}

  static boolean visible(
      Transaction tx,
      Session session,
      long projectId,
      List<PanelMember> panel,
      EvaluationRepository evaluations,
      PanelDrawRepository draws) {
    if (session.can(Permission.RESULT_FINALIZE)
        || panel.stream().anyMatch(m -> m.username().equals(Optional.of(session.username())))
        || evaluations.result(tx, projectId).isPresent()) {
      return true;
    }
    Set<String> drawers = draws.drawers(tx, projectId);
    return drawers.isEmpty() || drawers.contains(session.username());
  }

  /** The panel with each name replaced by its seat and no account shown. */
  static List<PanelMember> masked(List<PanelMember> panel) {
    List<PanelMember> masked = new ArrayList<>();
    for (int i = 0; i < panel.size(); i++) {
      PanelMember m = panel.get(i);
      masked.add(
          new PanelMember(
              m.id(),
              "评委 " + (i + 1),
              m.role(),
              m.leader(),
              Optional.empty(),
              m.submittedAt(),
              m.signedAt(),
              Optional.empty(),
              m.declaredAt(),
              m.tieDecision()));
    }
    return masked;
  }

  /** The panel as the session may read it. */
  static List<PanelMember> shown(
      Transaction tx,
      Session session,
      long projectId,
      List<PanelMember> panel,
      EvaluationRepository evaluations,
      PanelDrawRepository draws) {
    return visible(tx, session, projectId, panel, evaluations, draws) ? panel : masked(panel);
  }
}
