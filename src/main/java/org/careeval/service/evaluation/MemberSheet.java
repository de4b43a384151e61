package org.careeval.service.evaluation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.scoring.OpenedBid;
import org.careeval.domain.scoring.PanelMember;
import org.careeval.domain.scoring.ScoreValue;
import org.careeval.report.FormSheet;
import org.careeval.report.excel.XlsxSheetReader;
import org.careeval.service.i18n.Messages;
import org.careeval.service.imports.ImportProblem;

/**
 * One member's score sheet for panels that score on paper-like sheets (issue 12): identity rows
 * (project, member, a checksum of what the sheet was made for), one row per bid that passed both
 * reviews, one input cell per criterion, a 合计 the member may overwrite, and the bands on a second
 * sheet. Read back with every problem at its cell. The checksum is not a secret: it catches a sheet
 * of another project or member, one made before the bids or the rubric changed, and edited labels.
 */
final class MemberSheet {

  static final String SHEET = "评分表";
  static final String GUIDE = "评分标准";
  static final int PROJECT_ROW = 3;
  static final int MEMBER_NAME_ROW = 4;
  static final int MEMBER_ROW = 5;
  static final int CHECKSUM_ROW = 6;
  static final int HEADER_ROW = 8;
  private static final int FIRST_SCORE_COLUMN = 3;
  private static final Messages CHINESE = Messages.of(Messages.CHINESE);

  /** What one file held: its member, scores and stated totals by bid id, or its problems. */
  record Read(
      Optional<PanelMember> member,
      Map<Long, Map<String, BigDecimal>> scores,
      Map<Long, BigDecimal> statedTotals,
      List<ImportProblem> problems) {}

  private MemberSheet() {}

