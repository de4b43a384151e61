import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careeval.app.AppContext;
import org.careeval.domain.procurement.ProcurementMethod;
import org.careeval.domain.project.Project;
import org.careeval.domain.rubric.Aggregation;
import org.careeval.domain.rubric.Band;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.rubric.CriterionKind;
import org.careeval.domain.rubric.Rubric;
import org.careeval.domain.rubric.RubricSettings;
import org.careeval.domain.scoring.Bid;
import org.careeval.domain.scoring.BidOffer;
import org.careeval.domain.scoring.MemberDraft;
import org.careeval.domain.scoring.PanelRole;
import org.careeval.domain.scoring.Ranking;
import org.careeval.domain.system.DataDirectory;
import org.careeval.domain.user.Session;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;

/**
 * Step 7's speed goals on 60 bids × 9 members × 30 criteria (issue 12), each beside a baseline
 * measured in the same JVM:
 *   recompute_ms   — the ranking after one changed score (domain Ranking, in memory)
 *                    vs the same means and totals with doubles in plain loops; goal ≤ 50 ms
 *   rank_stored_ms — EvaluationService.rank: read the stored evaluation and rank it (no goal; shown)
 *   summary_ms     — the scoring summary workbook (评分汇总表, 评审汇总表, 9 member sheets)
 *                    vs plain XSSF writing the same cells; goal ≤ 1 s
 *   sheets_ms      — importing the 9 filled member sheets (all checks, one transaction)
 *                    vs opening the 9 files with XSSF and reading every cell; goal ≤ 2 s
 * Prints: name ours baseline (ms, medians).
 */
public final class ScoringBench {

