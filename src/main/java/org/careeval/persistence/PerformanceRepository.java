package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.EVALUATION_LINE;
import static org.careeval.persistence.jooq.Tables.PERFORMANCE_EVALUATION;
import static org.careeval.persistence.jooq.Tables.RECTIFICATION_ITEM;
import static org.careeval.persistence.jooq.Tables.SATISFACTION_SURVEY;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.delivery.IndicatorKind;
import org.careeval.domain.delivery.QualitativeBand;
import org.careeval.domain.performance.Evaluation;
import org.careeval.domain.performance.EvaluationKind;
import org.careeval.domain.performance.EvaluatorKind;
import org.careeval.domain.performance.IndicatorLine;
import org.careeval.domain.performance.IndicatorScoring;
import org.careeval.domain.performance.Rectification;
import org.careeval.domain.performance.Satisfaction;
import org.careeval.persistence.jooq.tables.records.EvaluationLineRecord;
import org.careeval.persistence.jooq.tables.records.PerformanceEvaluationRecord;
import org.jooq.Condition;

/**
 * Performance evaluations with their lines (the evaluation's own under member '', each member's
 * under their name), satisfaction surveys and rectification items.
 */
public final class PerformanceRepository {

  /** The evaluation's own lines: the aggregate of its members, or the single evaluator's. */
  public static final String OWN = "";

  public long insert(
      Transaction tx,
      long contractId,
      EvaluationKind kind,
      String stage,
      LocalDate dueOn,
      EvaluatorKind evaluator,
      String evaluatorName,
      String team) {
    return tx.dsl()
        .insertInto(PERFORMANCE_EVALUATION)
        .set(PERFORMANCE_EVALUATION.CONTRACT_ID, contractId)
        .set(PERFORMANCE_EVALUATION.KIND, kind.name())
        .set(PERFORMANCE_EVALUATION.STAGE, stage)
        .set(PERFORMANCE_EVALUATION.DUE_ON, dueOn)
        .set(PERFORMANCE_EVALUATION.EVALUATOR, evaluator.name())
        .set(PERFORMANCE_EVALUATION.EVALUATOR_NAME, evaluatorName)
        .set(PERFORMANCE_EVALUATION.TEAM, team)
        .set(PERFORMANCE_EVALUATION.STATE, Evaluation.State.STARTED.name())
        .set(PERFORMANCE_EVALUATION.FINDINGS, "")
        .set(PERFORMANCE_EVALUATION.VERSION, 0)
        .returning(PERFORMANCE_EVALUATION.ID)
        .fetchOne()
        .getId();
  }

  public Optional<Evaluation> get(Transaction tx, long id) {
    return list(tx, PERFORMANCE_EVALUATION.ID.eq(id)).stream().findFirst();
  }

  public List<Evaluation> ofContract(Transaction tx, long contractId) {
    return list(tx, PERFORMANCE_EVALUATION.CONTRACT_ID.eq(contractId));
  }

  public List<Evaluation> all(Transaction tx) {
    return list(tx, org.jooq.impl.DSL.trueCondition());
  }

  private List<Evaluation> list(Transaction tx, Condition where) {
    return tx.dsl()
        .selectFrom(PERFORMANCE_EVALUATION)
        .where(where)
        .orderBy(PERFORMANCE_EVALUATION.DUE_ON, PERFORMANCE_EVALUATION.ID)
        .fetch(PerformanceRepository::evaluation);
  }

  private static Evaluation evaluation(PerformanceEvaluationRecord r) {
    return new Evaluation(
        r.getId(),
        r.getContractId(),
        EvaluationKind.valueOf(r.getKind()),
        r.getStage(),
        r.getDueOn(),
        EvaluatorKind.valueOf(r.getEvaluator()),
        r.getEvaluatorName(),
        r.getTeam(),
        Evaluation.State.valueOf(r.getState()),
        Optional.ofNullable(r.getTotal()),
        Optional.ofNullable(r.getGrade()),
        Optional.ofNullable(r.getGradeRank()),
        r.getFindings(),
        Optional.ofNullable(r.getSignedBy()),
        Optional.ofNullable(r.getSignedAt()).map(t -> t.toInstant()),
        Optional.ofNullable(r.getResultSha256()),
        r.getVersion());
  }