  static String checksum(StoredEvaluation e, PanelMember member) {
    StringBuilder text = new StringBuilder("careeval-member-sheet|1");
    text.append('|').append(e.project().id()).append('|').append(member.id());
    text.append('|').append(e.rubric().id());
    for (OpenedBid b : e.scoredBids()) {
      text.append('|').append(b.id()).append(':').append(b.bid().uscc());
    }
    for (Criterion c : e.rubric().rubric().criteria()) {
      text.append('|').append(c.code()).append(':').append(c.maxPoints().toPlainString());
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8).toUpperCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
    }
  }

  static List<String> headers(StoredEvaluation e) {
    List<String> headers = new ArrayList<>(List.of("序号", "投标人名称", "统一社会信用代码"));
    for (Criterion c : e.rubric().rubric().criteria()) {
      headers.add(c.code() + "\n" + c.group() + "（" + c.maxPoints().toPlainString() + "分）");
    }
    headers.add("合计");
    return headers;
  }

  /**
   * The sheets to write. With {@code given} the member's scores fill the inputs (the print-out to
   * sign); without, the inputs are blank (the sheet to fill in).
   */
  static List<FormSheet> sheets(
      StoredEvaluation e,
      PanelMember member,
      Map<Long, Map<String, BigDecimal>> given,
      boolean protect) {
    List<Criterion> criteria = e.rubric().rubric().criteria();
    List<List<Object>> rows = new ArrayList<>();
    int n = 1;
    for (OpenedBid b : e.scoredBids()) {
      List<Object> row = new ArrayList<>(List.of(n++, b.bid().organization(), b.bid().uscc()));
      for (Criterion c : criteria) {
        row.add(
            new FormSheet.Input(
                Optional.ofNullable(given.getOrDefault(b.id(), Map.of()).get(c.code())),
                c.maxPoints()));
      }
      row.add(new FormSheet.RowSum(FIRST_SCORE_COLUMN, FIRST_SCORE_COLUMN + criteria.size() - 1));
      rows.add(row);
    }
    List<Integer> widths = new ArrayList<>(List.of(6, 28, 22));
    criteria.forEach(c -> widths.add(12));
    widths.add(10);
    Optional<String> password = protect ? Optional.of(checksum(e, member)) : Optional.empty();
    FormSheet scores =
        new FormSheet(
            SHEET,
            List.of(
                List.of(CHINESE.get("memberSheet.title")),
                List.of("项目名称", e.project().name()),
                List.of("项目编号", Long.toString(e.project().id())),
                List.of("评委", member.name()),
                List.of("评委编号", Long.toString(member.id())),
                List.of("校验码", checksum(e, member))),
            headers(e),
            rows,
            List.of(CHINESE.get("memberSheet.note"), CHINESE.get("memberSheet.signature")),
            widths,
            criteria.size() > 6,
            password);
    return List.of(scores, guide(e, password));
  }

  private static FormSheet guide(StoredEvaluation e, Optional<String> password) {
    List<List<Object>> rows = new ArrayList<>();
    for (Criterion c : e.rubric().rubric().criteria()) {
      rows.add(
          List.of(
              c.code(),
              c.group(),
              c.content(),
              c.maxPoints(),
              c.kind().label(),
              c.bands().stream()
                  .map(
                      band ->
                          band.name()
                              + " "
                              + band.low().toPlainString()
                              + "–"
                              + band.high().toPlainString()
                              + "："
                              + band.description())
                  .reduce((a, b) -> a + "\n" + b)
                  .orElse("")));
    }
    return new FormSheet(
        GUIDE,
        List.of(List.of(CHINESE.get("memberSheet.guideTitle"))),
        List.of("编号", "评分因素", "评审内容", "分值", "类型", "评分标准"),
        rows,
        List.of(),
        List.of(8, 14, 36, 8, 8, 60),
        true,
        password);
  }

  /**
   * Reads a filled sheet of project {@code e}: the member it names, each score in range, the rows
   * and headers as written, the checksum of what the sheet was made for.
   */
  static Read read(Path file, StoredEvaluation e) {
    String where = "[" + file.getFileName() + "]" + SHEET;
    Map<Integer, List<String>> rows = new HashMap<>();
    List<ImportProblem> problems = new ArrayList<>();
    try {
      Optional<XlsxSheetReader.SheetRead> read =
          XlsxSheetReader.readNamed(file, List.of(SHEET), rows::put);
      if (read.isEmpty()) {
        problems.add(problem(where, 0, "", new LocalizedText("error.memberSheet.noSheet", SHEET)));
        return failed(problems);
      }
    } catch (org.careeval.domain.CareEvalException ex) {
      problems.add(problem(where, 0, "", new LocalizedText(ex.messageKey(), ex.arguments())));
      return failed(problems);
    }
    Optional<PanelMember> member = identity(where, rows, e, problems);
    if (member.isEmpty()) {
      return failed(problems);
    }
    List<String> header = rows.getOrDefault(HEADER_ROW, List.of());
    List<String> expected = headers(e);
    for (int c = 0; c < expected.size(); c++) {
      if (!cell(header, c).equals(expected.get(c))) {
        problems.add(
            problem(
                where,
                HEADER_ROW,
                column(c),
                new LocalizedText(
                    "error.memberSheet.structure", expected.get(c).replace('\n', ' '))));
      }
    }
    Map<Long, Map<String, BigDecimal>> scores = new LinkedHashMap<>();
    Map<Long, BigDecimal> totals = new LinkedHashMap<>();
    List<Criterion> criteria = e.rubric().rubric().criteria();
    int r = HEADER_ROW + 1;
    for (OpenedBid b : e.scoredBids()) {
      List<String> row = rows.getOrDefault(r, List.of());
      if (!cell(row, 2).equals(b.bid().uscc())) {
        problems.add(
            problem(
                where,
                r,
                column(2),
                new LocalizedText("error.memberSheet.structure", b.bid().uscc())));
      } else {
        Map<String, BigDecimal> given = new LinkedHashMap<>();
        for (int c = 0; c < criteria.size(); c++) {
          ScoreValue.Parsed value =
              ScoreValue.parse(criteria.get(c), cell(row, FIRST_SCORE_COLUMN + c));
          int col = FIRST_SCORE_COLUMN + c;
          int rowNumber = r;
          value.problem().ifPresent(p -> problems.add(problem(where, rowNumber, column(col), p)));
          value
              .points()
              .ifPresent(p -> given.put(criteria.get(col - FIRST_SCORE_COLUMN).code(), p));
        }
        scores.put(b.id(), given);
        stated(where, r, cell(row, FIRST_SCORE_COLUMN + criteria.size()), criteria.size(), problems)
            .ifPresent(t -> totals.put(b.id(), t));
      }
      r++;
    }
    List<String> after = rows.getOrDefault(r, List.of());
    if (!cell(after, 1).isEmpty() || !cell(after, 2).isEmpty()) {
      problems.add(problem(where, r, "C", new LocalizedText("error.memberSheet.extraRow")));
    }
    return new Read(member, scores, totals, problems);
  }

  private static Optional<BigDecimal> stated(
      String where, int row, String text, int criteria, List<ImportProblem> problems) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    Optional<BigDecimal> total = org.careeval.domain.Decimals.parse(text);
    if (total.isEmpty()) {
      problems.add(
          problem(
              where,
              row,
              column(FIRST_SCORE_COLUMN + criteria),
              new LocalizedText("error.rubric.number", text)));
    }
    return total;
  }

  private static Optional<PanelMember> identity(
      String where,
      Map<Integer, List<String>> rows,
      StoredEvaluation e,
      List<ImportProblem> problems) {
    if (!cell(rows.getOrDefault(PROJECT_ROW, List.of()), 1)
        .equals(Long.toString(e.project().id()))) {
      problems.add(
          problem(
              where,
              PROJECT_ROW,
              "B",
              new LocalizedText("error.memberSheet.wrongProject", e.project().name())));
      return Optional.empty();
    }
    String memberId = cell(rows.getOrDefault(MEMBER_ROW, List.of()), 1);
    String memberName = cell(rows.getOrDefault(MEMBER_NAME_ROW, List.of()), 1);
    Optional<PanelMember> member =
        e.panel().stream()
            .filter(m -> Long.toString(m.id()).equals(memberId) && m.name().equals(memberName))
            .findFirst();
    if (member.isEmpty()) {
      problems.add(
          problem(
              where,
              MEMBER_ROW,
              "B",
              new LocalizedText("error.memberSheet.wrongMember", memberName)));
      return Optional.empty();
    }
    String checksum = cell(rows.getOrDefault(CHECKSUM_ROW, List.of()), 1);
    if (!checksum.equals(checksum(e, member.get()))) {
      problems.add(
          problem(where, CHECKSUM_ROW, "B", new LocalizedText("error.memberSheet.checksum")));
      return Optional.empty();
    }
    return member;
  }

  private static String cell(List<String> row, int column) {
    return column < row.size() && row.get(column) != null ? row.get(column).strip() : "";
  }

  private static String column(int index) {
    return ImportProblem.columnLetters(index);
  }

  private static ImportProblem problem(String sheet, int row, String column, LocalizedText reason) {
    return new ImportProblem(sheet, row, column, reason);
  }

  private static Read failed(List<ImportProblem> problems) {
    return new Read(Optional.empty(), Map.of(), Map.of(), problems);
  }
}
