package org.careeval.service.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.contract.ContractSigning;
import org.careeval.domain.contract.Grade;
import org.careeval.domain.contract.Installment;
import org.careeval.domain.delivery.AcceptanceStage;
import org.careeval.domain.delivery.ContractIndicator;
import org.careeval.domain.delivery.Indicator;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.delivery.QualitativeBand;
import org.careeval.domain.delivery.RecipientGroup;
import org.careeval.domain.delivery.ReportValue;
import org.careeval.domain.project.Project;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Session;
import org.careeval.service.Foundation;
import org.careeval.service.contract.ContractModule;
import org.careeval.service.contract.ContractService;
import org.careeval.service.contract.IndicatorTemplates;

/**
 * The demo's year of delivery (issue 14): the project contracted on paper gets its contract entered
 * and signed (the four quarters before the current one), a plan from the county template, an
 * acceptance plan with the mid-term stage passed, and its quarterly reports — two accepted, one
 * returned, the last not in (late once its deadline has passed). The first two installments are
 * paid (the second, released on the mid-term stage, ahead of delivery), the last blocked until the
 * final evaluation. The service records of the three quarters reported show the imbalance step 10
 * is about (DemoRecords). Each step runs on a clock set to the day it happened, so the reports were
 * submitted on time.
 */
final class DemoDelivery {

  private static final BigDecimal AMOUNT = new BigDecimal("300000");
  private static final int CHILDREN_COVERED = 260;

  private final Foundation foundation;
  private final LocalDate today;
  private final Period first;

  DemoDelivery(Foundation foundation, LocalDate today) {
    this.foundation = foundation;
    this.today = today;
    this.first = Period.of(term(today)[0]);
  }

  /** The demo contract's term: the four quarters before the current one. */
  static LocalDate[] term(LocalDate today) {
    Period p = Period.of(today);
    for (int i = 0; i < 4; i++) {
      p = p.previous();
    }
    return new LocalDate[] {p.start(), p.start().plusMonths(12).minusDays(1)};
  }

  void add(Session officer, Session supervisor, Project project) {
    LocalDate start = first.start();
    ContractService contracts = on(today).contracts();
    long id =
        contracts
            .enter(officer, project.id(), project.awardedOrganizationId().orElseThrow(), AMOUNT)
            .contract()
            .id();
    int version = contracts.get(officer, id).contract().version();
    contracts.sign(
        officer,
        id,
        version,
        new ContractSigning(
            "QL-" + start.getYear() + "-007",
            start.minusDays(6),
            start,
            start.plusMonths(12).minusDays(1),
            "",
            "青龙乡农村留守儿童亲情关爱服务：建档、入户走访、个案辅导、亲情联络、监护人培训、安全教育和社区活动。",
            project.placeIds(),
            List.of(
                Installment.onDate(1, new BigDecimal("90000"), start),
                Installment.onStage(2, new BigDecimal("120000"), "中期验收"),
                Installment.onGrade(3, new BigDecimal("90000"), "末期", Grade.GOOD))));
    List<Period> periods = Period.covering(start, start.plusMonths(12).minusDays(1));
    on(today).delivery().savePlan(officer, id, plan(periods), Optional.of(CHILDREN_COVERED));
    acceptance(officer, id, periods);
    reports(officer, id, periods);
    DemoMonitoring monitoring = new DemoMonitoring(this::on);
    monitoring.lastQuarter(officer, supervisor, periods);
    // both installments due are paid — the first at the start, the second once the mid-term
    // stage was accepted, ahead of what was delivered by the end
    on(periods.get(0).start().plusDays(5)).contracts().release(supervisor, id, 1);
    on(periods.get(2).start().plusDays(20)).contracts().release(supervisor, id, 2);
    monitoring.today(officer, supervisor, id, today);
    new DemoPerformance(this::on).add(officer, supervisor, id, periods);
  }

  private void acceptance(Session officer, long id, List<Period> periods) {
    LocalDate mid = periods.get(2).start().plusDays(14);
    on(today)
        .acceptance()
        .savePlan(
            officer,
            id,
            List.of(stage(1, "中期验收", mid), stage(2, "末期验收", periods.get(3).end().plusDays(20))));
    Map<RecipientGroup, Integer> took = new EnumMap<>(RecipientGroup.class);
    took.put(RecipientGroup.CHILDREN, 12);
    took.put(RecipientGroup.GUARDIANS, 8);
    took.put(RecipientGroup.CHILD_DIRECTOR, 3);
    took.put(RecipientGroup.SCHOOL, 1);
    on(mid)
        .acceptance()
        .record(
            officer,
            id,
            1,
            new AcceptanceStage.Record(
                mid,
                true,
                "前两季度服务量达到合同进度，个案记录规范；儿童和监护人座谈反映亲情联络频次明显提高。建议加强偏远村入户走访。",
                took,
                officer.username()));
  }

  private static AcceptanceStage stage(int seq, String name, LocalDate on) {
    return new AcceptanceStage(
        seq,
        name,
        on,
        "县民政局会同乡镇儿童督导员、村儿童主任",
        "查阅服务档案和佐证材料、入户抽访、服务对象座谈（儿童、监护人、村儿童主任）",
        "合同约定的服务内容和绩效指标目标值；服务对象满意度不低于85%",
        Optional.empty());
  }