  /** Who evaluates, read at {@code version}; false if the evaluation changed meanwhile. */
  public boolean updateEvaluator(
      Transaction tx, long id, int version, EvaluatorKind evaluator, String name, String team) {
    return tx.dsl()
            .update(PERFORMANCE_EVALUATION)
            .set(PERFORMANCE_EVALUATION.EVALUATOR, evaluator.name())
            .set(PERFORMANCE_EVALUATION.EVALUATOR_NAME, name)
            .set(PERFORMANCE_EVALUATION.TEAM, team)
            .set(PERFORMANCE_EVALUATION.VERSION, version + 1)
            .where(PERFORMANCE_EVALUATION.ID.eq(id))
            .and(PERFORMANCE_EVALUATION.VERSION.eq(version))
            .execute()
        == 1;
  }

  /** The scored result: total, grade (empty for ungraded kinds) and findings. */
  public boolean updateScored(
      Transaction tx,
      long id,
      int version,
      BigDecimal total,
      Optional<String> grade,
      Optional<Integer> rank,
      String findings) {
    return tx.dsl()
            .update(PERFORMANCE_EVALUATION)
            .set(PERFORMANCE_EVALUATION.STATE, Evaluation.State.SCORED.name())
            .set(PERFORMANCE_EVALUATION.TOTAL, total)
            .set(PERFORMANCE_EVALUATION.GRADE, grade.orElse(null))
            .set(PERFORMANCE_EVALUATION.GRADE_RANK, rank.orElse(null))
            .set(PERFORMANCE_EVALUATION.FINDINGS, findings)
            .set(PERFORMANCE_EVALUATION.VERSION, version + 1)
            .where(PERFORMANCE_EVALUATION.ID.eq(id))
            .and(PERFORMANCE_EVALUATION.VERSION.eq(version))
            .and(PERFORMANCE_EVALUATION.STATE.ne(Evaluation.State.SIGNED.name()))
            .execute()
        == 1;
  }

  /** Entries kept but not (or no longer) scored: back to started, no total or grade. */
  public boolean updateUnscored(Transaction tx, long id, int version, String findings) {
    return tx.dsl()
            .update(PERFORMANCE_EVALUATION)
            .set(PERFORMANCE_EVALUATION.STATE, Evaluation.State.STARTED.name())
            .setNull(PERFORMANCE_EVALUATION.TOTAL)
            .setNull(PERFORMANCE_EVALUATION.GRADE)
            .setNull(PERFORMANCE_EVALUATION.GRADE_RANK)
            .set(PERFORMANCE_EVALUATION.FINDINGS, findings)
            .set(PERFORMANCE_EVALUATION.VERSION, version + 1)
            .where(PERFORMANCE_EVALUATION.ID.eq(id))
            .and(PERFORMANCE_EVALUATION.VERSION.eq(version))
            .and(PERFORMANCE_EVALUATION.STATE.ne(Evaluation.State.SIGNED.name()))
            .execute()
        == 1;
  }

  public boolean sign(
      Transaction tx, long id, int version, String by, Instant at, String resultSha256) {
    return tx.dsl()
            .update(PERFORMANCE_EVALUATION)
            .set(PERFORMANCE_EVALUATION.STATE, Evaluation.State.SIGNED.name())
            .set(PERFORMANCE_EVALUATION.SIGNED_BY, by)
            .set(PERFORMANCE_EVALUATION.SIGNED_AT, at.atOffset(ZoneOffset.UTC))
            .set(PERFORMANCE_EVALUATION.RESULT_SHA256, resultSha256)
            .set(PERFORMANCE_EVALUATION.VERSION, version + 1)
            .where(PERFORMANCE_EVALUATION.ID.eq(id))
            .and(PERFORMANCE_EVALUATION.VERSION.eq(version))
            .and(PERFORMANCE_EVALUATION.STATE.eq(Evaluation.State.SCORED.name()))
            .execute()
        == 1;
  }

