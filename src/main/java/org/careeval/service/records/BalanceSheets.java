package org.careeval.service.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.project.ServiceCategory;
import org.careeval.domain.records.AgeBand;
import org.careeval.domain.records.Balance;
import org.careeval.domain.records.Beneficiary;
import org.careeval.report.FormSheet;
import org.careeval.service.i18n.Messages;

/**
 * The balance as print-ready sheets (Chinese, the county's working language): 结构均衡 with one row per
 * part of each dimension — the figures behind each chart of the screen — and 村覆盖 with the villages
 * covered, reached, not reached and covered by no contract.
 */
final class BalanceSheets {

  private static final Messages CHINESE = Messages.of(Messages.CHINESE);

  private BalanceSheets() {}

  /** The figures behind each chart: dimension, part, children, times, share of the times (%). */
  static List<List<Object>> figures(ServiceRecordService.BalanceView view) {
    Balance b = view.balance();
    List<List<Object>> rows = new ArrayList<>();
    add(rows, "服务性质", b.nature(), k -> Balance.MATERIAL.equals(k) ? "物质帮扶" : "服务");
    add(rows, "服务目的", b.purpose(), (ServiceCategory.Purpose p) -> CHINESE.get(p.labelKey()));
    add(rows, "儿童类别", b.groups(), Beneficiary::chinese);
    add(rows, "年龄段", b.ages(), AgeBand::chinese);
    rows.add(row("合计", "全部", b.total()));
    return rows;
  }

  static List<FormSheet> of(ServiceRecordService.BalanceView view, String title, Period period) {
    Balance b = view.balance();
    List<List<Object>> rows = figures(view);
    FormSheet figures =
        new FormSheet(
            "结构均衡",
            List.of(
                List.of(title + " " + period.chinese() + " 服务结构均衡"),
                List.of("说明", "服务儿童数按行合计，同一儿童接受多项服务时重复计数；占比按服务人次计算。")),
            List.of("维度", "类别", "服务儿童数", "服务人次", "人次占比（%）"),
            rows,
            List.of("制表人：", "审核人："),
            List.of(14, 22, 14, 14, 16),
            false,
            Optional.empty());
    List<List<Object>> villages = new ArrayList<>();
    b.covered()
        .forEach(
            id ->
                villages.add(
                    List.of(
                        view.villages().get(id), "覆盖", b.reached().contains(id) ? "已服务" : "未服务")));
    view.uncovered().forEach(id -> villages.add(List.of(view.villages().get(id), "无合同覆盖", "")));
    FormSheet coverage =
        new FormSheet(
            "村覆盖",
            List.of(
                List.of(title + " " + period.chinese() + " 村覆盖情况"),
                List.of(
                    "合计",
                    "覆盖 "
                        + b.covered().size()
                        + " 个村，已服务 "
                        + b.reached().size()
                        + " 个，未服务 "
                        + b.notReached().size()
                        + " 个；无合同覆盖 "
                        + view.uncovered().size()
                        + " 个")),
            List.of("村（社区）", "合同覆盖", "本季度服务"),
            villages,
            List.of(),
            List.of(28, 16, 16),
            false,
            Optional.empty());
    return List.of(figures, coverage);
  }

  private static <K> void add(
      List<List<Object>> rows,
      String dimension,
      Map<K, Balance.Count> counts,
      Function<K, String> label) {
    counts.forEach((k, c) -> rows.add(row(dimension, label.apply(k), c)));
  }

  private static List<Object> row(String dimension, String part, Balance.Count c) {
    return List.of(dimension, part, c.children(), c.times(), c.share());
  }
}
