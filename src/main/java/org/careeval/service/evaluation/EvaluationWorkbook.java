package org.careeval.service.evaluation;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.Amounts;
import org.careeval.domain.FreeText;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.organization.Uscc;
import org.careeval.domain.procurement.ProcurementMethod;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.rubric.CriterionKind;
import org.careeval.domain.rubric.Points;
import org.careeval.domain.rubric.Rubric;
import org.careeval.domain.scoring.Bid;
import org.careeval.domain.scoring.ScoreValue;
import org.careeval.report.ImportTemplate;
import org.careeval.report.excel.ImportTemplateWorkbook;
import org.careeval.report.excel.XlsxSheetReader;
import org.careeval.service.i18n.Messages;
import org.careeval.service.imports.ImportColumn;
import org.careeval.service.imports.ImportProblem;
import org.careeval.service.imports.RowCells;
import org.careeval.service.imports.SheetImport;
import org.careeval.service.rubric.RubricWorkbook;

/**
 * The evaluation workbook (issue 12, an exact contract): the rubric workbook's sheets with 设置 row
 * 项目名称, plus 投标人 (the bids and both reviews) and 评分 (one row per member × bid that passed both
 * reviews, one column per criterion code). Every problem is listed at its sheet, row and column;
 * nothing is stored here.
 */
public final class EvaluationWorkbook {

  /** An evaluation as read: the project name, rubric, bids, members and their scores. */
  public record Evaluation(
      String projectName,
      Optional<BigDecimal> budget,
      Rubric rubric,
      List<ReviewedBid> bids,
      List<String> members,
      Map<String, Map<String, Map<String, BigDecimal>>> scores) {}

  /** A bid with the outcome of each review. */
  public record ReviewedBid(Bid bid, boolean qualified, boolean conforming) {}

  /** What a read found: the evaluation when there is no problem, else every problem. */
  public record Read(Optional<Evaluation> evaluation, List<ImportProblem> problems) {}

  static final String BIDS_SHEET = "投标人";
  static final String SCORES_SHEET = "评分";
  private static final String NAME = "name";
  private static final String USCC = "uscc";
  private static final String PRICE = "price";
  private static final String FINAL = "finalQuote";
  private static final String SME = "sme";
  private static final String QUALIFICATION = "qualification";
  private static final String CONFORMITY = "conformity";
  private static final String REASON = "reason";
  private static final String MEMBER = "member";

  private static final List<String[]> BID_COLUMNS =
      List.of(
          new String[] {NAME, "evaluation.column.bidder"},
          new String[] {USCC, "evaluation.column.uscc"},
          new String[] {PRICE, "evaluation.column.price"},
          new String[] {FINAL, "evaluation.column.finalQuote"},
          new String[] {SME, "evaluation.column.sme"},
          new String[] {QUALIFICATION, "evaluation.column.qualification"},
          new String[] {CONFORMITY, "evaluation.column.conformity"},
          new String[] {REASON, "evaluation.column.reason"});

  private final Path file;
  private final List<ImportProblem> problems = new ArrayList<>();
  private final List<Bid> bids = new ArrayList<>();
  private final List<ReviewedBid> reviewed = new ArrayList<>();
  private final Map<String, Integer> bidRows = new LinkedHashMap<>();
  private final Set<String> members = new LinkedHashSet<>();
  private final Map<String, Map<String, Map<String, BigDecimal>>> scores = new LinkedHashMap<>();
  private final Map<String, Integer> scoreRows = new LinkedHashMap<>();

  private EvaluationWorkbook(Path file) {
    this.file = file;
  }

  public static Read read(Path file) {
    return new EvaluationWorkbook(file).readAll();
  }

  /** An empty evaluation workbook on a rubric: 项目名称 to fill in, no bids, no scores. */
  public static void writeTemplate(Rubric rubric, Path file) {
    write(new Evaluation("", Optional.empty(), rubric, List.of(), List.of(), Map.of()), file);
  }