  /** A member's lines (or the evaluation's own, {@link #OWN}) with their scores. */
  public List<IndicatorScoring.Scored> lines(Transaction tx, long evaluationId, String member) {
    return tx.dsl()
        .selectFrom(EVALUATION_LINE)
        .where(EVALUATION_LINE.EVALUATION_ID.eq(evaluationId))
        .and(EVALUATION_LINE.MEMBER.eq(member))
        .orderBy(EVALUATION_LINE.SEQ)
        .fetch(r -> new IndicatorScoring.Scored(line(r), r.getScore(), java.util.Set.of()));
  }

  /** The members who scored the evaluation, by name. */
  public List<String> members(Transaction tx, long evaluationId) {
    return tx.dsl()
        .selectDistinct(EVALUATION_LINE.MEMBER)
        .from(EVALUATION_LINE)
        .where(EVALUATION_LINE.EVALUATION_ID.eq(evaluationId))
        .and(EVALUATION_LINE.MEMBER.ne(OWN))
        .orderBy(EVALUATION_LINE.MEMBER)
        .fetch(EVALUATION_LINE.MEMBER);
  }

  private static IndicatorLine line(EvaluationLineRecord r) {
    return new IndicatorLine(
        r.getSeq(),
        r.getLevel1(),
        r.getLevel2(),
        r.getLevel3(),
        IndicatorKind.valueOf(r.getKind()),
        r.getUnit(),
        r.getWeight(),
        Optional.ofNullable(r.getTarget()),
        Optional.ofNullable(r.getActual()),
        Optional.ofNullable(r.getBand()).map(QualitativeBand::valueOf),
        Optional.ofNullable(r.getGiven()),
        r.getNote());
  }

  /** Replaces a member's lines (or the evaluation's own) with these. */
  public void replaceLines(
      Transaction tx, long evaluationId, String member, List<IndicatorScoring.Scored> lines) {
    tx.dsl()
        .deleteFrom(EVALUATION_LINE)
        .where(EVALUATION_LINE.EVALUATION_ID.eq(evaluationId))
        .and(EVALUATION_LINE.MEMBER.eq(member))
        .execute();
    for (IndicatorScoring.Scored s : lines) {
      IndicatorLine l = s.line();
      tx.dsl()
          .insertInto(EVALUATION_LINE)
          .set(EVALUATION_LINE.EVALUATION_ID, evaluationId)
          .set(EVALUATION_LINE.MEMBER, member)
          .set(EVALUATION_LINE.SEQ, l.seq())
          .set(EVALUATION_LINE.LEVEL1, l.level1())
          .set(EVALUATION_LINE.LEVEL2, l.level2())
          .set(EVALUATION_LINE.LEVEL3, l.level3())
          .set(EVALUATION_LINE.KIND, l.kind().name())
          .set(EVALUATION_LINE.UNIT, l.unit())
          .set(EVALUATION_LINE.WEIGHT, l.weight())
          .set(EVALUATION_LINE.TARGET, l.target().orElse(null))
          .set(EVALUATION_LINE.ACTUAL, l.actual().orElse(null))
          .set(EVALUATION_LINE.BAND, l.band().map(Enum::name).orElse(null))
          .set(EVALUATION_LINE.GIVEN, l.given().orElse(null))
          .set(EVALUATION_LINE.NOTE, l.note())
          .set(EVALUATION_LINE.SCORE, s.score())
          .execute();
    }
  }

  public List<Satisfaction> surveys(Transaction tx, long evaluationId) {
    return tx.dsl()
        .selectFrom(SATISFACTION_SURVEY)
        .where(SATISFACTION_SURVEY.EVALUATION_ID.eq(evaluationId))
        .orderBy(SATISFACTION_SURVEY.RESPONDENTS)
        .fetch(
            r ->
                new Satisfaction(
                    Satisfaction.Respondents.valueOf(r.getRespondents()),
                    r.getMethod(),
                    r.getVerySatisfied(),
                    r.getSatisfied(),
                    r.getNeutral(),
                    r.getDissatisfied(),
                    r.getVeryDissatisfied(),
                    r.getInvalid()));
  }

