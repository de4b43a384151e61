package org.careeval.service.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.delivery.QualitativeBand;
import org.careeval.domain.performance.Evaluation;
import org.careeval.domain.performance.EvaluationKind;
import org.careeval.domain.performance.EvaluatorKind;
import org.careeval.domain.performance.IndicatorLine;
import org.careeval.domain.performance.IndicatorScoring;
import org.careeval.domain.performance.PlannedEvaluation;
import org.careeval.domain.performance.Rectification;
import org.careeval.domain.performance.Satisfaction;
import org.careeval.domain.user.Session;
import org.careeval.service.contract.ContractModule;
import org.careeval.service.performance.PerformanceService;

/**
 * The demo's evaluations (issue 16): the department's quarterly monitoring of each quarter — the
 * first three signed, the last waiting for its late report; the organization's mid-term
 * self-evaluation (良 or better); and the third party's final evaluation a month before the end,
 * with surveys and two rectification items (one closed) — graded 中, which holds back the last
 * installment (末期 ≥ 良).
 */
final class DemoPerformance {

  private static final String DEPARTMENT = "县民政局儿童福利股";
  private final Function<LocalDate, ContractModule> on;

  DemoPerformance(Function<LocalDate, ContractModule> on) {
    this.on = on;
  }

  void add(Session officer, Session supervisor, long contractId, List<Period> periods) {
    for (int q = 0; q < periods.size(); q++) {
      Period p = periods.get(q);
      LocalDate due = p.end().plusDays(15);
      PerformanceService.Detail d =
          on.apply(due)
              .performance()
              .start(
                  officer,
                  contractId,
                  EvaluationKind.QUARTERLY,
                  p.code(),
                  EvaluatorKind.DEPARTMENT,
                  DEPARTMENT,
                  "张科长、李干事");
      if (q < periods.size() - 1) {
        // the returned quarter is scored from the returned report and a site visit
        PerformanceService.Detail scored =
            save(on.apply(due), officer, d, complete(d, "依据退回报告和现场核查"), "季度监控：进度基本符合序时要求。");
        on.apply(due.plusDays(5))
            .performance()
            .signOff(supervisor, d.evaluation().id(), scored.evaluation().version());
      }
    }
    midTerm(officer, supervisor, contractId, periods);
    finalEvaluation(officer, supervisor, contractId, periods);
  }

  private void midTerm(Session officer, Session supervisor, long contractId, List<Period> periods) {
    LocalDate due =
        PlannedEvaluation.of(periods.get(0).start(), periods.get(periods.size() - 1).end()).stream()
            .filter(p -> p.kind() == EvaluationKind.MID_TERM)
            .findFirst()
            .orElseThrow()
            .dueOn();
    ContractModule then = on.apply(due);
    PerformanceService.Detail d =
        then.performance()
            .start(
                officer,
                contractId,
                EvaluationKind.MID_TERM,
                PlannedEvaluation.MID_TERM_STAGE,
                EvaluatorKind.SELF,
                "青龙乡社会工作服务站",
                "项目主管、两名社工");
    PerformanceService.Detail scored =
        save(then, officer, d, complete(d, ""), "前两季度按计划完成建档和走访；个案服务规范。");
    on.apply(due.plusDays(7))
        .performance()
        .signOff(supervisor, d.evaluation().id(), scored.evaluation().version());
  }