  /** Writes an evaluation in the contract's format; reading it back gives the same evaluation. */
  public static void write(Evaluation e, Path file) {
    Messages chinese = Messages.of(Messages.CHINESE);
    List<List<String>> bidRows = new ArrayList<>();
    for (ReviewedBid r : e.bids()) {
      Bid b = r.bid();
      bidRows.add(
          List.of(
              b.organization(),
              b.uscc(),
              b.quotedPrice().toPlainString(),
              b.finalQuote().map(BigDecimal::toPlainString).orElse(""),
              b.smeDeclared() ? "是" : "否",
              r.qualified() ? "通过" : "不通过",
              r.conforming() ? "通过" : "不通过",
              b.failReason()));
    }
    List<ImportTemplate.Column> bidColumns = new ArrayList<>();
    for (String[] c : BID_COLUMNS) {
      boolean number = c[0].equals(PRICE) || c[0].equals(FINAL);
      bidColumns.add(column(chinese.get(c[1]), number));
    }
    List<ImportTemplate.Column> scoreColumns = new ArrayList<>();
    scoreColumns.add(column(chinese.get("evaluation.column.member"), false));
    scoreColumns.add(column(chinese.get("evaluation.column.uscc"), false));
    e.rubric().criteria().forEach(c -> scoreColumns.add(column(c.code(), true)));
    List<List<String>> scoreRows = new ArrayList<>();
    for (String member : e.members()) {
      for (ReviewedBid r : e.bids()) {
        Map<String, BigDecimal> given =
            e.scores().getOrDefault(member, Map.of()).get(r.bid().uscc());
        if (given != null) {
          List<String> row = new ArrayList<>(List.of(member, r.bid().uscc()));
          e.rubric().criteria().forEach(c -> row.add(given.get(c.code()).toPlainString()));
          scoreRows.add(row);
        }
      }
    }
    List<List<String>> more = new ArrayList<>();
    more.add(RubricWorkbook.projectNameRow(e.projectName()));
    e.budget().ifPresent(b -> more.add(RubricWorkbook.budgetRow(b.toPlainString())));
    ImportTemplate content =
        RubricWorkbook.content(
            e.rubric(),
            more,
            List.of(
                chinese.get("evaluation.instructions.settings"),
                chinese.get("evaluation.instructions.bids"),
                chinese.get("evaluation.instructions.scores")),
            new ImportTemplate.DataSheet(BIDS_SHEET, bidColumns, bidRows),
            new ImportTemplate.DataSheet(SCORES_SHEET, scoreColumns, scoreRows));
    try {
      ImportTemplateWorkbook.write(content, file);
    } catch (java.io.IOException ex) {
      throw new org.careeval.domain.CareEvalException(
          ex, "error.export.failed", file, ex.getMessage());
    }
  }

  private static ImportTemplate.Column column(String header, boolean number) {
    return new ImportTemplate.Column(
        header,
        true,
        number ? ImportTemplate.Kind.NUMBER : ImportTemplate.Kind.TEXT,
        List.of(),
        header);
  }

  private Read readAll() {
    RubricWorkbook.Read rubricRead = RubricWorkbook.read(file, Optional.empty());
    problems.addAll(rubricRead.problems());
    String projectName =
        FreeText.clean(rubricRead.extraSettings().getOrDefault(RubricWorkbook.PROJECT_NAME, ""));
    if (projectName.isEmpty()) {
      problems.add(
          new ImportProblem(
              "设置",
              0,
              "A",
              new LocalizedText(
                  "error.rubric.settingMissing", new LocalizedText("rubric.setting.projectName"))));
    }
    Optional<BigDecimal> budget =
        Optional.ofNullable(rubricRead.extraSettings().get(RubricWorkbook.BUDGET))
            .filter(b -> !b.isBlank())
            .flatMap(Amounts::parse);
    if (rubricRead.rubric().isEmpty()) {
      return new Read(Optional.empty(), problems);
    }
    Rubric rubric = rubricRead.rubric().get();
    readBids(rubric.settings().method());
    readScores(rubric);
    checkEveryPassingBidScored(rubric);
    if (!problems.isEmpty()) {
      return new Read(Optional.empty(), problems);
    }
    return new Read(
        Optional.of(
            new Evaluation(projectName, budget, rubric, reviewed, List.copyOf(members), scores)),
        problems);
  }