  public void replaceSurveys(Transaction tx, long evaluationId, List<Satisfaction> surveys) {
    tx.dsl()
        .deleteFrom(SATISFACTION_SURVEY)
        .where(SATISFACTION_SURVEY.EVALUATION_ID.eq(evaluationId))
        .execute();
    for (Satisfaction s : surveys) {
      tx.dsl()
          .insertInto(SATISFACTION_SURVEY)
          .set(SATISFACTION_SURVEY.EVALUATION_ID, evaluationId)
          .set(SATISFACTION_SURVEY.RESPONDENTS, s.group().name())
          .set(SATISFACTION_SURVEY.METHOD, s.method())
          .set(SATISFACTION_SURVEY.VERY_SATISFIED, s.verySatisfied())
          .set(SATISFACTION_SURVEY.SATISFIED, s.satisfied())
          .set(SATISFACTION_SURVEY.NEUTRAL, s.neutral())
          .set(SATISFACTION_SURVEY.DISSATISFIED, s.dissatisfied())
          .set(SATISFACTION_SURVEY.VERY_DISSATISFIED, s.veryDissatisfied())
          .set(SATISFACTION_SURVEY.INVALID, s.invalid())
          .execute();
    }
  }

  public long insertRectification(
      Transaction tx, long evaluationId, String description, String owner, LocalDate dueOn) {
    return tx.dsl()
        .insertInto(RECTIFICATION_ITEM)
        .set(RECTIFICATION_ITEM.EVALUATION_ID, evaluationId)
        .set(RECTIFICATION_ITEM.DESCRIPTION, description)
        .set(RECTIFICATION_ITEM.OWNER, owner)
        .set(RECTIFICATION_ITEM.DUE_ON, dueOn)
        .set(RECTIFICATION_ITEM.STATE, "OPEN")
        .set(RECTIFICATION_ITEM.FOLLOW_UP, "")
        .set(RECTIFICATION_ITEM.VERSION, 0)
        .returning(RECTIFICATION_ITEM.ID)
        .fetchOne()
        .getId();
  }

  public List<Rectification> rectifications(Transaction tx) {
    return rectifications(tx, org.jooq.impl.DSL.trueCondition());
  }

  public List<Rectification> rectifications(Transaction tx, long evaluationId) {
    return rectifications(tx, RECTIFICATION_ITEM.EVALUATION_ID.eq(evaluationId));
  }

  private List<Rectification> rectifications(Transaction tx, Condition where) {
    return tx.dsl()
        .selectFrom(RECTIFICATION_ITEM)
        .where(where)
        .orderBy(RECTIFICATION_ITEM.ID)
        .fetch(
            r ->
                new Rectification(
                    r.getId(),
                    r.getEvaluationId(),
                    r.getDescription(),
                    r.getOwner(),
                    r.getDueOn(),
                    "DONE".equals(r.getState()),
                    r.getFollowUp(),
                    Optional.ofNullable(r.getClosedOn()),
                    r.getVersion()));
  }

  /** Records the follow-up of an item read at {@code version}; closes it when {@code closedOn}. */
  public boolean followUp(
      Transaction tx, long id, int version, String followUp, Optional<LocalDate> closedOn) {
    return tx.dsl()
            .update(RECTIFICATION_ITEM)
            .set(RECTIFICATION_ITEM.FOLLOW_UP, followUp)
            .set(RECTIFICATION_ITEM.STATE, closedOn.isPresent() ? "DONE" : "OPEN")
            .set(RECTIFICATION_ITEM.CLOSED_ON, closedOn.orElse(null))
            .set(RECTIFICATION_ITEM.VERSION, version + 1)
            .where(RECTIFICATION_ITEM.ID.eq(id))
            .and(RECTIFICATION_ITEM.VERSION.eq(version))
            .execute()
        == 1;
  }
}
