package org.careeval.service.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.rubric.RubricSettings;
import org.careeval.domain.scoring.Bid;
import org.careeval.domain.scoring.OpenedBid;
import org.careeval.domain.scoring.PanelMember;
import org.careeval.domain.scoring.RankedBid;
import org.careeval.domain.scoring.Ranking;
import org.careeval.report.FormSheet;
import org.careeval.service.i18n.Messages;

/**
 * The outputs of a scored evaluation, print-ready (issue 12): the scoring summary (评分汇总表: one row
 * per bid, one column per member × criterion, then each criterion combined, the price score, the
 * total, the rank and flags), the committee's summary (评审汇总表) with a signature line per member, and
 * each member's own score sheet to sign. Written in Chinese, whatever the window language, like
 * every workbook a supervisor files.
 */
final class ScoringSummary {

  static final String SUMMARY = "评分汇总表";
  static final String COMMITTEE = "评审汇总表";
  private static final Messages CHINESE = Messages.of(Messages.CHINESE);
  private static final int SHOWN_DECIMALS = 2;

  private ScoringSummary() {}

  /**
   * @param hash the short form of the finalized result's SHA-256, printed on the summaries once the
   *     supervisor has finalized it
   */
  static List<FormSheet> sheets(StoredEvaluation e, Ranking.Result result, Optional<String> hash) {
    List<FormSheet> sheets = new ArrayList<>();
    sheets.add(summary(e, result, hash));
    sheets.add(committee(e, result, hash));
    Map<Long, Map<Long, Map<String, BigDecimal>>> points = e.points();
    for (PanelMember m : e.panel()) {
      FormSheet own = MemberSheet.sheets(e, m, points.getOrDefault(m.id(), Map.of()), false).get(0);
      sheets.add(
          new FormSheet(
              sheetName(m),
              own.top(),
              own.headers(),
              own.rows(),
              List.of(CHINESE.get("memberSheet.signature")),
              own.columnWidths(),
              own.landscape(),
              own.protection()));
    }
    return sheets;
  }

  /** 评委-<name>, without the characters Excel refuses in a sheet name, at most 31 long. */
  private static String sheetName(PanelMember m) {
    String name = ("评委-" + m.name()).replaceAll("[\\[\\]:*?/\\\\]", "_");
    return name.length() > 31 ? name.substring(0, 31) : name;
  }

  private static List<List<String>> top(
      StoredEvaluation e, Ranking.Result result, String title, Optional<String> hash) {
    RubricSettings s = e.rubric().rubric().settings();
    List<List<String>> top = new ArrayList<>();
    top.add(List.of(title));
    top.add(List.of("项目名称", e.project().name()));
    top.add(List.of("采购方式", s.method().label()));
    top.add(List.of("评标基准价", result.basePrice().map(b -> two(b).toPlainString()).orElse("—")));
    top.add(List.of("汇总规则", s.aggregation().label() + "；总分保留 " + s.decimals() + " 位小数"));
    hash.ifPresent(h -> top.add(List.of("结果校验码", "SHA-256 " + h + "（已锁定）")));
    return top;
  }

  private static FormSheet summary(
      StoredEvaluation e, Ranking.Result result, Optional<String> hash) {
    List<Criterion> criteria = e.rubric().rubric().criteria();
    List<String> headers = new ArrayList<>(List.of("名次", "投标人名称", "统一社会信用代码", "评审价"));
    for (PanelMember m : e.panel()) {
      criteria.forEach(c -> headers.add(m.name() + "\n" + c.code()));
    }
    criteria.forEach(c -> headers.add(c.code() + "\n汇总"));
    headers.addAll(List.of("价格分", "总分", "并列", "提示"));
    Map<Long, Map<Long, Map<String, BigDecimal>>> points = e.points();
    List<List<Object>> rows = new ArrayList<>();
    for (RankedBid r : result.ranked()) {
      long bidId = idOf(e, r.bid());
      List<Object> row =
          new ArrayList<>(
              List.of(r.rank(), r.bid().organization(), r.bid().uscc(), two(r.evaluatedPrice())));
      for (PanelMember m : e.panel()) {
        Map<String, BigDecimal> given =
            points.getOrDefault(m.id(), Map.of()).getOrDefault(bidId, Map.of());
        criteria.forEach(c -> row.add(given.get(c.code())));
      }
      criteria.forEach(c -> row.add(two(r.criterionScores().get(c.code()))));
      row.addAll(List.of(two(r.priceScore()), r.total(), r.tie() ? "并列" : "", flags(r)));
      rows.add(row);
    }
    excluded(result, rows, headers.size());
    List<Integer> widths = new ArrayList<>(List.of(6, 26, 21, 13));
    for (int i = 4; i < headers.size() - 4; i++) {
      widths.add(9);
    }
    widths.addAll(List.of(9, 9, 6, 20));
    return new FormSheet(
        SUMMARY,
        top(e, result, SUMMARY, hash),
        headers,
        rows,
        signatures(e),
        widths,
        true,
        Optional.empty());
  }

  private static FormSheet committee(
      StoredEvaluation e, Ranking.Result result, Optional<String> hash) {
    List<String> headers =
        List.of("名次", "投标人名称", "统一社会信用代码", "投标报价", "评审价", "价格分", "其他得分", "总分", "并列", "提示");
    List<List<Object>> rows = new ArrayList<>();
    for (RankedBid r : result.ranked()) {
      rows.add(
          List.of(
              r.rank(),
              r.bid().organization(),
              r.bid().uscc(),
              r.bid().quotedPrice(),
              two(r.evaluatedPrice()),
              two(r.priceScore()),
              two(r.nonPriceScore()),
              r.total(),
              r.tie() ? "并列" : "",
              flags(r)));
    }
    excluded(result, rows, headers.size());
    return new FormSheet(
        COMMITTEE,
        top(e, result, COMMITTEE, hash),
        headers,
        rows,
        signatures(e),
        List.of(6, 28, 21, 13, 13, 9, 9, 9, 6, 24),
        true,
        Optional.empty());
  }

  /** Bids not scored: a dash for the rank, the quoted price, and the reason in the last column. */
  private static void excluded(Ranking.Result result, List<List<Object>> rows, int width) {
    for (Bid b : result.excluded()) {
      List<Object> row = new ArrayList<>(List.of("-", b.organization(), b.uscc(), b.quotedPrice()));
      while (row.size() < width - 1) {
        row.add("");
      }
      row.add("未参加评分：" + b.failReason());
      rows.add(row);
    }
  }

  private static List<String> signatures(StoredEvaluation e) {
    List<String> lines = new ArrayList<>();
    lines.add("评审委员会成员签字：");
    for (PanelMember m : e.panel()) {
      String seat = CHINESE.get(m.role().labelKey()) + (m.leader() ? "（组长）" : "");
      lines.add(m.name() + "　" + seat + "　签字：＿＿＿＿＿＿＿＿＿＿　日期：＿＿＿＿＿＿");
    }
    return lines;
  }

  private static String flags(RankedBid r) {
    return r.flags().stream().map(f -> CHINESE.get(f.labelKey())).collect(Collectors.joining("；"));
  }

  private static long idOf(StoredEvaluation e, Bid bid) {
    return e.bids().stream()
        .filter(b -> b.bid().uscc().equals(bid.uscc()))
        .map(OpenedBid::id)
        .findFirst()
        .orElseThrow();
  }

  private static BigDecimal two(BigDecimal value) {
    return value.setScale(SHOWN_DECIMALS, RoundingMode.HALF_UP);
  }
}