  private void readBids(ProcurementMethod method) {
    boolean finalQuotes = method.hasFinalQuote();
    SheetImport<ReviewedBid> pass =
        new SheetImport<>(
            columns(BID_COLUMNS),
            row -> readBid(row, finalQuotes),
            (read, row) -> {
              Bid bid = read.bid();
              if (bidRows.putIfAbsent(bid.uscc(), row.rowNumber()) != null) {
                row.problem(
                    USCC,
                    new LocalizedText(
                        "error.evaluation.bidTwice", bid.uscc(), bidRows.get(bid.uscc())));
              } else {
                bids.add(bid);
                reviewed.add(read);
              }
            });
    sheet(BIDS_SHEET, "Bids", pass);
  }

  private Optional<ReviewedBid> readBid(RowCells row, boolean finalQuotes) {
    String name = FreeText.clean(row.text(NAME));
    FreeText.check(NAME, "evaluation.column.bidder", name, 200, true)
        .ifPresent(p -> row.problem(NAME, p.reason()));
    Uscc.Check code = Uscc.check(row.text(USCC));
    code.rejection()
        .ifPresent(
            r -> row.problem(USCC, new LocalizedText(r.messageKey(), r.arguments().toArray())));
    Optional<BigDecimal> price = money(row, PRICE, true);
    Optional<BigDecimal> finalQuote = money(row, FINAL, finalQuotes);
    if (!finalQuotes && !row.text(FINAL).isEmpty()) {
      row.problem(FINAL, new LocalizedText("error.evaluation.finalQuoteNotUsed"));
    }
    Optional<Boolean> sme = choice(row, SME, "是", "否", false);
    Optional<Boolean> qualified = choice(row, QUALIFICATION, "通过", "不通过", true);
    Optional<Boolean> conforming = choice(row, CONFORMITY, "通过", "不通过", true);
    String reason = FreeText.clean(row.text(REASON));
    boolean failed = qualified.orElse(true) == false || conforming.orElse(true) == false;
    if (failed && reason.isEmpty()) {
      row.problem(REASON, new LocalizedText("error.evaluation.reasonRequired"));
    }
    if (row.hasProblems()) {
      return Optional.empty();
    }
    Bid bid =
        new Bid(
            name,
            code.normalized(),
            price.orElseThrow(),
            finalQuote,
            sme.orElse(false),
            qualified.orElseThrow() && conforming.orElseThrow(),
            reason);
    return Optional.of(new ReviewedBid(bid, qualified.orElseThrow(), conforming.orElseThrow()));
  }

  private void readScores(Rubric rubric) {
    List<String> codes = rubric.criteria().stream().map(Criterion::code).toList();
    List<ImportColumn> columns =
        new ArrayList<>(
            columns(
                List.of(
                    new String[] {MEMBER, "evaluation.column.member"},
                    new String[] {USCC, "evaluation.column.uscc"})));
    Map<String, Criterion> byCode = new LinkedHashMap<>();
    for (Criterion c : rubric.criteria()) {
      // a criterion's column is headed by its code itself, in every language
      columns.add(new ImportColumn(c.code(), "evaluation.column.criterion", Set.of(c.code())));
      byCode.put(c.code(), c);
    }
    SheetImport<Void> pass =
        new SheetImport<>(columns, row -> readScoreRow(row, byCode), (nothing, row) -> {});
    sheet(SCORES_SHEET, "Scores", pass);
    checkObjectiveAgreement(rubric, codes);
  }

  private Optional<Void> readScoreRow(RowCells row, Map<String, Criterion> byCode) {
    String member = FreeText.clean(row.text(MEMBER));
    FreeText.check(MEMBER, "evaluation.column.member", member, 100, true)
        .ifPresent(p -> row.problem(MEMBER, p.reason()));
    String code = Uscc.normalize(row.text(USCC));
    Optional<Bid> bid = bids.stream().filter(b -> b.uscc().equals(code)).findFirst();
    if (bid.isEmpty()) {
      row.problem(USCC, new LocalizedText("error.evaluation.unknownBid", code));
    } else if (!bid.get().passedReviews()) {
      row.problem(
          USCC, new LocalizedText("error.evaluation.bidNotScored", bid.get().organization()));
    }
    Map<String, BigDecimal> given = new LinkedHashMap<>();
    for (Criterion c : byCode.values()) {
      ScoreValue.Parsed value = ScoreValue.parse(c, row.text(c.code()));
      value.problem().ifPresent(p -> row.problem(c.code(), p));
      value.points().ifPresent(p -> given.put(c.code(), p));
    }
    String key = member + "\u0000" + code;
    if (!member.isEmpty() && scoreRows.putIfAbsent(key, row.rowNumber()) != null) {
      row.problem(
          USCC,
          new LocalizedText("error.evaluation.scoredTwice", member, code, scoreRows.get(key)));
    }
    if (!row.hasProblems()) {
      members.add(member);
      scores.computeIfAbsent(member, m -> new LinkedHashMap<>()).put(code, given);
    }
    return Optional.empty();
  }

