package org.careeval.service.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.monitor.Warning;
import org.careeval.domain.monitor.WarningRule;
import org.careeval.domain.records.SpotCheck;
import org.careeval.domain.user.Session;
import org.careeval.service.contract.ContractModule;
import org.careeval.service.records.WarningService;

/**
 * The demo's monitoring (issue 15): a warning scan in the last quarter of the contract, when its
 * reports had not moved for weeks (黄), output trailed the elapsed term (橙) and the quarter before
 * was imbalanced (蓝); the stale-reports warning handled through feedback, review and closing, like
 * one imbalance warning; then, today, a spot check with one mismatch and a scan after the second
 * installment was paid ahead of delivery (红) — so warnings of every level, open and closed.
 */
final class DemoMonitoring {

  private final Function<LocalDate, ContractModule> on;

  DemoMonitoring(Function<LocalDate, ContractModule> on) {
    this.on = on;
  }

  /** The scan of a past day, and the handling that followed. */
  void lastQuarter(Session officer, Session supervisor, List<Period> periods) {
    LocalDate day = periods.get(3).end().minusDays(29);
    on.apply(day).warnings().scan(supervisor);
    handle(
        officer,
        supervisor,
        day.plusDays(2),
        WarningRule.NO_UPDATE,
        "已督促承接组织补报二季度退回的报告",
        "承接组织承诺十日内补报",
        "已补交材料，列入下季度检查");
    handle(
        officer,
        supervisor,
        day.plusDays(5),
        WarningRule.IMBALANCE,
        "偏远村交通不便，已调整走访安排",
        "同意调整，下季度覆盖三合村、板桥村",
        "已列入整改计划");
  }

  /** Today's spot check (one item partly as recorded) and scan. */
  void today(Session officer, Session supervisor, long contractId, LocalDate today) {
    ContractModule now = on.apply(today);
    SpotCheck check =
        now.spotChecks()
            .draw(officer, contractId, SpotCheck.Kind.RECORDS, SpotCheck.DEFAULT_RATE, 20261201L)
            .check();
    for (SpotCheck.Item item : check.items()) {
      boolean mismatch = item.seq() == 2;
      now.spotChecks()
          .recordFinding(
              officer,
              check.id(),
              item.seq(),
              mismatch ? SpotCheck.Finding.PARTLY : SpotCheck.Finding.CONFIRMED,
              mismatch ? "签到表人数少于记录人数，差 3 人" : "",
              Optional.empty());
    }
    now.warnings().scan(supervisor);
  }

  private void handle(
      Session officer,
      Session supervisor,
      LocalDate day,
      WarningRule rule,
      String feedback,
      String review,
      String reason) {
    WarningService warnings = on.apply(day).warnings();
    Warning w =
        warnings.list(officer, true).stream()
            .map(WarningService.Listed::warning)
            .filter(x -> x.rule() == rule)
            .findFirst()
            .orElseThrow();
    Warning fed = warnings.feedback(officer, w.id(), w.version(), feedback);
    Warning reviewed =
        on.apply(day.plusDays(1)).warnings().review(supervisor, w.id(), fed.version(), review);
    on.apply(day.plusDays(1)).warnings().close(supervisor, w.id(), reviewed.version(), reason);
  }
}