  private void finalEvaluation(
      Session officer, Session supervisor, long contractId, List<Period> periods) {
    LocalDate due = periods.get(periods.size() - 1).end().minusMonths(1);
    ContractModule then = on.apply(due);
    PerformanceService.Detail d =
        then.performance()
            .start(
                officer,
                contractId,
                EvaluationKind.FINAL,
                PlannedEvaluation.FINAL_STAGE,
                EvaluatorKind.THIRD_PARTY,
                "县社会工作协会",
                "王评估师、赵督导、刘会计");
    PerformanceService.Detail surveyed =
        then.performance()
            .saveSurveys(
                officer,
                d.evaluation().id(),
                d.evaluation().version(),
                List.of(
                    new Satisfaction(
                        Satisfaction.Respondents.CHILDREN, "各村按名册随机抽取", 18, 16, 4, 2, 0, 1),
                    new Satisfaction(
                        Satisfaction.Respondents.GUARDIANS, "入户随机抽样", 15, 19, 5, 1, 0, 0),
                    new Satisfaction(
                        Satisfaction.Respondents.CHILD_DIRECTORS, "全部村儿童主任", 5, 5, 2, 0, 0, 0),
                    new Satisfaction(Satisfaction.Respondents.SCHOOL, "乡中心校", 1, 1, 0, 0, 0, 0)));
    PerformanceService.Detail scored =
        save(
            then,
            officer,
            surveyed,
            complete(surveyed, "三季度报告未交，按已验收数据评价"),
            "产出完成约为全年目标的一半：二季度报告被退回，三季度报告逾期；两个偏远村覆盖不足；服务对象总体满意。");
    Rectification visits =
        then.performance()
            .addRectification(
                officer,
                d.evaluation().id(),
                "三合村、板桥村入户走访不足，补足走访并建立台账",
                "青龙乡社会工作服务站项目主管",
                due.plusMonths(2));
    Rectification records =
        then.performance()
            .addRectification(
                officer,
                d.evaluation().id(),
                "个案记录缺少监护人确认签字，补签并完善档案",
                "青龙乡社会工作服务站",
                due.plusDays(30));
    ContractModule later = on.apply(due.plusDays(25));
    Rectification followed =
        later
            .performance()
            .followUp(officer, records.id(), records.version(), "已补签 42 份个案记录", false);
    later
        .performance()
        .followUp(supervisor, followed.id(), followed.version(), "抽查 10 份，签字齐全", true);
    later
        .performance()
        .followUp(officer, visits.id(), visits.version(), "已走访三合村 6 户，板桥村尚未安排", false);
    on.apply(due.plusDays(10))
        .performance()
        .signOff(supervisor, d.evaluation().id(), scored.evaluation().version());
  }

  private static PerformanceService.Detail save(
      ContractModule then,
      Session officer,
      PerformanceService.Detail d,
      List<IndicatorLine> lines,
      String findings) {
    Evaluation e = d.evaluation();
    return then.performance()
        .save(
            officer,
            e.id(),
            e.version(),
            e.evaluator(),
            e.evaluatorName(),
            e.team(),
            lines,
            findings);
  }

  /**
   * The evaluator's entries: an actual missing from the accepted reports at 85 % of its target,
   * with the given note; an actual far over its target explained; qualitative scores inside their
   * band (达成 85 %, 部分达成 70 %, 未达成 50 % of the weight).
   */
  private static List<IndicatorLine> complete(PerformanceService.Detail d, String missingNote) {
    List<IndicatorLine> lines = new ArrayList<>();
    for (IndicatorScoring.Scored s : d.lines()) {
      IndicatorLine l = s.line();
      if (l.kind().quantitative()) {
        BigDecimal target = l.target().orElse(BigDecimal.ONE);
        BigDecimal actual =
            l.actual()
                .orElse(target.multiply(new BigDecimal("0.85")).setScale(0, RoundingMode.HALF_UP));
        String note =
            l.actual().isEmpty()
                ? missingNote
                : actual.compareTo(target.multiply(new BigDecimal("1.3"))) >= 0
                    ? "暑期防溺水专项，乡中心校邀请加开场次。"
                    : "";
        lines.add(
            line(
                l,
                l.target().or(() -> Optional.of(target)),
                Optional.of(actual),
                l.band(),
                Optional.empty(),
                note));
      } else {
        QualitativeBand band = l.band().orElse(QualitativeBand.PARTLY);
        String share =
            switch (band) {
              case ACHIEVED -> "0.85";
              case PARTLY -> "0.7";
              case NOT_ACHIEVED -> "0.5";
            };
        BigDecimal given =
            l.weight().multiply(new BigDecimal(share)).setScale(2, RoundingMode.HALF_UP);
        lines.add(
            line(l, Optional.empty(), Optional.empty(), Optional.of(band), Optional.of(given), ""));
      }
    }
    return lines;
  }

  private static IndicatorLine line(
      IndicatorLine l,
      Optional<BigDecimal> target,
      Optional<BigDecimal> actual,
      Optional<QualitativeBand> band,
      Optional<BigDecimal> given,
      String note) {
    return new IndicatorLine(
        l.seq(),
        l.level1(),
        l.level2(),
        l.level3(),
        l.kind(),
        l.unit(),
        l.weight(),
        target,
        actual,
        band,
        given,
        note);
  }
}