  /** Every member scores every bid that passed both reviews (a missing row is named). */
  private void checkEveryPassingBidScored(Rubric rubric) {
    if (!problems.isEmpty()) {
      return;
    }
    if (members.isEmpty() && !rubric.criteria().isEmpty()) {
      problems.add(
          new ImportProblem(SCORES_SHEET, 0, "", new LocalizedText("error.evaluation.noScores")));
    }
    for (String member : members) {
      for (Bid bid : bids) {
        if (bid.passedReviews() && !scores.get(member).containsKey(bid.uscc())) {
          problems.add(
              new ImportProblem(
                  SCORES_SHEET,
                  0,
                  "",
                  new LocalizedText(
                      "error.evaluation.scoreRowMissing", member, bid.organization())));
        }
      }
    }
  }

  /** Objective criteria must be scored alike by every member (87号令 Art 64). */
  private void checkObjectiveAgreement(Rubric rubric, List<String> codes) {
    for (Criterion c : rubric.criteria()) {
      if (c.kind() != CriterionKind.OBJECTIVE) {
        continue;
      }
      for (Bid bid : bids) {
        Set<BigDecimal> values = new java.util.TreeSet<>();
        scores
            .values()
            .forEach(
                byBid ->
                    Optional.ofNullable(byBid.get(bid.uscc()))
                        .map(m -> m.get(c.code()))
                        .ifPresent(values::add));
        if (values.size() > 1) {
          String column = String.valueOf((char) ('C' + codes.indexOf(c.code())));
          problems.add(
              new ImportProblem(
                  SCORES_SHEET,
                  0,
                  column,
                  new LocalizedText(
                      "error.evaluation.objectiveDiffers", c.code(), bid.organization())));
        }
      }
    }
  }

  private Optional<BigDecimal> money(RowCells row, String field, boolean required) {
    String text = row.text(field);
    if (text.isEmpty()) {
      if (required) {
        row.problem(field, new LocalizedText("error.evaluation.priceRequired"));
      }
      return Optional.empty();
    }
    Optional<BigDecimal> value = Amounts.parse(text);
    if (value.isEmpty() || value.get().signum() <= 0 || !Points.fitsScale(value.get())) {
      row.problem(field, new LocalizedText("error.evaluation.price", text));
      return Optional.empty();
    }
    return value;
  }

  private static Optional<Boolean> choice(
      RowCells row, String field, String yes, String no, boolean required) {
    String text = FreeText.clean(row.text(field));
    if (text.equals(yes)) {
      return Optional.of(true);
    }
    if (text.equals(no) || (!required && text.isEmpty())) {
      return Optional.of(false);
    }
    row.problem(field, new LocalizedText("error.evaluation.choice", text, yes, no));
    return Optional.empty();
  }

  private void sheet(String name, String english, SheetImport<?> pass) {
    Optional<XlsxSheetReader.SheetRead> read =
        XlsxSheetReader.readNamed(file, List.of(name, english), pass::row);
    if (read.isEmpty()) {
      problems.add(
          new ImportProblem(name, 0, "", new LocalizedText("error.rubric.sheetMissing", name)));
      return;
    }
    problems.addAll(pass.finish(read.get().name(), read.get().mergedRanges()).problems());
  }

  private static List<ImportColumn> columns(List<String[]> columns) {
    return columns.stream()
        .map(c -> new ImportColumn(c[0], c[1], Messages.inEveryLanguage(c[1])))
        .toList();
  }
}