  private void reports(Session officer, long id, List<Period> periods) {
    // the last quarter's records are in, its report is not (late)
    Period last = periods.get(3);
    ContractModule recorded = on(last.end().plusDays(3));
    recorded
        .records()
        .save(officer, id, last, DemoRecords.of(recorded.records().choices(officer, id), id, last));
    for (int q = 0; q < 3; q++) {
      Period p = periods.get(q);
      LocalDate submitted = p.end().plusDays(6 + q);
      ContractModule then = on(submitted);
      then.records()
          .save(officer, id, p, DemoRecords.of(then.records().choices(officer, id), id, p));
      then.delivery().saveReport(officer, id, p, -1, narrative(q), values(q));
      evidence(then, officer, id, p);
      then.delivery().submit(officer, id, p);
      ContractModule decided = on(submitted.plusDays(4));
      int version = decided.delivery().reports(officer, id).get(q).version();
      if (q < 2) {
        decided.delivery().accept(officer, id, p, version);
      } else {
        decided
            .delivery()
            .giveBack(officer, id, p, version, "个案记录缺少监护人确认签字，入户走访照片与签到表日期不一致，请补充后重新报送。");
      }
    }
  }

  private static String narrative(int quarter) {
    return switch (quarter) {
      case 0 -> "完成青龙乡12个村留守儿童建档，开展首轮入户走访，建立亲情联络台账。";
      case 1 -> "个案服务稳步推进；暑期开展防溺水安全教育和亲子视频联络活动，参与人数超过预期。";
      default -> "开展监护人培训和社区活动；两个偏远村入户走访不足，下季度重点补足。";
    };
  }

  /** Quarter 2 (index 1) has group sessions well above target, with the note that explains it. */
  private static List<ReportValue> values(int quarter) {
    List<ReportValue> values = new ArrayList<>();
    for (Indicator i : IndicatorTemplates.defaults()) {
      if (i.kind().quantitative()) {
        BigDecimal target = target(i, quarter);
        BigDecimal actual =
            quarter == 1 && i.level3().equals("安全教育")
                ? target.multiply(new BigDecimal("1.5")).setScale(0, java.math.RoundingMode.HALF_UP)
                : target
                    .multiply(new BigDecimal(quarter == 2 ? "0.85" : "0.95"))
                    .setScale(0, java.math.RoundingMode.HALF_UP);
        String note = quarter == 1 && i.level3().equals("安全教育") ? "暑期防溺水专项，乡中心校邀请加开三场。" : "";
        values.add(new ReportValue(i.seq(), Optional.of(actual), Optional.empty(), note));
      } else {
        values.add(
            new ReportValue(
                i.seq(),
                Optional.empty(),
                Optional.of(quarter == 2 ? QualitativeBand.PARTLY : QualitativeBand.ACHIEVED),
                ""));
      }
    }
    return values;
  }

  private static List<ContractIndicator> plan(List<Period> periods) {
    List<ContractIndicator> plan = new ArrayList<>();
    for (Indicator i : IndicatorTemplates.defaults()) {
      Map<Period, BigDecimal> targets = new HashMap<>();
      if (i.kind().quantitative()) {
        for (int q = 0; q < periods.size(); q++) {
          targets.put(periods.get(q), target(i, q));
        }
      }
      plan.add(
          new ContractIndicator(
              i,
              i.kind().quantitative() ? Optional.of(BigDecimal.ZERO) : Optional.empty(),
              targets));
    }
    return plan;
  }

  /** A quarter's target: percentages stay, counts grow a little each quarter. */
  private static BigDecimal target(Indicator i, int quarter) {
    return switch (i.unit()) {
      case "%" -> new BigDecimal("90");
      case "件" -> BigDecimal.ONE;
      default ->
          BigDecimal.valueOf(
              i.level3().equals("建档儿童数") || i.level3().equals("服务儿童数")
                  ? 200
                  : 6 + 2L * quarter + i.seq() % 5);
    };
  }

  private void evidence(ContractModule then, Session officer, long id, Period p) {
    try {
      Path dir = Files.createTempDirectory("careeval-demo-evidence");
      try {
        for (String[] file :
            new String[][] {
              {p.code() + "-入户走访签到表.csv", "日期,村,走访户数,走访人\n" + p.start() + ",青龙村,8,社工甲\n"},
              {p.code() + "-小组活动记录.txt", p.chinese() + " 小组活动记录：参加儿童人数、活动内容与成效（不含儿童个人信息）。"}
            }) {
          Path f = dir.resolve(file[0]);
          Files.writeString(f, file[1]);
          then.delivery().addEvidence(officer, id, p, f);
          Files.delete(f);
        }
      } finally {
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The contract services on a clock set to {@code day} (10:00 in the county). */
  private ContractModule on(LocalDate day) {
    ZoneId zone = foundation.clock().zone();
    CountyClock clock =
        new CountyClock(Clock.fixed(day.atTime(10, 0).atZone(zone).toInstant(), zone), zone);
    return ContractModule.create(
        new Foundation(foundation.database(), foundation.sessions(), foundation.audit(), clock));
  }
}