  static final int BIDS = 60;
  static final int MEMBERS = 9;
  static final int CRITERIA = 30;

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    List<Criterion> criteria = criteria();
    recompute(criteria);
    try (AppContext context = AppContext.open(new DataDirectory(work.resolve("data")), Optional.empty())) {
      context.demo().load(Messages.of(Messages.CHINESE));
      Session officer =
          context.authentication().signIn("officer", DemoCountyService.PASSWORD.toCharArray()).session();
      long id = project(context, officer, criteria);
      List<Path> sheets = context.scoring().exportSheets(officer, id, Files.createDirectories(work.resolve("sheets")));
      fill(sheets, criteria);
      long base = time(() -> readAll(sheets));
      long t0 = System.nanoTime();
      var imported = context.scoring().importSheets(officer, id, sheets);
      long ours = (System.nanoTime() - t0) / 1_000_000;
      if (!imported.accepted()) {
        throw new IllegalStateException("refused: " + imported.problems());
      }
      System.out.printf("sheets_ms %d %d%n", ours, base);
      Path summary = work.resolve("summary.xlsx");
      List<Long> oursSummary = new ArrayList<>();
      List<Long> plain = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        oursSummary.add(time(() -> context.evaluations().exportSummary(officer, id, summary)));
        plain.add(time(() -> plainSummary(work.resolve("plain.xlsx"))));
      }
      System.out.printf("summary_ms %d %d%n", median(oursSummary.subList(1, 6)), median(plain.subList(1, 6)));
      List<Long> stored = new ArrayList<>();
      for (int i = 0; i < 11; i++) {
        stored.add(time(() -> context.evaluations().rank(officer, id)));
      }
      System.out.printf("rank_stored_ms %d 0%n", median(stored.subList(1, 11)));
    }
  }

  static List<Criterion> criteria() {
    List<Criterion> criteria = new ArrayList<>();
    for (int c = 0; c < CRITERIA; c++) {
      boolean objective = c >= 20;
      BigDecimal max = new BigDecimal("3");
      criteria.add(
          new Criterion(
              "A" + (c + 1),
              objective ? "资质" : "服务方案",
              "评审内容 " + (c + 1),
              max,
              objective ? CriterionKind.OBJECTIVE : CriterionKind.SUBJECTIVE,
              objective ? List.of() : List.of(new Band("评分", BigDecimal.ZERO, max, "按方案质量"))));
    }
    return criteria;
  }

  static BigDecimal score(int bid, int member, int criterion) {
    if (criterion >= 20) {
      return BigDecimal.valueOf((bid + criterion) % 4);
    }
    return BigDecimal.valueOf(((bid * 7 + member * 3 + criterion) % 13) * 25, 2).min(new BigDecimal("3"));
  }

  private static void recompute(List<Criterion> criteria) {
    RubricSettings settings =
        RubricSettings.defaults(ProcurementMethod.OPEN_TENDER)
            .withWorkbookValues(ProcurementMethod.OPEN_TENDER, new BigDecimal("10"), Aggregation.DROP_HIGHEST_AND_LOWEST, 2, BigDecimal.ZERO, "");
    List<Bid> bids = new ArrayList<>();
    Map<Integer, List<Map<String, BigDecimal>>> scores = new HashMap<>();
    double[][][] plain = new double[BIDS][MEMBERS][CRITERIA];
    for (int b = 0; b < BIDS; b++) {
      bids.add(new Bid("投标人" + b, RosterFile.uscc(b), BigDecimal.valueOf(400_000 + b * 1_000), Optional.empty(), false, true, ""));
      List<Map<String, BigDecimal>> members = new ArrayList<>();
      for (int m = 0; m < MEMBERS; m++) {
        Map<String, BigDecimal> given = new HashMap<>();
        for (int c = 0; c < CRITERIA; c++) {
          given.put(criteria.get(c).code(), score(b, m, c));
          plain[b][m][c] = score(b, m, c).doubleValue();
        }
        members.add(given);
      }
      scores.put(b, members);
    }
    Ranking ranking = new Ranking(settings, criteria);
    List<Long> ours = new ArrayList<>();
    List<Long> base = new ArrayList<>();
    Random random = new Random(7);
    for (int i = 0; i < 40; i++) {
      int b = random.nextInt(BIDS);
      int m = random.nextInt(MEMBERS);
      int c = random.nextInt(20);
      BigDecimal changed = BigDecimal.valueOf(random.nextInt(13) * 25, 2).min(new BigDecimal("3"));
      scores.get(b).get(m).put(criteria.get(c).code(), changed);
      plain[b][m][c] = changed.doubleValue();
      long t0 = System.nanoTime();
      ranking.rank(bids, scores);
      long t1 = System.nanoTime();
      plainRank(plain);
      long t2 = System.nanoTime();
      if (i >= 10) {
        ours.add((t1 - t0) / 1_000);
        base.add((t2 - t1) / 1_000);
      }
    }
    System.out.printf("recompute_ms %.2f %.2f%n", median(ours) / 1000.0, median(base) / 1000.0);
  }

  /** Means without the highest and lowest, totals, a sort — with doubles. */
  private static double[] plainRank(double[][][] s) {
    double[] totals = new double[BIDS];
    for (int b = 0; b < BIDS; b++) {
      for (int c = 0; c < CRITERIA; c++) {
        double sum = 0;
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (int m = 0; m < MEMBERS; m++) {
          sum += s[b][m][c];
          lo = Math.min(lo, s[b][m][c]);
          hi = Math.max(hi, s[b][m][c]);
        }
        totals[b] += (sum - lo - hi) / (MEMBERS - 2);
      }
      totals[b] += 400_000.0 / (400_000 + b * 1_000) * 10;
    }
    double[] sorted = totals.clone();
    java.util.Arrays.sort(sorted);
    return sorted;
  }

  /** The demo's published 磋商 with a 30-criterion rubric, 60 bids and a panel of 9 on paper. */
  private static long project(AppContext context, Session officer, List<Criterion> criteria) {
    Project p =
        context.projects().list(officer).stream()
            .filter(x -> x.method() == ProcurementMethod.COMPETITIVE_CONSULTATION && x.status().name().equals("PUBLISHED"))
            .findFirst()
            .orElseThrow();
    RubricSettings settings =
        RubricSettings.defaults(ProcurementMethod.COMPETITIVE_CONSULTATION)
            .withWorkbookValues(ProcurementMethod.COMPETITIVE_CONSULTATION, new BigDecimal("10"), Aggregation.DROP_HIGHEST_AND_LOWEST, 2, BigDecimal.ZERO, "");
    List<Criterion> scaled = new ArrayList<>(criteria);
    context.rubrics().save(officer, p.id(), new Rubric(settings, List.of(), List.of(), scaled), "");
    for (int b = 0; b < BIDS; b++) {
      String price = Integer.toString(240_000 + b * 100);
      context.bids().addBid(officer, p.id(), new BidOffer(Optional.empty(), "基准投标人" + b, RosterFile.uscc(b), price, price, false));
    }
    for (int m = 0; m < MEMBERS; m++) {
      context.bids().addMember(officer, p.id(), new MemberDraft("评委" + (m + 1), PanelRole.EXPERT, m == 0, Optional.empty()));
    }
    return p.id();
  }

  private static void fill(List<Path> sheets, List<Criterion> criteria) throws Exception {
    for (int m = 0; m < sheets.size(); m++) {
      Path file = sheets.get(m);
      try (InputStream in = Files.newInputStream(file);
          XSSFWorkbook workbook = new XSSFWorkbook(in)) {
        Sheet sheet = workbook.getSheet("评分表");
        for (int b = 0; b < BIDS; b++) {
          Row row = sheet.getRow(8 + b);
          for (int c = 0; c < CRITERIA; c++) {
            row.getCell(3 + c).setCellValue(score(b, m, c).doubleValue());
          }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
          workbook.write(out);
        }
      }
    }
  }

  private static void readAll(List<Path> sheets) {
    try {
      for (Path file : sheets) {
        try (InputStream in = Files.newInputStream(file);
            XSSFWorkbook workbook = new XSSFWorkbook(in)) {
          for (Row row : workbook.getSheet("评分表")) {
            for (Cell cell : row) {
              cell.toString();
            }
          }
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The summary's cells (60 rows × 9 × 30 + 11 sheets of 60 × 33) with plain XSSF. */
  private static void plainSummary(Path file) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet summary = workbook.createSheet("评分汇总表");
      for (int b = 0; b < BIDS; b++) {
        Row row = summary.createRow(b);
        for (int c = 0; c < MEMBERS * CRITERIA + CRITERIA + 8; c++) {
          row.createCell(c).setCellValue(c);
        }
      }
      for (int s = 0; s < MEMBERS + 1; s++) {
        Sheet sheet = workbook.createSheet("表" + s);
        for (int b = 0; b < BIDS; b++) {
          Row row = sheet.createRow(b);
          for (int c = 0; c < CRITERIA + 4; c++) {
            row.createCell(c).setCellValue(c);
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static long time(Runnable work) {
    long t0 = System.nanoTime();
    work.run();
    return (System.nanoTime() - t0) / 1_000_000;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }
}
